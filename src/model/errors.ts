/**
 * The kit's error types, in one place for hosts (`taiwa` exports them from here). Each lives in its
 * own module so a page loads only the ones its code can raise: `TaiwaDataError` (data-error.ts) and
 * `toError` come with every widget; the storage errors and their messages (storage-errors.ts) load
 * where a storage failure is handled.
 */
export { TaiwaDataError } from './data-error.js';
export { TaiwaBlockedError, TaiwaConflictError, TaiwaStorageError, storageErrorOf } from './storage-errors.js';
export { toError } from './data-error.js';
