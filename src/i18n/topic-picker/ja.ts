import type en from './en.js';

const ja: typeof en = {
  legend: '話したいトピックは？',
  legendSingle: '話したいトピックは？（1つ選択）',
  max: '{max}つまで選べます。',
  maxReached: '{max}つ選びました。別のトピックを選ぶには、どれかを外してください。',
  noTopics: '選べるトピックがありません。',
  unavailable: '選択できません',
};
export default ja;
