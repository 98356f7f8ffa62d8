// A copy of the whole English catalogue (catalog/en/*.ts), for a class that shows sections it does not
// carry (a host's widget without `static catalogs`; catalog-sections.ts). A copy, not imports: a section
// module both static in a page and behind this file's import() would become a file of its own on every
// page. test/model/catalog-english-copy.test.ts keeps it equal to the sections.
import type { Catalog } from '../schemas.js';

const topics: Catalog['topics'] = [
  { id: 'work', label: 'Progress and ways of working', description: 'How the work is going, what you want to hold on to or change' },
  { id: 'relationships', label: 'Relationships', description: 'Something on your mind about the team or the people around you' },
  { id: 'wellbeing', label: 'Physical and mental condition', description: 'How you feel, your health, the load of the way you work' },
  { id: 'career', label: 'Future career', description: 'What you want to achieve, who you want to become, and how to get closer' },
  { id: 'skills', label: 'Skills and growth', description: 'How your current work can help you grow your abilities' },
  { id: 'private', label: 'Personal life', description: 'Something outside work that you would like your manager to know' },
  {
    id: 'policy',
    label: 'Company and department direction',
    description: 'The background and intent of a policy, and how it connects to your work',
  },
  {
    id: 'free',
    label: 'Something on my mind',
    description: 'Whatever matters to you now, even before it has words; give it a title of your own',
  },
];

const responses: Catalog['responses'] = [
  { id: 'advice', label: 'Give me concrete advice', description: 'Your manager suggests concrete steps from their own experience' },
  {
    id: 'think-together',
    label: 'Think it through with me',
    description: 'Your manager asks questions and works out options and a next step with you',
  },
  { id: 'listen', label: 'Just listen', description: 'Your manager listens to the end and takes it in without rushing to a solution' },
  { id: 'opinion', label: 'Tell me what you think', description: 'Your manager tells you frankly what they think, and why' },
  {
    id: 'report',
    label: "I'd like to give an update",
    description: 'Your manager takes in your update, confirms what goes well and asks what support you need',
  },
];

const levels: Catalog['levels'] = [
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

export default { locale: 'en' as const, topics, responses, levels };
