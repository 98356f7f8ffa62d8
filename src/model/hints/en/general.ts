// Hint catalogue (en), the general hints (no topic). Data only: validated by the model's Hint schema in the tests.
import type { Hint } from '../../schemas.js';

export default [
  { id: 'general.manager.1', role: 'manager', text: 'Read the topic and response your member chose carefully, and imagine the background behind them before the 1:1.' },
  { id: 'general.manager.2', role: 'manager', text: 'Even for topics and responses you are good at, read the hints to do even better.' },
  { id: 'general.manager.3', role: 'manager', text: 'Encourage your member to choose the topics, and occasionally set a topic yourself.' },
  { id: 'general.manager.4', role: 'manager', text: 'After the 1:1, reflect using your own impressions and your member\'s satisfaction, and decide what to be mindful of next time.' },
  { id: 'general.manager.5', role: 'manager', text: 'Even if you cannot solve it, first take your member\'s worry to heart sincerely and respect their wishes as far as you can.' },
  { id: 'general.manager.6', role: 'manager', text: 'Think about how it fits with the company\'s needs, let your member know you have their interests at heart, and share your expectations too.' },
  { id: 'general.manager.7', role: 'manager', text: 'Make the company\'s purpose and policies your own and explain them with conviction.' },
  { id: 'general.manager.8', role: 'manager', text: 'Even if it can\'t be solved, start by sharing what each of you is thinking. Finding there is nothing to talk about is a discovery too.' },
  { id: 'general.manager.9', role: 'manager', text: 'Use the 1:1 to explore how you, your member and the company can all pull in the same direction.' },
  { id: 'general.manager.10', role: 'manager', text: 'A 1:1 is your member\'s time. Make sure your member does most of the talking.' },
  { id: 'general.manager.11', role: 'manager', text: 'Discuss the mission, vision and values in your own 1:1s with your managers too, and share what you learn with your team when needed.' },
  { id: 'general.member.1', role: 'member', text: 'Choose topics such as your career or company and department direction, imagine how you would like your manager to engage, and pick the response accordingly.' },
  { id: 'general.member.2', role: 'member', text: 'If something worries you, organise it in a memo, read the hints, and try to keep at least one of them in mind.' },
  { id: 'general.member.3', role: 'member', text: 'Decide when you will talk about the same theme again, and put it in the calendar.' },
  { id: 'general.member.4', role: 'member', text: 'Be aware of your worries and what you want to do, and say what you really think honestly.' },
  { id: 'general.member.5', role: 'member', text: 'Think about how your own career and your department\'s mission, vision and values can go together and where they overlap.' },
  { id: 'general.member.6', role: 'member', text: 'Ask for your manager\'s view, and for the view of your manager\'s manager too.' },
  { id: 'general.member.7', role: 'member', text: 'Try looking a little further ahead.' },
  { id: 'general.member.8', role: 'member', text: 'A 1:1 is your time. Feel free to bring up vague concerns or things that don\'t feel right.' },
] satisfies Hint[];
