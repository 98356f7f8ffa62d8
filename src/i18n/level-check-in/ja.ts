import type en from './en.js';

const ja: typeof en = {
  checkInLegend: 'この1on1で何がありましたか？',
  checkInHelp: 'あてはまるものをすべて選んでください。',
  directLegend: 'マネジャーとのコミュニケーションは、今どの段階だと思いますか？',
  directLegendManager: 'メンバーとのコミュニケーションは、今どの段階だと思いますか？',
  memberStatements: [
    '以前より多く話せた。',
    '自分のことを話した（自己開示）。',
    'うまくいっている点を確認し合えた。',
    '問いやフィードバックから新しい気づきを得た。',
    'その気づきから、次に挑戦することを決めた。',
    '成果と成長を実感し、マネジャーと共有した。',
  ],
  managerStatements: [
    '以前より多く話せた。',
    'お互いに自分のことを話した（自己開示）。',
    'うまくいっている点を確認し合えた。',
    '問いやフィードバックからメンバーが新しい気づきを得た。',
    'その気づきから、メンバーが次に挑戦することを決めた。',
    'メンバーが成果と成長を実感し、共有してくれた。',
  ],
  levelN: 'レベル{level}',
  submit: '振り返りを保存',
  submitDirect: 'レベルを保存',
  savedLevel: '保存しました：レベル{level}',
  savedLevelOnDevice: 'この端末に保存しました：レベル{level}。オンラインになると送信されます。',
  /** Outside a provider: the answer went to the page, nothing was saved or sent. */
  notSavedLevel: '回答しました：レベル{level}。このフォームからは保存も送信もされていません。',
  whoSeesMember: '閲覧できる人：あなたとマネジャー（2人の関係についての回答）。人事は多人数の集計のみ閲覧できます。',
  whoSeesManager: '閲覧できる人：あなたとメンバー（2人の関係についてのあなたの見方）。人事は多人数の集計のみ閲覧できます。',
};
export default ja;
