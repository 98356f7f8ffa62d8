// Shared UI strings (ja). Loaded lazily: a page in English never fetches this file.
import type en from './en.js';

const ja: typeof en = {
  loading: '読み込み中…',
  empty: 'まだ何もありません。',
  retry: '再試行',
  saved: '保存しました',
  saving: '保存中…',
  saveFailed: '保存できませんでした。選択はこのまま残っています。もう一度お試しください。',
  requiredChoice: '1つ以上選んでください。',
};
export default ja;
