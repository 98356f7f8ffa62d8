// Hint catalogue (ja), the hints for the topic `wellbeing`. Data only: validated by the model's Hint schema in the tests.
import type { Hint } from '../../schemas.js';

export default [
  { id: 'wellbeing.advice.manager.1', role: 'manager', topic: 'wellbeing', response: 'advice', text: '体調や心の状態の詳細を無理に聞き出さず、本人が話せる範囲で受け止めましょう。そのうえで業務量や働き方の調整など具体策を示します。' },
  { id: 'wellbeing.advice.manager.2', role: 'manager', topic: 'wellbeing', response: 'advice', text: '医療的な判断はせず、産業医や相談窓口など社内の支援制度を具体的に案内しましょう。利用するかどうかは本人が決めます。' },
  { id: 'wellbeing.advice.member.1', role: 'member', topic: 'wellbeing', response: 'advice', text: '話せる範囲で構いません。いつから、どんな場面で負担を感じるかをメモしておくと、具体的な助言につながります。' },
  { id: 'wellbeing.advice.member.2', role: 'member', topic: 'wellbeing', response: 'advice', text: '業務量や働き方で調整してほしいことがあれば、遠慮せず具体的に伝えましょう。' },
  { id: 'wellbeing.think-together.manager.1', role: 'manager', topic: 'wellbeing', response: 'think-together', text: '負担の原因を一緒に探るときも、本人が話したくないことには踏み込まないようにしましょう。' },
  { id: 'wellbeing.think-together.manager.2', role: 'manager', topic: 'wellbeing', response: 'think-together', text: '休み方や業務の配分など調整できる選択肢を一緒に挙げ、無理のない次の一歩を決めましょう。次に様子を聞く日も決めておきます。' },
  { id: 'wellbeing.think-together.member.1', role: 'member', topic: 'wellbeing', response: 'think-together', text: '最近、調子が良かった日と悪かった日の違いを振り返ってみましょう。一緒に考える手がかりになります。' },
  { id: 'wellbeing.think-together.member.2', role: 'member', topic: 'wellbeing', response: 'think-together', text: '決めた対策を次の1on1までに試し、体調や気分がどう変わったかをまた話しましょう。' },
  { id: 'wellbeing.listen.manager.1', role: 'manager', topic: 'wellbeing', response: 'listen', text: '励ましや解決策を急がず、まずは「話してくれてありがとう」と受け止めましょう。詳細を聞き出そうとせず、本人のペースに任せます。' },
  { id: 'wellbeing.listen.manager.2', role: 'manager', topic: 'wellbeing', response: 'listen', text: '聞いた内容は本人の同意なく共有しないと伝えましょう。深刻さを感じたら、社内の相談窓口や専門家につなぐことも考えます。' },
  { id: 'wellbeing.listen.member.1', role: 'member', topic: 'wellbeing', response: 'listen', text: 'うまくまとめる必要はありません。話したい範囲だけ、今感じていることを言葉にしてみましょう。' },
  { id: 'wellbeing.listen.member.2', role: 'member', topic: 'wellbeing', response: 'listen', text: '話したくないことは話さなくて構いません。「ここまでは共有しておきたい」という線を自分で決めておきましょう。' },
  { id: 'wellbeing.opinion.manager.1', role: 'manager', topic: 'wellbeing', response: 'opinion', text: '意見を伝えるときは、本人の状態を否定しないようにしましょう。観察した事実と自分の考えを分けて、理由とともに伝えます。' },
  { id: 'wellbeing.opinion.manager.2', role: 'manager', topic: 'wellbeing', response: 'opinion', text: '会社として健康を大切にしていることと使える制度を伝えたうえで、本人がどうしたいかを尋ねましょう。' },
  { id: 'wellbeing.opinion.member.1', role: 'member', topic: 'wellbeing', response: 'opinion', text: '「休みを取るべきか」「業務量は適切か」など、意見を聞きたい点を絞って質問してみましょう。' },
  { id: 'wellbeing.opinion.member.2', role: 'member', topic: 'wellbeing', response: 'opinion', text: '意見を聞いたうえで、最終的にどうするかは自分で決めて構いません。自分の体と心の感覚も大切にしましょう。' },
  { id: 'wellbeing.report.manager.1', role: 'manager', topic: 'wellbeing', response: 'report', text: '体調の報告には、まず共有してくれたことに感謝を伝えましょう。詳細は本人が話す範囲にとどめます。' },
  { id: 'wellbeing.report.manager.2', role: 'manager', topic: 'wellbeing', response: 'report', text: '回復してきた点や、うまくいっている工夫を確認しましょう。業務の調整など、必要な支援がないかも尋ねます。' },
  { id: 'wellbeing.report.member.1', role: 'member', topic: 'wellbeing', response: 'report', text: '業務に影響しそうなことは、話せる範囲で早めに共有しましょう。詳細まで話す必要はありません。' },
  { id: 'wellbeing.report.member.2', role: 'member', topic: 'wellbeing', response: 'report', text: '前回調整してもらったことの効果や、今の調子を簡単に報告しましょう。必要な配慮があれば併せて伝えます。' },
] satisfies Hint[];
