/** `TaiwaDataError` and `toError` are in records.ts, which every widget loads anyway (import them from there). */
export { TaiwaDataError, toError } from './records.js';
