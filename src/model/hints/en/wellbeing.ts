// Hint catalogue (en), the hints for the topic `wellbeing`. Data only: validated by the model's Hint schema in the tests.
import type { Hint } from '../../schemas.js';

export default [
  { id: 'wellbeing.advice.manager.1', role: 'manager', topic: 'wellbeing', response: 'advice', text: 'Don\'t press for details of physical or mental health; accept what your member is able to share. Then offer concrete steps such as adjusting workload or working style.' },
  { id: 'wellbeing.advice.manager.2', role: 'manager', topic: 'wellbeing', response: 'advice', text: 'Don\'t make medical judgements; point to company support such as the occupational physician or counselling service. Whether to use it is your member\'s choice.' },
  { id: 'wellbeing.advice.member.1', role: 'member', topic: 'wellbeing', response: 'advice', text: 'Share only what you are comfortable with. Noting since when and in which situations you feel strain leads to more concrete advice.' },
  { id: 'wellbeing.advice.member.2', role: 'member', topic: 'wellbeing', response: 'advice', text: 'If you would like your workload or way of working adjusted, say so specifically and without holding back.' },
  { id: 'wellbeing.think-together.manager.1', role: 'manager', topic: 'wellbeing', response: 'think-together', text: 'When looking for the causes of strain together, don\'t push into anything your member doesn\'t want to talk about.' },
  { id: 'wellbeing.think-together.manager.2', role: 'manager', topic: 'wellbeing', response: 'think-together', text: 'List together what could be adjusted, such as time off or how work is divided, and agree on a manageable next step. Also set a date to check in again.' },
  { id: 'wellbeing.think-together.member.1', role: 'member', topic: 'wellbeing', response: 'think-together', text: 'Think back on how your good days and bad days recently differed. It gives you both clues to work with.' },
  { id: 'wellbeing.think-together.member.2', role: 'member', topic: 'wellbeing', response: 'think-together', text: 'Try the measures you agreed on before the next 1:1, and talk then about how your health and mood changed.' },
  { id: 'wellbeing.listen.manager.1', role: 'manager', topic: 'wellbeing', response: 'listen', text: 'Don\'t rush to encourage or fix. Start with "thank you for telling me." Don\'t dig for details; let your member set the pace.' },
  { id: 'wellbeing.listen.manager.2', role: 'manager', topic: 'wellbeing', response: 'listen', text: 'Say that you won\'t share what you hear without consent. If it seems serious, consider connecting your member with company counselling or a specialist.' },
  { id: 'wellbeing.listen.member.1', role: 'member', topic: 'wellbeing', response: 'listen', text: 'You don\'t need to organise your thoughts. Put into words what you are feeling now, only as far as you want to.' },
  { id: 'wellbeing.listen.member.2', role: 'member', topic: 'wellbeing', response: 'listen', text: 'You don\'t have to talk about anything you\'d rather not. Decide for yourself where to draw the line on what you share.' },
  { id: 'wellbeing.opinion.manager.1', role: 'manager', topic: 'wellbeing', response: 'opinion', text: 'When giving your view, don\'t dismiss how your member is feeling. Separate what you have observed from your opinion, and give your reasons.' },
  { id: 'wellbeing.opinion.manager.2', role: 'manager', topic: 'wellbeing', response: 'opinion', text: 'Explain that the company values health and which support is available, then ask what your member would like to do.' },
  { id: 'wellbeing.opinion.member.1', role: 'member', topic: 'wellbeing', response: 'opinion', text: 'Narrow down what you want a view on, such as "Should I take time off?" or "Is my workload reasonable?"' },
  { id: 'wellbeing.opinion.member.2', role: 'member', topic: 'wellbeing', response: 'opinion', text: 'After hearing the opinion, the final decision is yours. Trust how your body and mind feel too.' },
  { id: 'wellbeing.report.manager.1', role: 'manager', topic: 'wellbeing', response: 'report', text: 'When your member reports on their health, first thank them for sharing. Keep to the details they choose to give.' },
  { id: 'wellbeing.report.manager.2', role: 'manager', topic: 'wellbeing', response: 'report', text: 'Confirm what has improved and which habits are working. Also ask whether they need support, such as adjusted work.' },
  { id: 'wellbeing.report.member.1', role: 'member', topic: 'wellbeing', response: 'report', text: 'Share early anything that might affect your work, as far as you are comfortable. You don\'t need to give details.' },
  { id: 'wellbeing.report.member.2', role: 'member', topic: 'wellbeing', response: 'report', text: 'Briefly report how the adjustments made last time have helped and how you are now. Mention any support you still need.' },
] satisfies Hint[];
