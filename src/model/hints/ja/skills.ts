// Hint catalogue (ja), the hints for the topic `skills`. Data only: validated by the model's Hint schema in the tests.
import type { Hint } from '../../schemas.js';

export default [
  { id: 'skills.advice.manager.1', role: 'manager', topic: 'skills', response: 'advice', text: '伸ばしたいスキルを確認し、今の仕事のどの場面で練習できるかを具体的に示しましょう。' },
  { id: 'skills.advice.manager.2', role: 'manager', topic: 'skills', response: 'advice', text: '自分が身につけたときのやり方は一例として伝え、本人に合うかを確認しましょう。研修や書籍など使える資源も紹介します。' },
  { id: 'skills.advice.member.1', role: 'member', topic: 'skills', response: 'advice', text: '伸ばしたいスキルと、今どこでつまずいているかを具体的にしておきましょう。' },
  { id: 'skills.advice.member.2', role: 'member', topic: 'skills', response: 'advice', text: 'もらったアドバイスを次の1on1までに一つ試し、できたこと、できなかったことを報告しましょう。' },
  { id: 'skills.think-together.manager.1', role: 'manager', topic: 'skills', response: 'think-together', text: '今の仕事を通じて、成果の出し方や貢献の仕方をどうレベルアップできるか、問いかけながら一緒に考えましょう。' },
  { id: 'skills.think-together.manager.2', role: 'manager', topic: 'skills', response: 'think-together', text: '伸ばす方法の選択肢を一緒に挙げ、次の1on1までに試すことを一つ決めましょう。' },
  { id: 'skills.think-together.member.1', role: 'member', topic: 'skills', response: 'think-together', text: '最近うまくいった仕事と、うまくいかなかった仕事を一つずつ思い出しておきましょう。強みと伸びしろが見えてきます。' },
  { id: 'skills.think-together.member.2', role: 'member', topic: 'skills', response: 'think-together', text: '今の仕事から培える力は何かを考え、マネジャーと認識をすり合わせましょう。' },
  { id: 'skills.listen.manager.1', role: 'manager', topic: 'skills', response: 'listen', text: 'できていないことを指摘したくなっても、まずは本人の悩みや焦りを受け止めましょう。' },
  { id: 'skills.listen.manager.2', role: 'manager', topic: 'skills', response: 'listen', text: 'どんな力を身につけたいのか、なぜそう思うのかを尋ね、話を要約して返しましょう。' },
  { id: 'skills.listen.member.1', role: 'member', topic: 'skills', response: 'listen', text: '伸び悩んでいることや焦りなど、今の気持ちをそのまま話してみましょう。' },
  { id: 'skills.listen.member.2', role: 'member', topic: 'skills', response: 'listen', text: '話しながら、自分がどんな力を伸ばしたいと思っているのかを整理してみましょう。' },
  { id: 'skills.opinion.manager.1', role: 'manager', topic: 'skills', response: 'opinion', text: '本人の強みと伸びしろについて、具体的な場面を挙げて率直に伝えましょう。事実と意見は分けて話します。' },
  { id: 'skills.opinion.manager.2', role: 'manager', topic: 'skills', response: 'opinion', text: 'チームや会社が今後必要とするスキルの観点も伝えたうえで、本人の考えを聞きましょう。' },
  { id: 'skills.opinion.member.1', role: 'member', topic: 'skills', response: 'opinion', text: '「私の○○の進め方はどう見えますか」のように、具体的な場面を挙げて意見を求めましょう。' },
  { id: 'skills.opinion.member.2', role: 'member', topic: 'skills', response: 'opinion', text: '聞いた意見から、次に意識することを一つ決めてマネジャーに伝えましょう。' },
  { id: 'skills.report.manager.1', role: 'manager', topic: 'skills', response: 'report', text: '身についてきたことや成長した点を、具体的な場面を挙げて認めましょう。' },
  { id: 'skills.report.manager.2', role: 'manager', topic: 'skills', response: 'report', text: '次に挑戦したいことを尋ね、そのための機会や支援が必要かを確認しましょう。' },
  { id: 'skills.report.member.1', role: 'member', topic: 'skills', response: 'report', text: '学んだことや試したこと、その結果として仕事がどう変わったかを報告しましょう。' },
  { id: 'skills.report.member.2', role: 'member', topic: 'skills', response: 'report', text: '成長を実感した場面があれば、遠慮せずに共有しましょう。成果と成長の実感をマネジャーと共有することが次の挑戦につながります。' },
] satisfies Hint[];
