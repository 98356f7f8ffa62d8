/** What the IndexedDB adapter loads (with zod/mini) to check a write, a person list or an unusual query. */
export { checkQuery, parseRecord } from '../model/validate.js';
export { checkPeople } from './people-check.js';
