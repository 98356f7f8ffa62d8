/** What the guard loads (with zod/mini) once an unchecked value crosses the seam. */
export { parseRecord, parseRecordsInSlices, parseWith, summarize } from '../model/validate.js';
export { Person } from '../model/schemas.js';
export { insightSchemas } from '../model/insights.js';
