/** The seed's four statements, shared by the pulse and the effect chart. */
export const statements: Record<string, string> = {
  insight: '1on1で得た新たな気づきが行動につながった',
  trust: 'マネジャーとの信頼関係が深まった',
  growth: '自身の成長を実感した',
  productivity: '生産性が上がった実感がある',
};
