// The built-in topics (en). Trusted data: checked against the model's schemas by the tests, not at run time.
import type { Topic } from '../../schemas.js';

const topics: Topic[] = [
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
export default topics;
