// Hint catalogue (ja), the hints for the topic `relationships`. Data only: validated by the model's Hint schema in the tests.
import type { Hint } from '../../schemas.js';

export default [
  { id: 'relationships.advice.manager.1', role: 'manager', topic: 'relationships', response: 'advice', text: '特定の人の良し悪しを判断したり、どちらかの味方をしたりせず、中立を保ちましょう。そのうえで本人が取れる行動を具体的に提案します。' },
  { id: 'relationships.advice.manager.2', role: 'manager', topic: 'relationships', response: 'advice', text: '伝え方や関わり方の工夫について自分の経験を一例として紹介し、本人に合うかを確認しましょう。自分が動けることがあれば伝えます。' },
  { id: 'relationships.advice.member.1', role: 'member', topic: 'relationships', response: 'advice', text: '誰が悪いかではなく、どんな場面で何が起きて、自分はどうしたいのかを事前に整理しておきましょう。' },
  { id: 'relationships.advice.member.2', role: 'member', topic: 'relationships', response: 'advice', text: 'もらったアドバイスから一つ選んで次の1on1までに試し、相手との関わりがどう変わったかをまた話しましょう。' },
  { id: 'relationships.think-together.manager.1', role: 'manager', topic: 'relationships', response: 'think-together', text: '「相手の立場から見るとどう見えそう？」と問いかけながら一緒に考えましょう。自分は中立の立場で視点を広げる役に徹します。' },
  { id: 'relationships.think-together.manager.2', role: 'manager', topic: 'relationships', response: 'think-together', text: '本人が取れる関わり方の選択肢を一緒に並べ、まず試してみる一歩を二人で決めましょう。' },
  { id: 'relationships.think-together.member.1', role: 'member', topic: 'relationships', response: 'think-together', text: '状況を「起きた事実」と「自分の受け止め方」に分けてメモしておきましょう。一緒に考える材料になります。' },
  { id: 'relationships.think-together.member.2', role: 'member', topic: 'relationships', response: 'think-together', text: '相手を変えることより、自分にできる関わり方に目を向けて考えてみましょう。決めた一歩は次回振り返ります。' },
  { id: 'relationships.listen.manager.1', role: 'manager', topic: 'relationships', response: 'listen', text: '人間関係の悩みは、話すだけで軽くなることがあります。同調も否定もせず、本人の気持ちを受け止めて聴きましょう。' },
  { id: 'relationships.listen.manager.2', role: 'manager', topic: 'relationships', response: 'listen', text: '聞いた内容は本人の了解なく他の人に伝えないと約束しましょう。「どうなったら楽になりそう？」と本人の望みを尋ねます。' },
  { id: 'relationships.listen.member.1', role: 'member', topic: 'relationships', response: 'listen', text: '相手への不満だけでなく、自分がどう感じているか、何に困っているかも言葉にしてみましょう。' },
  { id: 'relationships.listen.member.2', role: 'member', topic: 'relationships', response: 'listen', text: '聞いてもらうだけでよい場合は、最初に「今日は聞いてほしいだけです」と伝えると、安心して話せます。' },
  { id: 'relationships.opinion.manager.1', role: 'manager', topic: 'relationships', response: 'opinion', text: '意見を求められても、個人への批評や噂話にならないよう注意しましょう。状況や関わり方について、理由とともに率直に伝えます。' },
  { id: 'relationships.opinion.manager.2', role: 'manager', topic: 'relationships', response: 'opinion', text: '事実と推測を分けて意見を伝え、「あなたはどう受け止めている？」と本人の考えも確認しましょう。' },
  { id: 'relationships.opinion.member.1', role: 'member', topic: 'relationships', response: 'opinion', text: '「私のこの対応はどう見えましたか」のように、自分の行動について意見を求めると具体的な答えが得られます。' },
  { id: 'relationships.opinion.member.2', role: 'member', topic: 'relationships', response: 'opinion', text: '意見を聞いたら、自分の見方とどこが違うかを確かめてみましょう。別の見方に気づくきっかけになります。' },
  { id: 'relationships.report.manager.1', role: 'manager', topic: 'relationships', response: 'report', text: '関係がうまくいっている報告なら本人の工夫を具体的に認め、難しさの報告なら、まず状況をそのまま受け止めましょう。' },
  { id: 'relationships.report.manager.2', role: 'manager', topic: 'relationships', response: 'report', text: '報告の後に「私にできるサポートはある？」と尋ねましょう。職場として対応が必要なことかどうかも見極めます。' },
  { id: 'relationships.report.member.1', role: 'member', topic: 'relationships', response: 'report', text: '前回話したことを試した結果や、関係の変化を事実ベースで報告しましょう。' },
  { id: 'relationships.report.member.2', role: 'member', topic: 'relationships', response: 'report', text: '知っておいてほしいだけなのか、何か動いてほしいのかを、報告の最後に伝えましょう。' },
] satisfies Hint[];
