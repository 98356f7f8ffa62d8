// Hint catalogue (ja), the hints for the topic `career`. Data only: validated by the model's Hint schema in the tests.
import type { Hint } from '../../schemas.js';

export default [
  { id: 'career.advice.manager.1', role: 'manager', topic: 'career', response: 'advice', text: '本人が実現したいことを確認したうえで、必要な経験やスキル、社内の機会など、次の一歩を具体的に示しましょう。' },
  { id: 'career.advice.manager.2', role: 'manager', topic: 'career', response: 'advice', text: '自分のキャリアの経験は一つの例として伝え、押しつけないようにしましょう。今の仕事で培える力とのつながりも示します。' },
  { id: 'career.advice.member.1', role: 'member', topic: 'career', response: 'advice', text: '3年後・5年後になりたい状態を、ぼんやりでも書き出しておきましょう。時間軸を少し未来に置くと、アドバイスが具体的になります。' },
  { id: 'career.advice.member.2', role: 'member', topic: 'career', response: 'advice', text: '「次に○○の仕事がしたい」「○○で貢献したい」と具体的に伝え、そのために今から何ができるかを聞いてみましょう。' },
  { id: 'career.think-together.manager.1', role: 'manager', topic: 'career', response: 'think-together', text: '「将来どんな状態になっていたい？」と時間軸を未来に置いて問いかけ、本人が実現したいことを一緒に言葉にしましょう。' },
  { id: 'career.think-together.manager.2', role: 'manager', topic: 'career', response: 'think-together', text: '今の仕事で培える力と本人が目指す方向のつながりを一緒に整理し、次の1on1までに試すことを決めましょう。' },
  { id: 'career.think-together.member.1', role: 'member', topic: 'career', response: 'think-together', text: 'これまでの仕事で、何にやりがいを感じ、何が嫌だったかを振り返っておきましょう。一緒に考える材料になります。' },
  { id: 'career.think-together.member.2', role: 'member', topic: 'career', response: 'think-together', text: '自分のキャリアと部署のMVVがどう重なるかを考えて、マネジャーと話してみましょう。' },
  { id: 'career.listen.manager.1', role: 'manager', topic: 'career', response: 'listen', text: 'キャリアの話では、すぐに助言や良し悪しの判断をしたくなりがちです。まずは最後まで聴き、「○○を大切にしたいんですね」と要約して返しましょう。' },
  { id: 'career.listen.manager.2', role: 'manager', topic: 'career', response: 'listen', text: '本人が仕事で何を大切にしたいかを尋ね、迷いや揺れもそのまま受け止めましょう。結論を急ぐ必要はありません。' },
  { id: 'career.listen.member.1', role: 'member', topic: 'career', response: 'listen', text: 'まだ考えがまとまっていなくても大丈夫です。やりたいことや不安を、そのまま言葉にしてみましょう。' },
  { id: 'career.listen.member.2', role: 'member', topic: 'career', response: 'listen', text: '話し終えたら、話してみて気づいたことをメモに残しておきましょう。次に考えを深めるきっかけになります。' },
  { id: 'career.opinion.manager.1', role: 'manager', topic: 'career', response: 'opinion', text: '本人の強みや可能性について、理由とともに率直な意見を伝えましょう。あわせて会社が期待していることも伝えます。' },
  { id: 'career.opinion.manager.2', role: 'manager', topic: 'career', response: 'opinion', text: '意見は一つの見方にすぎないと伝え、「あなた自身はどう考えている？」と本人の考えを聞きましょう。' },
  { id: 'career.opinion.member.1', role: 'member', topic: 'career', response: 'opinion', text: '「私の強みはどこだと思いますか」など、聞きたいことを具体的にして質問してみましょう。' },
  { id: 'career.opinion.member.2', role: 'member', topic: 'career', response: 'opinion', text: 'マネジャーの考えに加えて、その上の上司や会社が自分のキャリアをどう見ているかも聞いてみましょう。' },
  { id: 'career.report.manager.1', role: 'manager', topic: 'career', response: 'report', text: 'キャリアに向けた行動の報告には、まず挑戦したこと自体を認めましょう。成長している点を具体的に伝えます。' },
  { id: 'career.report.manager.2', role: 'manager', topic: 'career', response: 'report', text: '報告を受けたら、次に向けて必要な支援や機会がないかを尋ね、次に同じテーマで話す日を決めましょう。' },
  { id: 'career.report.member.1', role: 'member', topic: 'career', response: 'report', text: '前回の1on1から取り組んだことと、そこから得た気づきを報告しましょう。' },
  { id: 'career.report.member.2', role: 'member', topic: 'career', response: 'report', text: 'キャリアの希望に変化があれば、それも報告しましょう。マネジャーが機会を考える材料になります。' },
] satisfies Hint[];
