// The built-in topics (ja). Trusted data: checked against the model's schemas by the tests, not at run time.
import type { Topic } from '../../schemas.js';

const topics: Topic[] = [
  { id: 'work', label: '業務の進捗や進め方', description: '仕事の進み具合、こだわりたいこと、変えていきたいこと' },
  { id: 'relationships', label: '人間関係', description: 'チームや周囲の人との関わりで気になっていること' },
  { id: 'wellbeing', label: '心身の状態', description: '体調や気持ちの状態、働き方の負担' },
  { id: 'career', label: '今後のキャリア', description: '実現したいこと、なりたい状態、そこへの近づき方' },
  { id: 'skills', label: 'スキルや力の向上', description: '今の仕事を通じてどう力を伸ばしていけるか' },
  { id: 'private', label: 'プライベート', description: '仕事の外のことで、話しておきたいこと' },
  { id: 'policy', label: '会社や部署の方針', description: '方針の背景や意図、自分の仕事とのつながり' },
  {
    id: 'free',
    label: '今なんとなく気になっていること',
    description: 'まだ言葉になっていなくても、今のあなたにとって大事なこと。タイトルは自由に付けられます',
  },
];
export default topics;
