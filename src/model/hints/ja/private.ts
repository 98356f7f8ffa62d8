// Hint catalogue (ja), the hints for the topic `private`. Data only: validated by the model's Hint schema in the tests.
import type { Hint } from '../../schemas.js';

export default [
  { id: 'private.advice.manager.1', role: 'manager', topic: 'private', response: 'advice', text: '本人が共有したい範囲にとどめ、踏み込みすぎないようにしましょう。仕事との両立のために調整できることを具体的に示します。' },
  { id: 'private.advice.manager.2', role: 'manager', topic: 'private', response: 'advice', text: '休暇制度や柔軟な働き方など、使える社内制度を案内しましょう。自分の経験は押しつけず一例として伝えます。' },
  { id: 'private.advice.member.1', role: 'member', topic: 'private', response: 'advice', text: '話す範囲はあらかじめ自分で決めておきましょう。時間の制約など仕事に関わる点を中心に伝えると、具体的な相談ができます。' },
  { id: 'private.advice.member.2', role: 'member', topic: 'private', response: 'advice', text: '勤務時間や休暇など、仕事の面で調整してほしいことがあれば具体的に伝えましょう。' },
  { id: 'private.think-together.manager.1', role: 'manager', topic: 'private', response: 'think-together', text: 'プライベートと仕事のバランスを一緒に考えるときも、本人が話してくれた範囲の中で考えましょう。' },
  { id: 'private.think-together.manager.2', role: 'manager', topic: 'private', response: 'think-together', text: '仕事の進め方で調整できる選択肢を一緒に挙げ、無理のない形を二人で決めましょう。' },
  { id: 'private.think-together.member.1', role: 'member', topic: 'private', response: 'think-together', text: 'プライベートの状況のうち仕事に影響しそうなことと、自分の希望を整理しておきましょう。' },
  { id: 'private.think-together.member.2', role: 'member', topic: 'private', response: 'think-together', text: '一緒に決めた調整を試してみて、次の1on1でその様子を話しましょう。' },
  { id: 'private.listen.manager.1', role: 'manager', topic: 'private', response: 'listen', text: 'プライベートの話は、本人が話したいことだけを聴きましょう。詮索や良し悪しの判断はせず、関心を持って耳を傾けます。' },
  { id: 'private.listen.manager.2', role: 'manager', topic: 'private', response: 'listen', text: '自分のことを少し話す自己開示は相互理解に役立ちますが、話の主役はあくまで本人です。' },
  { id: 'private.listen.member.1', role: 'member', topic: 'private', response: 'listen', text: '話したいことだけを話せば十分です。雑談のような話題でも、お互いを知るきっかけになります。' },
  { id: 'private.listen.member.2', role: 'member', topic: 'private', response: 'listen', text: '仕事以外で大切にしていることを少し話してみましょう。お互いの価値観の理解が進み、話しやすい関係につながります。' },
  { id: 'private.opinion.manager.1', role: 'manager', topic: 'private', response: 'opinion', text: '意見を求められたら、あくまで個人の考えであると前置きして伝えましょう。最終的には本人の選択を尊重します。' },
  { id: 'private.opinion.manager.2', role: 'manager', topic: 'private', response: 'opinion', text: '会社の立場で言えること（制度や働き方の柔軟性など）と、個人としての意見を分けて伝えましょう。' },
  { id: 'private.opinion.member.1', role: 'member', topic: 'private', response: 'opinion', text: '意見を聞きたい点を絞りましょう。どこまで話すかは自分で決めて構いません。' },
  { id: 'private.opinion.member.2', role: 'member', topic: 'private', response: 'opinion', text: 'マネジャーとしての意見と個人としての意見のどちらを聞きたいかを伝えると、マネジャーも答えやすくなります。' },
  { id: 'private.report.manager.1', role: 'manager', topic: 'private', response: 'report', text: '報告してくれたことに感謝し、本人が話した範囲で受け止めましょう。聞いた内容は本人の同意なく共有しません。' },
  { id: 'private.report.manager.2', role: 'manager', topic: 'private', response: 'report', text: '仕事面で配慮や調整が必要かを尋ね、必要なら具体的に対応しましょう。' },
  { id: 'private.report.member.1', role: 'member', topic: 'private', response: 'report', text: '引っ越しや家族の予定など、仕事に影響しそうな変化は、話せる範囲で早めに報告しましょう。' },
  { id: 'private.report.member.2', role: 'member', topic: 'private', response: 'report', text: '配慮してほしいことと、特に配慮は不要なことを分けて伝えましょう。' },
] satisfies Hint[];
