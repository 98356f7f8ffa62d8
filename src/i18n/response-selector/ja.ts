import type en from './en.js';

const ja: typeof en = {
  legend: 'マネジャーにどう対応してほしいですか？',
  legendEach: 'トピックごとに、マネジャーにどう対応してほしいですか？',
  requiredEach: 'トピックごとに対応を選んでください。',
  noResponses: '選べる対応がありません。',
  unavailable: '選択できません',
};
export default ja;
