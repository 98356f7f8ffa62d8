// Hint catalogue (en), the hints for the topic `relationships`. Data only: validated by the model's Hint schema in the tests.
import type { Hint } from '../../schemas.js';

export default [
  { id: 'relationships.advice.manager.1', role: 'manager', topic: 'relationships', response: 'advice', text: 'Stay neutral: don\'t judge individuals or take sides. Then suggest concrete actions your member can take.' },
  { id: 'relationships.advice.manager.2', role: 'manager', topic: 'relationships', response: 'advice', text: 'Share your own experience of how to communicate or engage as one example, and check it suits your member. Mention anything you can do yourself.' },
  { id: 'relationships.advice.member.1', role: 'member', topic: 'relationships', response: 'advice', text: 'Rather than who is to blame, sort out beforehand what happened in which situation and what you want to do about it.' },
  { id: 'relationships.advice.member.2', role: 'member', topic: 'relationships', response: 'advice', text: 'Pick one piece of advice, try it before the next 1:1, and talk then about how things changed with the other person.' },
  { id: 'relationships.think-together.manager.1', role: 'manager', topic: 'relationships', response: 'think-together', text: 'Think it through together with questions like "How might this look from their side?" Stay neutral and focus on widening the view.' },
  { id: 'relationships.think-together.manager.2', role: 'manager', topic: 'relationships', response: 'think-together', text: 'Lay out together the ways your member could approach the relationship, and agree on a first step to try.' },
  { id: 'relationships.think-together.member.1', role: 'member', topic: 'relationships', response: 'think-together', text: 'Note the situation in two parts: what actually happened, and how you took it. That gives you both something to work with.' },
  { id: 'relationships.think-together.member.2', role: 'member', topic: 'relationships', response: 'think-together', text: 'Focus on how you can engage rather than on changing the other person. Review the step you chose next time.' },
  { id: 'relationships.listen.manager.1', role: 'manager', topic: 'relationships', response: 'listen', text: 'Talking about a relationship problem can itself bring relief. Neither agree nor disagree; take in how your member feels and listen.' },
  { id: 'relationships.listen.manager.2', role: 'manager', topic: 'relationships', response: 'listen', text: 'Promise not to pass on what you hear without your member\'s consent. Ask what they hope for: "What would make this easier for you?"' },
  { id: 'relationships.listen.member.1', role: 'member', topic: 'relationships', response: 'listen', text: 'Besides frustrations with the other person, try to put into words how you feel and what you are struggling with.' },
  { id: 'relationships.listen.member.2', role: 'member', topic: 'relationships', response: 'listen', text: 'If you just want to be heard, say "today I\'d just like you to listen" at the start, so you can talk freely.' },
  { id: 'relationships.opinion.manager.1', role: 'manager', topic: 'relationships', response: 'opinion', text: 'Even when asked, avoid judging individuals or passing on gossip. Give your honest view of the situation and ways of engaging, with your reasons.' },
  { id: 'relationships.opinion.manager.2', role: 'manager', topic: 'relationships', response: 'opinion', text: 'Separate facts from guesses when giving your view, and ask, "How are you taking it?"' },
  { id: 'relationships.opinion.member.1', role: 'member', topic: 'relationships', response: 'opinion', text: 'Ask for opinions on your own actions, such as "How did my response come across?" to get concrete answers.' },
  { id: 'relationships.opinion.member.2', role: 'member', topic: 'relationships', response: 'opinion', text: 'After hearing the opinion, check where it differs from your view. It can open up another perspective.' },
  { id: 'relationships.report.manager.1', role: 'manager', topic: 'relationships', response: 'report', text: 'If things are going well, recognise your member\'s efforts specifically; if it is a difficulty, first accept the situation as it is.' },
  { id: 'relationships.report.manager.2', role: 'manager', topic: 'relationships', response: 'report', text: 'After the report, ask, "Is there any support I can give?" Also judge whether it is something the workplace needs to address.' },
  { id: 'relationships.report.member.1', role: 'member', topic: 'relationships', response: 'report', text: 'Report, based on facts, what happened when you tried what you discussed last time and how the relationship has changed.' },
  { id: 'relationships.report.member.2', role: 'member', topic: 'relationships', response: 'report', text: 'At the end of your report, say whether you just want your manager to know or want them to do something.' },
] satisfies Hint[];
