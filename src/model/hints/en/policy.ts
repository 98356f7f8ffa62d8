// Hint catalogue (en), the hints for the topic `policy`. Data only: validated by the model's Hint schema in the tests.
import type { Hint } from '../../schemas.js';

export default [
  { id: 'policy.advice.manager.1', role: 'manager', topic: 'policy', response: 'advice', text: 'Explain the background, intent and mid- to long-term aim of the policy in your own words, then show concretely what it changes in your member\'s work.' },
  { id: 'policy.advice.manager.2', role: 'manager', topic: 'policy', response: 'advice', text: 'Don\'t gloss over what you don\'t know yourself; promise to check with your own manager and report back next time.' },
  { id: 'policy.advice.member.1', role: 'member', topic: 'policy', response: 'advice', text: 'Note beforehand which parts of the policy are unclear to you and how they relate to your work.' },
  { id: 'policy.advice.member.2', role: 'member', topic: 'policy', response: 'advice', text: 'Ask specifically, "Under this policy, what should I prioritise in my work?"' },
  { id: 'policy.think-together.manager.1', role: 'manager', topic: 'policy', response: 'think-together', text: 'Convey the purpose and policy as you have digested them, and explore together how they overlap with your member\'s work and career.' },
  { id: 'policy.think-together.manager.2', role: 'manager', topic: 'policy', response: 'think-together', text: 'List together what the team can do so that you, your member and the company pull in the same direction, and decide the next step.' },
  { id: 'policy.think-together.member.1', role: 'member', topic: 'policy', response: 'think-together', text: 'Before the 1:1, think about how your career and your department\'s mission, vision and values overlap.' },
  { id: 'policy.think-together.member.2', role: 'member', topic: 'policy', response: 'think-together', text: 'Bring your questions about the policy and your own ideas for how it could work better.' },
  { id: 'policy.listen.manager.1', role: 'manager', topic: 'policy', response: 'listen', text: 'If doubts or unease about the policy come up, don\'t try to persuade straight away; listen to the end.' },
  { id: 'policy.listen.manager.2', role: 'manager', topic: 'policy', response: 'listen', text: 'Ask what your member values that makes them feel uneasy, and summarise it back. Offer to pass it upward if needed.' },
  { id: 'policy.listen.member.1', role: 'member', topic: 'policy', response: 'listen', text: 'Speak frankly about what in the policy doesn\'t make sense to you or doesn\'t feel right.' },
  { id: 'policy.listen.member.2', role: 'member', topic: 'policy', response: 'listen', text: 'Try connecting your unease to what you want to value in your work.' },
  { id: 'policy.opinion.manager.1', role: 'manager', topic: 'policy', response: 'opinion', text: 'Say honestly how you yourself take the policy, with your reasons. Keep the company\'s explanation separate from your own view.' },
  { id: 'policy.opinion.manager.2', role: 'manager', topic: 'policy', response: 'opinion', text: 'Consider where the company\'s needs and your member\'s aspirations overlap, and convey both that you care about them and what you expect.' },
  { id: 'policy.opinion.member.1', role: 'member', topic: 'policy', response: 'opinion', text: 'Ask how your manager personally sees the policy.' },
  { id: 'policy.opinion.member.2', role: 'member', topic: 'policy', response: 'opinion', text: 'Also ask what your manager\'s own managers think about it.' },
  { id: 'policy.report.manager.1', role: 'manager', topic: 'policy', response: 'report', text: 'When your member reports on work in line with the policy, recognise it by saying specifically how it connects to the company\'s direction.' },
  { id: 'policy.report.manager.2', role: 'manager', topic: 'policy', response: 'report', text: 'Ask what is getting in the way of carrying out the policy and what support is needed. Pass frontline feedback upward when needed.' },
  { id: 'policy.report.member.1', role: 'member', topic: 'policy', response: 'report', text: 'Report what you did in response to the policy, and the results and issues.' },
  { id: 'policy.report.member.2', role: 'member', topic: 'policy', response: 'report', text: 'If you see gaps between the policy and what happens on the ground, report them with concrete facts.' },
] satisfies Hint[];
