import type en from './en.js';

const ja: typeof en = {
  caption: '1on1の実施状況：{unit}（{period}）',
  organisation: '組織全体',
  department: '部署：{name}',
  noDepartment: '部署なし',
  manager: '{name}さんのチーム',
  group: 'グループ',
  people: 'メンバー数',
  held: '実施回数',
  cancelled: '中止',
  median: '間隔の中央値',
  days: '{n}日',
  within: '目標の間隔内のペア',
  overdue: '期限を過ぎたペア',
  hidden: '非表示（{k}人未満）',
  none: '–',
  period: '期間',
  drill: '{name}を開く',
  up: '{name}に戻る',
  note: '暦の月または四半期単位で集計します。メンバーが{k}人未満のグループは、次に小さいグループとともに非表示にします。メンバー個人の数値は表示しません。',
  membersOnly: '1on1の実施状況はマネジャーと人事向けです。',
  empty: 'この期間の1on1はありません。',
};
export default ja;
