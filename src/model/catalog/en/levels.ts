// The built-in levels (en). Trusted data: checked against the model's schemas by the tests, not at run time.
import type { CommunicationLevel } from '../../schemas.js';

const levels: CommunicationLevel[] = [
  {
    level: 1,
    label: 'More communication',
    description: 'Building trust through more communication',
    next: 'Hold 1:1s regularly and simply make more occasions to talk.',
  },
  {
    level: 2,
    label: 'Self-disclosure',
    description: 'Building mutual understanding through self-disclosure',
    next: 'Share what you value at work, what you disliked, and your past experience with each other.',
  },
  {
    level: 3,
    label: 'Confirming what goes well',
    description: 'Raising motivation by confirming what goes well',
    next: 'Put what is going well into words and confirm it together.',
  },
  {
    level: 4,
    label: 'Questions and feedback',
    description: 'Gaining new learning and insight through questions and feedback',
    next: 'Look for new insight in questions and feedback.',
  },
  {
    level: 5,
    label: 'Trying new actions',
    description: 'Trying new actions based on what was learned',
    next: 'Agree "try this before our next 1:1 and let\'s talk again", and turn insight into action.',
  },
  { level: 6, label: 'Results and growth', description: 'Feeling results and growth, and sharing them with the manager' },
];
export default levels;
