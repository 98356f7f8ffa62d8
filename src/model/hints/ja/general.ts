// Hint catalogue (ja), the general hints (no topic). Data only: validated by the model's Hint schema in the tests.
import type { Hint } from '../../schemas.js';

export default [
  { id: 'general.manager.1', role: 'manager', text: 'メンバーが選んだトピックと対応にしっかり目を通し、その背景を想像してから1on1に臨みましょう。' },
  { id: 'general.manager.2', role: 'manager', text: '得意なトピックや対応であっても、より良くするためにヒントに目を通しましょう。' },
  { id: 'general.manager.3', role: 'manager', text: 'トピックはメンバーに選んでもらうよう促しつつ、ときにはマネジャーからも設定しましょう。' },
  { id: 'general.manager.4', role: 'manager', text: '1on1の後は、自分の感想やメンバーの満足度で振り返り、次回意識することを決めましょう。' },
  { id: 'general.manager.5', role: 'manager', text: '解決できなくても、まず本人の不安を親身に受け止め、意向を最大限尊重しましょう。' },
  { id: 'general.manager.6', role: 'manager', text: '会社のニーズとの親和性を考えたうえで、相手のことを思っていると伝え、自分の期待も伝えましょう。' },
  { id: 'general.manager.7', role: 'manager', text: 'パーパスや方針を自分なりに咀嚼し、自分の想いも含めて伝えましょう。' },
  { id: 'general.manager.8', role: 'manager', text: '解決できないとしても、まずお互いの考えていることを話してみましょう。話すことが無いと分かるのも一つの発見です。' },
  { id: 'general.manager.9', role: 'manager', text: 'マネジャー・メンバー・会社が同じ方向を向ける状態を、1on1の場で模索しましょう。' },
  { id: 'general.manager.10', role: 'manager', text: '1on1はメンバーのための時間です。話す量はメンバーのほうが多くなるよう意識しましょう。' },
  { id: 'general.manager.11', role: 'manager', text: 'MVVについては、自分の上司（部長・本部長）との1on1でも話し、必要に応じてチームに発信しましょう。' },
  { id: 'general.member.1', role: 'member', text: 'キャリアや会社・部署の方針のトピックを選び、マネジャーにどう関わってもらえると良いかを想像して対応を選びましょう。' },
  { id: 'general.member.2', role: 'member', text: '不安なことがあればメモで整理しつつ、ヒントにも目を通し、どれか一つでも意識してみましょう。' },
  { id: 'general.member.3', role: 'member', text: '次に同じテーマで話す日を決めて、設定しておきましょう。' },
  { id: 'general.member.4', role: 'member', text: '不安なことややりたいことを自覚し、本音を正直に伝えましょう。' },
  { id: 'general.member.5', role: 'member', text: '自分のキャリアと部署のMVV（ミッション・ビジョン・バリュー）が両立するか、どう重なるかを考えてみましょう。' },
  { id: 'general.member.6', role: 'member', text: 'マネジャーの考えや、その上の上司の考えも聞いてみましょう。' },
  { id: 'general.member.7', role: 'member', text: '少し時間軸を未来に置いて考えてみましょう。' },
  { id: 'general.member.8', role: 'member', text: '1on1はあなたのための時間です。なんとなく気になっていることや違和感も、遠慮せずに話題にしましょう。' },
] satisfies Hint[];
