// The built-in responses (en). Trusted data: checked against the model's schemas by the tests, not at run time.
import type { ResponseStyle } from '../../schemas.js';

const responses: ResponseStyle[] = [
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
export default responses;
