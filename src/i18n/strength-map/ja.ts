import type en from './en.js';

const ja: typeof en = {
  caption: '得意・苦手（トピック × 対応）',
  whoMine: 'あなたの1on1',
  whoManager: 'マネジャー {id}',
  whoOrg: '組織平均',
  corner: 'トピック',
  legend:
    '色が濃いほど、メンバーの満足度（推定値）が高いことを示します。▲ 得意／▼ 苦手（ご自身の平均との比較）。回答が{k}件未満の組み合わせは表示しません。',
  lower: '低い',
  higher: '高い',
  strength: '得意',
  weakness: '苦手',
  neutral: '平均的',
  masked: '回答が{k}件未満',
  count: '{n}件以上',
  countLong: '{n}件以上の回答',
  interval: 'おおよそ{low}〜{high}',
  orgAbove: '↑組織平均',
  orgBelow: '↓組織平均',
  orgAboveLong: '組織平均（{mean}）より高い',
  orgBelowLong: '組織平均（{mean}）より低い',
  orgSameLong: '組織平均（{mean}）と同程度',
  overall: '平均 {mean}（{n}件以上の回答）',
  overallOrg: '組織平均 {mean}',
  noRatings: 'まだ回答がありません。',
  allMasked: '回答がまだ足りません。各組み合わせは回答が{k}件集まると表示されます。',
  membersOnly: '得意・苦手マップはマネジャーと管理者向けです。',
  detail: '{topic} × {response}',
  keys: 'Tab キーまたは矢印キーで組み合わせを移動、Enter または Space で表の下にヒントを開き、Escape で閉じます。',
  announce: '{topic} × {response} のヒントを表の下に表示しました。',
};
export default ja;
