// Hint catalogue (en), the hints for the topic `work`. Data only: validated by the model's Hint schema in the tests.
import type { Hint } from '../../schemas.js';

export default [
  { id: 'work.advice.manager.1', role: 'manager', topic: 'work', response: 'advice', text: 'Check the situation and where things are stuck, then suggest a concrete next step. Getting down to "what to do first tomorrow" makes it easy to act on.' },
  { id: 'work.advice.manager.2', role: 'manager', topic: 'work', response: 'advice', text: 'Share your own experience as one option among several, along with the background and intent of the work. Then check that the approach suits your member.' },
  { id: 'work.advice.member.1', role: 'member', topic: 'work', response: 'advice', text: 'Note down your progress and where you are stuck beforehand. If you can say in one sentence what you want advice on, the conversation gets concrete.' },
  { id: 'work.advice.member.2', role: 'member', topic: 'work', response: 'advice', text: 'Pick one piece of advice and say, "I\'ll try this before our next 1:1 and report back on how it went."' },
  { id: 'work.think-together.manager.1', role: 'manager', topic: 'work', response: 'think-together', text: 'Ask what your member wants to be particular about or change in how the work is done, and list the possible approaches together.' },
  { id: 'work.think-together.manager.2', role: 'manager', topic: 'work', response: 'think-together', text: 'Share the background and mid- to long-term aim of the work, then decide together which option to go with and what the next step is.' },
  { id: 'work.think-together.member.1', role: 'member', topic: 'work', response: 'think-together', text: 'Bring the problem and at least one idea of your own. A rough draft makes it easier to think it through together.' },
  { id: 'work.think-together.member.2', role: 'member', topic: 'work', response: 'think-together', text: 'Speak with yourself as the subject ("I want to approach it this way"), and confirm the next step you agreed on and when you will review it.' },
  { id: 'work.listen.manager.1', role: 'manager', topic: 'work', response: 'listen', text: 'Even if you want to offer solutions or instructions, listen to the end first. At natural pauses, summarise back: "So what you mean is ..."' },
  { id: 'work.listen.manager.2', role: 'manager', topic: 'work', response: 'listen', text: 'Ask what your member values in how they work and what is bothering them. Hold back evaluation and corrections this time.' },
  { id: 'work.listen.member.1', role: 'member', topic: 'work', response: 'listen', text: 'Talk about what is on your mind or feels off, even if you can\'t put it into words well. Saying "today I\'d just like you to listen" at the start helps.' },
  { id: 'work.listen.member.2', role: 'member', topic: 'work', response: 'listen', text: 'As you talk, sort out what you care about in your work and what is frustrating you. Note down anything you realise.' },
  { id: 'work.opinion.manager.1', role: 'manager', topic: 'work', response: 'opinion', text: 'Give your honest view of how the work is being done, with your reasons. Separating facts from your opinion makes it easier to take in.' },
  { id: 'work.opinion.manager.2', role: 'manager', topic: 'work', response: 'opinion', text: 'Explain what the company and team expect from this work, then ask, "What do you think?"' },
  { id: 'work.opinion.member.1', role: 'member', topic: 'work', response: 'opinion', text: 'Narrow down what you want an opinion on (approach, priorities, quality and so on) and share your own thinking when you ask.' },
  { id: 'work.opinion.member.2', role: 'member', topic: 'work', response: 'opinion', text: 'If part of the opinion doesn\'t convince you, ask why. It will show you the intent of the work behind the opinion.' },
  { id: 'work.report.manager.1', role: 'manager', topic: 'work', response: 'report', text: 'Listen to the whole report and start by acknowledging the effort. Name specifically what is going well.' },
  { id: 'work.report.manager.2', role: 'manager', topic: 'work', response: 'report', text: 'After the report, ask, "Is there anything you need support with?" If you have concerns, hear your member\'s own assessment before pointing them out.' },
  { id: 'work.report.member.1', role: 'member', topic: 'work', response: 'report', text: 'Split your notes into progress, what is going well and concerns. It gets the message across quickly.' },
  { id: 'work.report.member.2', role: 'member', topic: 'work', response: 'report', text: 'At the end of your report, say clearly if there is support or a decision you need from your manager.' },
] satisfies Hint[];
