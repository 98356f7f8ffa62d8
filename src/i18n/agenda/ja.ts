import type en from './en.js';

const ja: typeof en = {
  memosLegend: 'メモ',
  memoFor: '「{topic}」のメモ',
  share: '「{topic}」のメモをマネジャーに共有する',
  privateNote: '非公開：このメモはあなただけが閲覧できます（この端末内にのみ保存されます）。',
  sharedNote: '共有：マネジャーもこのメモを閲覧できます。',
  noStyle: '対応をまだ選んでいません',
  noStyleManager: '対応はメンバーが選びます',
  nextDate: '次にこのテーマで話す日',
  nextDateHelp: '同じテーマで次に1on1をする日（任意）',
  submit: 'アジェンダをマネジャーと共有する',
  submitting: '共有しています…',
  draftSaved: '下書きをこの端末に保存しました。',
  needTopic: 'トピックを1つ以上選んでください。',
  needStyle: '次のトピックの対応を選んでください：{topics}',
  submitted: '{date}にマネジャーと共有しました。',
  done: 'アジェンダをマネジャーと共有しました。',
  summaryTitle: '次の1on1のアジェンダ',
  edit: 'アジェンダを編集',
  privateMemo: '非公開メモ（自分だけ）',
  sharedMemo: '共有メモ',
  nextDateOn: '次にこのテーマで話す日：{date}',
  proposedByManager: 'マネジャーからの提案',
  proposedByYou: 'あなたが提案したトピック',
  managerTitle: 'メンバーのアジェンダ',
  managerEmpty: 'メンバーはまだアジェンダを共有していません。',
  memberMemo: 'メンバーからのメモ',
  propose: 'トピックを提案',
  proposeButton: '提案する',
  proposed: 'トピック「{topic}」を提案しました。',
  nothingToPropose: 'すべてのトピックがアジェンダに入っています。',
  needMember: 'この1on1の情報を読み込めませんでした。お手数ですが、システム管理者にお問い合わせください。',
  notForRole: 'アジェンダはメンバー本人とそのマネジャーにだけ表示されます。',
  /** Outside a provider: the agenda went to the page, nothing was shared. */
  notShared: 'アジェンダはこのフォームに入力されています。このフォームからはマネジャーと共有されていません。',
  /** The 1on1 or the member is unknown (the details go to the console and taiwa-error). */
  missingInfo: 'この1on1の情報を読み込めませんでした。お手数ですが、システム管理者にお問い合わせください。',
  whoSees:
    '閲覧できる人：マネジャーはトピック・希望する対応・共有メモを閲覧できます。非公開メモはこの端末内にのみ保存されます。人事は閲覧できません。',
};
export default ja;
