import type en from './en.js';

const ja: typeof en = {
  title: '1on1はいかがでしたか？',
  titleManager: '1on1の振り返り',
  overall: '今回の1on1全体のすっきり度を教えてください',
  overallManager: '1on1全体についての自分の手応え',
  itemRating: 'このトピックのすっきり度を教えてください',
  itemRatingManager: 'このトピックについての自分の手応え',
  itemLabel: '{topic}・{response}',
  styleMatch: 'マネジャーは希望どおりの対応（{response}）をしてくれましたか？',
  yes: 'はい',
  partly: 'ある程度',
  no: 'いいえ',
  points: ['まったくすっきりしなかった', 'あまりすっきりしなかった', 'どちらともいえない', 'ややすっきりした', 'すっきりした'],
  low: 'まったくすっきりしなかった',
  high: 'すっきりした',
  managerPoints: ['まったく手応えがなかった', 'あまり手応えがなかった', 'どちらともいえない', 'やや手応えがあった', '手応えがあった'],
  managerLow: 'まったく手応えがなかった',
  managerHigh: '手応えがあった',
  choose: '選択してください',
  comment: 'マネジャーへのコメント（任意）',
  wentWell: 'うまくいったこと',
  nextTime: '次回意識すること',
  submit: 'すっきり度を送信する',
  submitManager: '振り返りを保存',
  requiredChoice: '全体のすっきり度を選んでください。',
  noItems: 'この1on1には個別のトピックがありません。全体のすっきり度のみご回答ください。',
  draftRestored: '送信前の回答を復元しました。',
  required: '（必須）',
  waiting: 'メンバーの回答を待っています。',
  memberAnswered: 'メンバーが回答しました。振り返りを保存すると、認識の差を確認できます。',
  /** The 1on1's session or people are unknown (the details go to the console and taiwa-error). */
  missingInfo: 'この1on1の情報を読み込めませんでした。お手数ですが、システム管理者にお問い合わせください。',
  shareLabel: 'この1on1のすっきり度と回答を、名前付きでマネジャーに見せる',
  whoSeesShared:
    '閲覧できる人：マネジャーは、この1on1のすっきり度と回答をあなたの名前付きで、コメントとあわせて閲覧できます。人事は多人数の集計のみ閲覧できます。',
  whoSeesPrivate:
    '閲覧できる人：マネジャーはコメントを閲覧できます。すっきり度と回答は、2人以上のメンバーの{k}件以上の集計としてのみ届き、あなたの名前は出ません。人事は多人数の集計のみ閲覧できます。',
  whoSeesManager: '閲覧できる人：あなただけです。振り返りはメンバーにも人事にも表示されません。',
};
export default ja;
