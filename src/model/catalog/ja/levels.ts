// The built-in levels (ja). Trusted data: checked against the model's schemas by the tests, not at run time.
import type { CommunicationLevel } from '../../schemas.js';

const levels: CommunicationLevel[] = [
  {
    level: 1,
    label: 'コミュニケーション量の増加',
    description: '「コミュニケーション量増加」で信頼関係を構築中',
    next: 'まずは定期的に1on1の時間をとり、話す機会そのものを増やしましょう。',
  },
  {
    level: 2,
    label: '自己開示',
    description: '「自己開示」によって、相互理解を進展中',
    next: '仕事で大切にしたいこと、嫌だったこと、過去の経験をお互いに話してみましょう。',
  },
  {
    level: 3,
    label: 'うまくいっている点の確認',
    description: '「うまくいっている点」を確認して、モチベーション向上中',
    next: 'うまくいっていることを言葉にして確認し合いましょう。',
  },
  {
    level: 4,
    label: '問いやフィードバック',
    description: '「問いやフィードバック」を通じて、新しい学びや気づきを得ている',
    next: '問いかけやフィードバックから、新しい気づきを探しましょう。',
  },
  {
    level: 5,
    label: '新たな行動へのチャレンジ',
    description: '「学びや気づき」から新たな行動にチャレンジ中',
    next: '「次の1on1までに○○をやってみて、また話そう」と決めて、行動につなげましょう。',
  },
  { level: 6, label: '成果と成長の実感', description: '「成果と成長の実感」ができ、マネジャーとも共有中' },
];
export default levels;
