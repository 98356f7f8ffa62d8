// Hint catalogue (ja), the hints for the topic `policy`. Data only: validated by the model's Hint schema in the tests.
import type { Hint } from '../../schemas.js';

export default [
  { id: 'policy.advice.manager.1', role: 'manager', topic: 'policy', response: 'advice', text: '方針の背景や意図、中長期の狙いを自分の言葉で説明したうえで、本人の業務で具体的に何を変えればよいかを示しましょう。' },
  { id: 'policy.advice.manager.2', role: 'manager', topic: 'policy', response: 'advice', text: '自分でも分からない点はごまかさず、その上の上司に確認して次回伝えると約束しましょう。' },
  { id: 'policy.advice.member.1', role: 'member', topic: 'policy', response: 'advice', text: '方針のどこが分かりにくいのか、自分の業務にどう関わるのかを事前にメモしておきましょう。' },
  { id: 'policy.advice.member.2', role: 'member', topic: 'policy', response: 'advice', text: '「この方針のもとで、私の仕事では何を優先すればよいですか」と具体的に聞いてみましょう。' },
  { id: 'policy.think-together.manager.1', role: 'manager', topic: 'policy', response: 'think-together', text: 'パーパスや方針を自分なりに咀嚼して伝え、本人の仕事やキャリアとどう重なるかを一緒に考えましょう。' },
  { id: 'policy.think-together.manager.2', role: 'manager', topic: 'policy', response: 'think-together', text: 'マネジャー・メンバー・会社が同じ方向を向けるよう、チームとしてできることを一緒に挙げ、次の一歩を決めましょう。' },
  { id: 'policy.think-together.member.1', role: 'member', topic: 'policy', response: 'think-together', text: '自分のキャリアと部署のMVVがどう重なるかを考えたうえで、1on1に臨みましょう。' },
  { id: 'policy.think-together.member.2', role: 'member', topic: 'policy', response: 'think-together', text: '方針について疑問に思うことや、「こうしたらよいのでは」という自分の案を持っていきましょう。' },
  { id: 'policy.listen.manager.1', role: 'manager', topic: 'policy', response: 'listen', text: '方針への疑問や違和感が出てきても、すぐに説得しようとせず、最後まで聴きましょう。' },
  { id: 'policy.listen.manager.2', role: 'manager', topic: 'policy', response: 'listen', text: '何を大切にしているからその違和感を持つのかを尋ね、要約して返しましょう。必要なら上に伝えることも約束します。' },
  { id: 'policy.listen.member.1', role: 'member', topic: 'policy', response: 'listen', text: '方針について腑に落ちていないことや違和感を、率直に話してみましょう。' },
  { id: 'policy.listen.member.2', role: 'member', topic: 'policy', response: 'listen', text: '違和感の理由を、自分が仕事で大切にしたいことと結びつけて考えてみましょう。' },
  { id: 'policy.opinion.manager.1', role: 'manager', topic: 'policy', response: 'opinion', text: '方針を自分自身がどう受け止めているかを、理由とともに率直に伝えましょう。会社としての説明と自分の考えは分けて話します。' },
  { id: 'policy.opinion.manager.2', role: 'manager', topic: 'policy', response: 'opinion', text: '会社のニーズと本人の志向との重なりを考え、本人のことを思っていることと、自分の期待の両方を伝えましょう。' },
  { id: 'policy.opinion.member.1', role: 'member', topic: 'policy', response: 'opinion', text: 'マネジャー自身がその方針をどう受け止めているかを聞いてみましょう。' },
  { id: 'policy.opinion.member.2', role: 'member', topic: 'policy', response: 'opinion', text: 'その上の上司（部長や本部長）がどう考えているかも尋ねてみましょう。' },
  { id: 'policy.report.manager.1', role: 'manager', topic: 'policy', response: 'report', text: '方針に沿った取り組みの報告には、それが会社の方向性にどうつながっているかを具体的に伝えて認めましょう。' },
  { id: 'policy.report.manager.2', role: 'manager', topic: 'policy', response: 'report', text: '方針を進めるうえで困っていることや必要な支援を尋ねましょう。現場の声は必要に応じて上に伝えます。' },
  { id: 'policy.report.member.1', role: 'member', topic: 'policy', response: 'report', text: '方針を受けて取り組んだことと、その成果や課題を報告しましょう。' },
  { id: 'policy.report.member.2', role: 'member', topic: 'policy', response: 'report', text: '現場で感じている方針とのズレがあれば、具体的な事実と併せて報告しましょう。' },
] satisfies Hint[];
