// The built-in responses (ja). Trusted data: checked against the model's schemas by the tests, not at run time.
import type { ResponseStyle } from '../../schemas.js';

const responses: ResponseStyle[] = [
  { id: 'advice', label: '具体的なアドバイスがほしい', description: 'マネジャーが経験をもとに具体的な打ち手を示します' },
  { id: 'think-together', label: '一緒に考えてほしい', description: '問いかけながら、選択肢と次の一歩を一緒に考えます' },
  { id: 'listen', label: '話を聞いてほしい', description: '解決を急がず、まず最後まで聞いて受け止めます' },
  { id: 'opinion', label: '意見を聞きたい', description: 'マネジャーが自分の考えを理由とともに率直に伝えます' },
  { id: 'report', label: '報告したい', description: '報告を受け止め、うまくいっている点と必要な支援を確認します' },
];
export default responses;
