/** What the IndexedDB adapter loads (with zod/mini) to check a write, a person list or an unusual query (and to filter by it). */
export { checkQuery, parseRecord } from '../model/validate.js';
export { checkPeople } from './people-check.js';
export { matches } from './matches.js';
