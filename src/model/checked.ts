/** Whether the kit's own local adapter checked what it read: in records.ts, which every reader loads anyway. */
export { CHECKED_WITH, checkedRead, canReadChecked, plainQuery, MAX_ID, type CheckedAnswer, type CheckedReader } from './records.js';
