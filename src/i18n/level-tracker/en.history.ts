/** What only the member view's history (level-tracker.history.ts) shows: English with its module, another locale beside it. */
export default {
  history: 'History',
  chartLabel: 'Level after each check-in: {count} readings from {from} to {to}, now level {level}.',
  historyTable: 'Every check-in, newest first',
  date: 'Date',
  by: 'By',
  method: 'Method',
  reading: 'Answer',
  after: 'Level after',
  member: 'Member',
  manager: 'Manager',
  checkIn: 'Check-in',
  direct: 'Chosen directly',
  legendPair: 'Level',
  legendMember: "Member's answer",
  legendManager: "Manager's answer",
};
