import type en from './summary-en.js';

const ja: typeof en = {
  sent: 'ありがとうございました。回答をマネジャーに送りました。',
  sentManager: '振り返りを保存しました。',
  saved: 'この端末に保存しました。オンラインになるとマネジャーに届きます。',
  savedManager: '振り返りをこの端末に保存しました。オンラインになると送信されます。',
  summary: 'あなたの回答',
  overallShort: '全体',
  yourComment: 'あなたのコメント',
  matched: '希望した対応だったか：{answer}',
  gapTitle: '認識のギャップ',
  gapCaption: '自分の手応えとメンバーのすっきり度（{min}〜{max}）。差 = 自分 − メンバー',
  gapItem: '項目',
  gapMember: 'メンバー',
  gapMe: '自分',
  gapGap: '差',
  gapHigher: '「{item}」では、あなたの手応えがメンバーのすっきり度より{n}ポイント高くなっています。',
  gapLower: '「{item}」では、あなたの手応えがメンバーのすっきり度より{n}ポイント低くなっています。',
  memberComment: 'メンバーからのコメント',
  /** Outside a provider: the answers went to the page, nothing was sent. */
  notSent: '回答はこのフォームに入力されています。このフォームからはマネジャーに送信されていません。',
  notSentManager: '振り返りはこのフォームに入力されています。このフォームからはどこにも保存されていません。',
  sharedSummary: 'マネジャーに名前付きで表示されます。',
  privateSummary: 'マネジャーには名前付きで表示されません（集計にのみ含まれます）。',
  notShared:
    'メンバーはこの1on1の回答を名前付きで共有していません。複数のメンバーの回答が十分に集まると、得意・苦手マップに集計として反映されます。',
};

export default ja;
