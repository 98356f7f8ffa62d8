import type en from './en.js';

const ja: typeof en = {
  caption: 'エンゲージメントを高める要因',
  predictor: '項目',
  importance: '影響度',
  share: '説明された分散に占める割合',
  beta: '標準化係数',
  people: '人数',
  none: 'なし',
  noneLong: '影響なし（95 %区間が0を含む）',
  interval: '{value}（95 %区間 {low}〜{high}）',
  overall: '1on1全体',
  free: 'フリーテーマ',
  summary: '{n}人、R² {r2}、ブートストラップ {resamples} 回。',
  legend: '+ 説明された分散の5 %未満、++ 5〜10 %、+++ 10〜20 %、++++ 20〜30 %、+++++ 30 %以上。係数の95 %区間が0を含むものは「なし」。',
  tooFew: '人数が足りません。エンゲージメントの回答と1on1のすっきり度の回答がそろった人が{min}人以上必要です（現在{n}人）。',
  noPredictor: '分析できるほど回答にばらつきのある項目がまだありません。',
  suppressed: 'このグループの回答者が{k}人未満のため表示しません。',
  excluded: '対象外：{list}。',
  excludedFew: '{name}（回答者が最少人数未満）',
  excludedFlat: '{name}（回答がすべて同じ）',
  membersOnly: 'エンゲージメント要因は人事向けです。',
};
export default ja;
