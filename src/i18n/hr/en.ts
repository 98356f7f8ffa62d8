/** The seed's four statements, shared by the pulse and the effect chart. */
export const statements: Record<string, string> = {
  insight: 'New insight from 1:1s led to action',
  trust: 'Trust with my manager increased',
  growth: 'I felt my own growth',
  productivity: 'I felt my productivity rise',
};
