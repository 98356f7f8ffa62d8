import type en from './en.js';
import { statements } from '../hr/ja.js';

const ja: typeof en = {
  statements,
  caption: '1on1の実施回数別「そう思う・ややそう思う」の割合',
  chartLabel:
    '棒グラフ：1on1の実施回数（1回・2回・3回・4回以上）別に「そう思う・ややそう思う」と答えた割合（設問ごと）。同じ数値を下の表に示します。',
  statement: '設問',
  bucket: '{n}回',
  bucket1: '1回',
  bucketMany: '4回以上',
  hidden: '非表示',
  hiddenLong: '非表示（{k}人未満）',
  cell: '{share}（{n}人中{agree}人）',
  note: '「そう思う・ややそう思う」（5段階の4〜5）。期間中に1on1がなかったメンバー：{none}人。{k}人未満のグループは、次に小さいグループとともに非表示にします。',
  suppressed: 'このグループの回答者が{k}人未満のため表示しません。',
  membersOnly: '1on1の効果は人事向けです。',
};
export default ja;
