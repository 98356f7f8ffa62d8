// Hint catalogue (ja), the hints for the topic `work`. Data only: validated by the model's Hint schema in the tests.
import type { Hint } from '../../schemas.js';

export default [
  { id: 'work.advice.manager.1', role: 'manager', topic: 'work', response: 'advice', text: '状況と詰まっている点を確認したうえで、次の一手を具体的に示しましょう。「明日まず何をするか」まで落とし込むと実行しやすくなります。' },
  { id: 'work.advice.manager.2', role: 'manager', topic: 'work', response: 'advice', text: '自分の経験は「一つの選択肢」として紹介し、業務の背景や意図も添えましょう。最後にそのやり方が本人に合うかを確認します。' },
  { id: 'work.advice.member.1', role: 'member', topic: 'work', response: 'advice', text: '進捗と、どこで詰まっているかを事前にメモしておきましょう。何についてアドバイスがほしいかを一言で言えると、話が具体的になります。' },
  { id: 'work.advice.member.2', role: 'member', topic: 'work', response: 'advice', text: 'もらったアドバイスから一つ選び、「次の1on1までにこれをやってみて、結果を報告します」と伝えてみましょう。' },
  { id: 'work.think-together.manager.1', role: 'manager', topic: 'work', response: 'think-together', text: '業務を進めるうえでこだわりたいこと、変えていきたいことを問いかけ、進め方の選択肢を一緒に書き出しましょう。' },
  { id: 'work.think-together.manager.2', role: 'manager', topic: 'work', response: 'think-together', text: '業務の背景や中長期の狙いを共有したうえで、どの案で進めるかと次の一歩を二人で決めましょう。' },
  { id: 'work.think-together.member.1', role: 'member', topic: 'work', response: 'think-together', text: '課題と、自分なりに考えた案を一つでも持っていきましょう。たたき台があると一緒に考えやすくなります。' },
  { id: 'work.think-together.member.2', role: 'member', topic: 'work', response: 'think-together', text: '「私はこう進めたい」と自分を主語にして話し、決めた次の一歩と振り返る日を確認しておきましょう。' },
  { id: 'work.listen.manager.1', role: 'manager', topic: 'work', response: 'listen', text: '解決策や指示を出したくなっても、まずは最後まで聴きましょう。区切りで「つまり○○ということですね」と要約して返します。' },
  { id: 'work.listen.manager.2', role: 'manager', topic: 'work', response: 'listen', text: '業務の進め方で本人が大事にしていることや、引っかかっている点を尋ねましょう。良し悪しの判断や指摘は今回は控えます。' },
  { id: 'work.listen.member.1', role: 'member', topic: 'work', response: 'listen', text: '気になっていることや違和感を、うまく言葉にできなくても話してみましょう。最初に「今日は聞いてほしい」と伝えると安心です。' },
  { id: 'work.listen.member.2', role: 'member', topic: 'work', response: 'listen', text: '話しながら、自分が業務で何にこだわり、何にモヤモヤしているのかを整理してみましょう。気づいたことはメモに残します。' },
  { id: 'work.opinion.manager.1', role: 'manager', topic: 'work', response: 'opinion', text: '進め方について率直な意見を、理由とともに伝えましょう。事実と自分の意見を分けて話すと受け取りやすくなります。' },
  { id: 'work.opinion.manager.2', role: 'manager', topic: 'work', response: 'opinion', text: '会社やチームがその業務に期待していることも伝えたうえで、「あなたはどう思う？」と本人の考えを聞きましょう。' },
  { id: 'work.opinion.member.1', role: 'member', topic: 'work', response: 'opinion', text: '意見がほしい点（進め方、優先順位、品質など）を具体的に絞り、自分の考えも添えて聞いてみましょう。' },
  { id: 'work.opinion.member.2', role: 'member', topic: 'work', response: 'opinion', text: 'もらった意見に納得できない部分があれば、理由を尋ねてみましょう。意見の背景にある業務の意図が見えてきます。' },
  { id: 'work.report.manager.1', role: 'manager', topic: 'work', response: 'report', text: '報告には最後まで耳を傾け、まず労いの言葉を伝えましょう。うまくいっている点を具体的に言葉にして確認します。' },
  { id: 'work.report.manager.2', role: 'manager', topic: 'work', response: 'report', text: '報告を受けたら「何か支援が必要なことはある？」と尋ねましょう。懸念があれば、指摘する前に本人の見立てを聞きます。' },
  { id: 'work.report.member.1', role: 'member', topic: 'work', response: 'report', text: '進捗、うまくいっていること、懸念点の三つに分けてメモしておくと、短時間で伝わります。' },
  { id: 'work.report.member.2', role: 'member', topic: 'work', response: 'report', text: '報告の最後に、マネジャーにしてほしい支援や判断があれば、はっきり伝えましょう。' },
] satisfies Hint[];
