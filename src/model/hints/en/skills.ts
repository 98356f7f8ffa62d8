// Hint catalogue (en), the hints for the topic `skills`. Data only: validated by the model's Hint schema in the tests.
import type { Hint } from '../../schemas.js';

export default [
  { id: 'skills.advice.manager.1', role: 'manager', topic: 'skills', response: 'advice', text: 'Confirm which skill your member wants to develop, and point to specific situations in the current job where they can practise it.' },
  { id: 'skills.advice.manager.2', role: 'manager', topic: 'skills', response: 'advice', text: 'Share how you learned it as one example and check it suits your member. Mention resources such as training or books.' },
  { id: 'skills.advice.member.1', role: 'member', topic: 'skills', response: 'advice', text: 'Be specific about which skill you want to build and where you are getting stuck now.' },
  { id: 'skills.advice.member.2', role: 'member', topic: 'skills', response: 'advice', text: 'Try one piece of advice before the next 1:1, and report what worked and what didn\'t.' },
  { id: 'skills.think-together.manager.1', role: 'manager', topic: 'skills', response: 'think-together', text: 'Ask questions and think together about how your member can level up the way they deliver results and contribute, through the current job.' },
  { id: 'skills.think-together.manager.2', role: 'manager', topic: 'skills', response: 'think-together', text: 'List ways to develop the skill together, and agree on one thing to try before the next 1:1.' },
  { id: 'skills.think-together.member.1', role: 'member', topic: 'skills', response: 'think-together', text: 'Recall one recent task that went well and one that didn\'t. Your strengths and room to grow will show.' },
  { id: 'skills.think-together.member.2', role: 'member', topic: 'skills', response: 'think-together', text: 'Think about what the current job can help you build, and align your view with your manager\'s.' },
  { id: 'skills.listen.manager.1', role: 'manager', topic: 'skills', response: 'listen', text: 'Even if you want to point out gaps, first take in your member\'s worries and sense of urgency.' },
  { id: 'skills.listen.manager.2', role: 'manager', topic: 'skills', response: 'listen', text: 'Ask which abilities your member wants to gain and why, and summarise back what you heard.' },
  { id: 'skills.listen.member.1', role: 'member', topic: 'skills', response: 'listen', text: 'Talk about how you feel right now as it is, such as feeling stuck or impatient.' },
  { id: 'skills.listen.member.2', role: 'member', topic: 'skills', response: 'listen', text: 'As you talk, sort out which abilities you actually want to develop.' },
  { id: 'skills.opinion.manager.1', role: 'manager', topic: 'skills', response: 'opinion', text: 'Give your honest view of your member\'s strengths and room to grow, citing specific situations. Keep facts and opinions separate.' },
  { id: 'skills.opinion.manager.2', role: 'manager', topic: 'skills', response: 'opinion', text: 'Share which skills the team and company will need going forward, then ask what your member thinks.' },
  { id: 'skills.opinion.member.1', role: 'member', topic: 'skills', response: 'opinion', text: 'Ask for an opinion on a specific situation, for example "How does the way I handle ... look to you?"' },
  { id: 'skills.opinion.member.2', role: 'member', topic: 'skills', response: 'opinion', text: 'From the opinions you heard, choose one thing to focus on next and tell your manager.' },
  { id: 'skills.report.manager.1', role: 'manager', topic: 'skills', response: 'report', text: 'Recognise what your member has learned and where they have grown, citing specific situations.' },
  { id: 'skills.report.manager.2', role: 'manager', topic: 'skills', response: 'report', text: 'Ask what they want to take on next, and check whether they need opportunities or support for it.' },
  { id: 'skills.report.member.1', role: 'member', topic: 'skills', response: 'report', text: 'Report what you learned and tried, and how your work changed as a result.' },
  { id: 'skills.report.member.2', role: 'member', topic: 'skills', response: 'report', text: 'If there was a moment you felt yourself grow, share it. Sharing results and growth with your manager leads to the next challenge.' },
] satisfies Hint[];
