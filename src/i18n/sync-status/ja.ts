import type en from './en.js';

const ja: typeof en = {
  heading: 'まだ送信されていません',
  pending: 'この端末に保存しました',
  sending: 'この端末に保存しました。送信中…',
  sent: '送信しました',
  allSent: 'すべて送信しました。',
  attention: '確認が必要です',
  attentionCount: '{n}件が未送信です。確認してください。',
  offline: 'オフラインです。この端末に保存しました。オンラインに戻ると送信します。',
  unreachable: 'オフラインです。変更はこの端末に保存されており、接続が戻ると送信されます。',
  auth: 'この端末に保存しました。送信するにはもう一度ログインしてください。',
  savedAt: '{at}にこの端末に保存',
  retry: '再送信',
  fix: '修正する',
  export: 'コピーをダウンロード',
  discard: '削除',
  discardConfirm: '完全に削除する',
  keep: '削除しない',
  unknownReason: 'サーバーが受け付けませんでした。',
  kinds: {
    session: '1on1',
    agenda: 'アジェンダ',
    feedback: 'フィードバック',
    level: 'コミュニケーションレベル',
    pulse: '月次パルス',
    'hint-mark': '試すヒント',
    action: '宿題',
    series: '定期の1on1',
  },
};
export default ja;
