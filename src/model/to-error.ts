/** `toError` is in records.ts, which every widget loads anyway (import it from there). */
export { toError } from './records.js';
