import { statements } from '../hr/en.js';

export default {
  statements,
  title: 'Monthly check-in: {month}',
  items: {
    proud: 'I am proud to work for this company',
    recommend: 'I would recommend this company as a good place to work',
    motivated: 'My work makes me want to do more than is expected',
  } as Record<string, string>,
  engagementLegend: 'How do you feel about your work?',
  growth: 'Looking back on last month, I felt I grew',
  statementsLegend: 'Your 1:1s over the last month',
  scale: ['Disagree', 'Somewhat disagree', 'Neither', 'Somewhat agree', 'Agree'],
  who: 'Who will see this: your manager sees only the team\u2019s aggregate, and only when at least {k} people answered; HR sees aggregates only. No one sees your answers by name.',
  send: 'Send',
  sending: 'Sending…',
  sent: 'Thank you. Your answers for {month} were saved.',
  answerAll: 'Please answer every question.',
  trend: 'Your trend',
  trendLabel: 'Line chart of your engagement index by month (0 to 100). The same figures are in the table below.',
  month: 'Month',
  engagement: 'Engagement (0–100)',
  growthShort: 'Sense of growth (1–5)',
  noTrend: 'Your answers will show here month by month.',
  membersOnly: 'The monthly check-in is for members.',
};
