import type en from './en.team.js';

const ja: typeof en = {
  teamTitle: 'チームのコミュニケーションレベル',
  trend: '傾向',
  averageOf6: 'チーム平均：{average}（6段階中）',
  memberCount: '回答済みのメンバー：{count}人',
  memberCountOne: '回答済みのメンバー：1人',
  goal: 'メンバー全員をレベル5〜6に引き上げることを目指しましょう。',
  distribution: 'レベルごとの人数',
  membersAt: '{count}人',
  memberAt: '1人',
  members: 'メンバー',
  name: 'メンバー',
  level: 'レベル',
  gaps: 'メンバーとあなたの見方が違うところ',
  gapText: '{name}さん：ご本人はレベル{member}、あなたはレベル{manager}と回答しています。',
  noGaps: '2段階以上見方が違うメンバーはいません。',
  back: 'チームに戻る',
  levelN: 'レベル{level}',
  noTeam: 'まだチームの振り返りの回答がありません。',
};
export default ja;
