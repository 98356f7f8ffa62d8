import type en from './en.js';
import { statements } from '../hr/ja.js';

const ja: typeof en = {
  statements,
  title: '月次アンケート：{month}',
  items: {
    proud: 'この会社で働いていることを誇りに思う',
    recommend: 'この会社を働く場所として人に勧めたい',
    motivated: '期待以上の成果を出そうという意欲がある',
  },
  engagementLegend: 'いまの仕事について、どう感じていますか。',
  growth: '先月を振り返って、成長を実感できた',
  statementsLegend: 'この1か月の1on1について',
  scale: ['そう思わない', 'あまりそう思わない', 'どちらともいえない', 'ややそう思う', 'そう思う'],
  who: 'この回答を見る人：マネジャーには、チームで{k}人以上が回答したときに限り、チーム全体の集計だけが表示されます。人事も集計だけを見ます。あなたの回答が名前とともに表示されることはありません。',
  send: '送信する',
  sending: '送信しています…',
  sent: 'ありがとうございました。{month}の回答を保存しました。',
  answerAll: 'すべての質問に回答してください。',
  trend: 'あなたの推移',
  trendLabel: '折れ線グラフ：月ごとのエンゲージメント指標（0〜100）。同じ数値を下の表に示します。',
  month: '月',
  engagement: 'エンゲージメント（0〜100）',
  growthShort: '成長実感（1〜5）',
  noTrend: '回答すると、ここに月ごとの推移が表示されます。',
  membersOnly: '月次アンケートはメンバー向けです。',
};
export default ja;
