/** `toError` is in data-error.ts, which every widget loads anyway. */
export { toError } from './data-error.js';
