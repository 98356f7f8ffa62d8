/** `toError` is in data-error.ts, with `TaiwaDataError` (import it from there). */
export { toError } from './data-error.js';
