// Hint catalogue (en), the hints for the topic `career`. Data only: validated by the model's Hint schema in the tests.
import type { Hint } from '../../schemas.js';

export default [
  { id: 'career.advice.manager.1', role: 'manager', topic: 'career', response: 'advice', text: 'Confirm what your member wants to achieve, then point to concrete next steps: experience, skills or opportunities in the company.' },
  { id: 'career.advice.manager.2', role: 'manager', topic: 'career', response: 'advice', text: 'Share your own career as one example, without pushing it. Show how it connects to what the current job can build.' },
  { id: 'career.advice.member.1', role: 'member', topic: 'career', response: 'advice', text: 'Write down, even roughly, where you want to be in three or five years. Looking that far ahead makes the advice concrete.' },
  { id: 'career.advice.member.2', role: 'member', topic: 'career', response: 'advice', text: 'Say specifically, "Next I want to work on ..." or "I want to contribute through ...", and ask what you can start doing now.' },
  { id: 'career.think-together.manager.1', role: 'manager', topic: 'career', response: 'think-together', text: 'Ask "Where would you like to be in a few years?" and help your member put into words what they want to achieve.' },
  { id: 'career.think-together.manager.2', role: 'manager', topic: 'career', response: 'think-together', text: 'Work out together how what the current job builds links to where your member is heading, and decide what to try before the next 1:1.' },
  { id: 'career.think-together.member.1', role: 'member', topic: 'career', response: 'think-together', text: 'Look back on what felt rewarding in your work so far and what you disliked. It gives you both material to think with.' },
  { id: 'career.think-together.member.2', role: 'member', topic: 'career', response: 'think-together', text: 'Think about where your career and your department\'s mission, vision and values overlap, and talk it over with your manager.' },
  { id: 'career.listen.manager.1', role: 'manager', topic: 'career', response: 'listen', text: 'With career topics it is tempting to advise or judge straight away. Listen to the end first, then summarise back: "So ... really matters to you."' },
  { id: 'career.listen.manager.2', role: 'manager', topic: 'career', response: 'listen', text: 'Ask what your member wants to value in their work, and accept their doubts and wavering as they are. There is no need to rush to a conclusion.' },
  { id: 'career.listen.member.1', role: 'member', topic: 'career', response: 'listen', text: 'It\'s fine if your thoughts aren\'t settled yet. Put what you want to do and what worries you into words as they are.' },
  { id: 'career.listen.member.2', role: 'member', topic: 'career', response: 'listen', text: 'Afterwards, note what you realised while talking. It will help you think further next time.' },
  { id: 'career.opinion.manager.1', role: 'manager', topic: 'career', response: 'opinion', text: 'Give your honest view of your member\'s strengths and potential, with your reasons. Share what the company expects as well.' },
  { id: 'career.opinion.manager.2', role: 'manager', topic: 'career', response: 'opinion', text: 'Make clear that your view is only one perspective, and ask, "What do you think yourself?"' },
  { id: 'career.opinion.member.1', role: 'member', topic: 'career', response: 'opinion', text: 'Make your question specific, for example "Where do you think my strengths lie?"' },
  { id: 'career.opinion.member.2', role: 'member', topic: 'career', response: 'opinion', text: 'Besides your manager\'s view, ask how your manager\'s manager and the company see your career.' },
  { id: 'career.report.manager.1', role: 'manager', topic: 'career', response: 'report', text: 'When your member reports on steps toward their career, first recognise the attempt itself. Name specifically where they are growing.' },
  { id: 'career.report.manager.2', role: 'manager', topic: 'career', response: 'report', text: 'After the report, ask what support or opportunities would help next, and set a date to talk about the same theme again.' },
  { id: 'career.report.member.1', role: 'member', topic: 'career', response: 'report', text: 'Report what you have worked on since the last 1:1 and what you learned from it.' },
  { id: 'career.report.member.2', role: 'member', topic: 'career', response: 'report', text: 'If your career wishes have changed, report that too. It helps your manager think about opportunities for you.' },
] satisfies Hint[];
