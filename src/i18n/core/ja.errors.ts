// What only an error block shows (ja): its titles and the blocked-storage sentence. Requested with
// the first error an element shows, so no page carries them before its content.
import type en from './en.errors.js';

const ja: typeof en = {
  errorTitle: 'エラーが発生しました',
  dataErrorTitle: '表示できないデータがあります',
  storageBlocked: '古いバージョンのTaiwaが別のタブで開いています。そのタブを閉じてください。閉じると、このページは自動的に続きを読み込みます。',
};
export default ja;
