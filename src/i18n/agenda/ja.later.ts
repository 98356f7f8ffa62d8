// What only the agenda's edit part shows (ja): the thread from last time and the dialogue frame with
// its offers. Requested by the edit part when it first shows or uses them, never before the agenda's content.
import type en from './en.later.js';

const ja: typeof en = {
  threadTitle: '前回から',
  triedLead: '前回、試してみたいとしたこと：',
  nextTimeLead: '今回の1on1で意識すること（前回の振り返りであなたが書いたこと）：',
  againOn: '前回、{date}に「{topics}」についてまた話すことにしていました。',
  againAdd: '「{topics}」をこのアジェンダに加える',
  againSchedule: '{date}に1on1を設定する',
  frameHeadings: ['過去・今の仕事', '未来に向けて', '明日からの仕事', '次の1on1までにやってみること'],
  frameLine: '【{heading}】',
  frameOffer: '「{text}」を次の1on1までの宿題にしますか？',
  frameYes: '宿題にする',
  frameNo: '今はしない',
};

export default ja;
