import type en from './en.js';

const ja: typeof en = {
  legend: '話したいトピックを選んでください（複数選択可）',
  legendSingle: '話したいトピックを1つ選んでください',
  max: '{max}つまで選べます。',
  maxReached: '{max}つ選びました。別のトピックを選ぶには、どれかを外してください。',
  noTopics: '選べるトピックがありません。',
  unavailable: '選択できません',
};
export default ja;
