// Hint catalogue (en), the hints for the topic `private`. Data only: validated by the model's Hint schema in the tests.
import type { Hint } from '../../schemas.js';

export default [
  { id: 'private.advice.manager.1', role: 'manager', topic: 'private', response: 'advice', text: 'Stay within what your member wants to share and don\'t probe. Offer concrete adjustments that help balance it with work.' },
  { id: 'private.advice.manager.2', role: 'manager', topic: 'private', response: 'advice', text: 'Point to company policies that may help, such as leave or flexible working. Offer your own experience only as an example.' },
  { id: 'private.advice.member.1', role: 'member', topic: 'private', response: 'advice', text: 'Decide in advance how much you want to share. Focusing on what touches work, such as time constraints, makes for concrete advice.' },
  { id: 'private.advice.member.2', role: 'member', topic: 'private', response: 'advice', text: 'If you would like adjustments at work, such as working hours or time off, say so specifically.' },
  { id: 'private.think-together.manager.1', role: 'manager', topic: 'private', response: 'think-together', text: 'When thinking together about balancing personal life and work, stay within what your member has chosen to tell you.' },
  { id: 'private.think-together.manager.2', role: 'manager', topic: 'private', response: 'think-together', text: 'List together the options for adjusting how the work is done, and agree on an arrangement that is sustainable.' },
  { id: 'private.think-together.member.1', role: 'member', topic: 'private', response: 'think-together', text: 'Sort out which parts of your private situation might affect work, and what you would like.' },
  { id: 'private.think-together.member.2', role: 'member', topic: 'private', response: 'think-together', text: 'Try the adjustment you agreed on, and talk about how it is going at the next 1:1.' },
  { id: 'private.listen.manager.1', role: 'manager', topic: 'private', response: 'listen', text: 'With private matters, listen only to what your member wants to tell you. Don\'t pry or judge; listen with genuine interest.' },
  { id: 'private.listen.manager.2', role: 'manager', topic: 'private', response: 'listen', text: 'Sharing a little about yourself helps mutual understanding, but your member stays at the centre of the conversation.' },
  { id: 'private.listen.member.1', role: 'member', topic: 'private', response: 'listen', text: 'Share only what you want to. Even small talk helps you get to know each other.' },
  { id: 'private.listen.member.2', role: 'member', topic: 'private', response: 'listen', text: 'Try sharing a little about what matters to you outside work. Understanding each other\'s values builds a relationship where you can talk openly.' },
  { id: 'private.opinion.manager.1', role: 'manager', topic: 'private', response: 'opinion', text: 'If asked for your view, make clear it is only your personal opinion. In the end, respect your member\'s choice.' },
  { id: 'private.opinion.manager.2', role: 'manager', topic: 'private', response: 'opinion', text: 'Keep what you can say on behalf of the company (policies, flexible working) separate from your personal opinion.' },
  { id: 'private.opinion.member.1', role: 'member', topic: 'private', response: 'opinion', text: 'Narrow down what you want an opinion on. How much you share is up to you.' },
  { id: 'private.opinion.member.2', role: 'member', topic: 'private', response: 'opinion', text: 'Say whether you want your manager\'s view as a manager or as a person; it makes it easier for them to answer.' },
  { id: 'private.report.manager.1', role: 'manager', topic: 'private', response: 'report', text: 'Thank your member for telling you, and accept it within what they chose to share. Don\'t pass it on without their consent.' },
  { id: 'private.report.manager.2', role: 'manager', topic: 'private', response: 'report', text: 'Ask whether they need any consideration or adjustment at work, and act on it concretely if so.' },
  { id: 'private.report.member.1', role: 'member', topic: 'private', response: 'report', text: 'Report early any change that may affect work, such as a move or family plans, as far as you are comfortable.' },
  { id: 'private.report.member.2', role: 'member', topic: 'private', response: 'report', text: 'Make clear what you would like taken into account and what needs no special consideration.' },
] satisfies Hint[];
