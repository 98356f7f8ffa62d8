import type en from './en.submit.js';

const ja: typeof en = {
  chooseOne: '1つ以上選んでください。',
  chooseLevel: 'レベルを選んでください。',
  adminCannot: '振り返りを回答できるのは、1on1のメンバーとマネジャーだけです。',
  /** The 1on1's people are unknown (the details go to the console and taiwa-error). */
  missingInfo: 'この1on1の情報を読み込めませんでした。お手数ですが、システム管理者にお問い合わせください。',
};
export default ja;
