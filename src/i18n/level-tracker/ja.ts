import type en from './en.js';

const ja: typeof en = {
  memberTitle: 'コミュニケーションレベル',
  memberTitleOf: 'コミュニケーションレベル：{name}',
  now: '現在',
  levelOf6: 'レベル{level}（6段階中）',
  memberView: 'メンバーの見方',
  managerView: 'マネジャーの見方',
  notYet: '回答が届いていません',
  noReadings: 'まだ振り返りの回答がありません。次の1on1のあとに振り返りを回答すると、現在の段階がわかります。',
  ladder: '6つの段階',
  next: '次の段階に進むには：',
  up: '上昇',
  flat: '横ばい',
  down: '低下',
};
export default ja;
