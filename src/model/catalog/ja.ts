// Default catalogue (ja). Data only: validated by the model's Catalog schema when loaded.
export default {
  locale: 'ja',
  topics: [
    { id: 'work', label: '業務の進捗や進め方', description: '仕事の進み具合、こだわりたいこと、変えていきたいこと' },
    { id: 'relationships', label: '人間関係', description: 'チームや周囲の人との関わりで気になっていること' },
    { id: 'wellbeing', label: '心身の状態', description: '体調や気持ちの状態、働き方の負担' },
    { id: 'career', label: '今後のキャリア', description: '実現したいこと、なりたい状態、そこへの近づき方' },
    { id: 'skills', label: 'スキルや力の向上', description: '今の仕事を通じてどう力を伸ばしていけるか' },
    { id: 'private', label: 'プライベート', description: '仕事の外のことで、話しておきたいこと' },
    { id: 'policy', label: '会社や部署の方針', description: '方針の背景や意図、自分の仕事とのつながり' },
    { id: 'free', label: '今なんとなく気になっていること', description: 'まだ言葉になっていなくても、今のあなたにとって大事なこと。タイトルは自由に付けられます' },
  ],
  responses: [
    { id: 'advice', label: '具体的なアドバイスがほしい', description: 'マネジャーが経験をもとに具体的な打ち手を示します' },
    { id: 'think-together', label: '一緒に考えてほしい', description: '問いかけながら、選択肢と次の一歩を一緒に考えます' },
    { id: 'listen', label: '話を聞いてほしい', description: '解決を急がず、まず最後まで聞いて受け止めます' },
    { id: 'opinion', label: '意見を聞きたい', description: 'マネジャーが自分の考えを理由とともに率直に伝えます' },
    { id: 'report', label: '報告したい', description: '報告を受け止め、うまくいっている点と必要な支援を確認します' },
  ],
  levels: [
    { level: 1, label: 'コミュニケーション量の増加', description: '「コミュニケーション量増加」で信頼関係を構築中', next: 'まずは定期的に1on1の時間をとり、話す機会そのものを増やしましょう。' },
    { level: 2, label: '自己開示', description: '「自己開示」によって、相互理解を進展中', next: '仕事で大切にしたいこと、嫌だったこと、過去の経験をお互いに話してみましょう。' },
    { level: 3, label: 'うまくいっている点の確認', description: '「うまくいっている点」を確認して、モチベーション向上中', next: 'うまくいっていることを言葉にして確認し合いましょう。' },
    { level: 4, label: '問いやフィードバック', description: '「問いやフィードバック」を通じて、新しい学びや気づきを得ている', next: '問いかけやフィードバックから、新しい気づきを探しましょう。' },
    { level: 5, label: '新たな行動へのチャレンジ', description: '「学びや気づき」から新たな行動にチャレンジ中', next: '「次の1on1までに○○をやってみて、また話そう」と決めて、行動につなげましょう。' },
    { level: 6, label: '成果と成長の実感', description: '「成果と成長の実感」ができ、マネジャーとも共有中' },
  ],
};
