/**
 * Validation at the seam: turns zod issues into `TaiwaDataError`s that name the record, the field and
 * the reason. Loaded lazily by the widgets (it pulls in zod/mini), eagerly by the adapters.
 */
import type * as z from 'zod/mini';
import { TaiwaDataError } from './errors.js';
import { recordSchemas } from './schemas.js';
import type { RecordKind, RecordMap } from './records.js';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: TaiwaDataError };

function idOf(value: unknown): string | undefined {
  if (value && typeof value === 'object' && 'id' in value) {
    const id = (value as { id: unknown }).id;
    if (typeof id === 'string' || typeof id === 'number') return String(id).slice(0, 128);
  }
  return undefined;
}

/** Parses `value` with `schema`; on failure names the first bad field. */
export function parseWith<T>(schema: z.ZodMiniType<T>, kind: string, value: unknown): Parsed<T> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  return {
    ok: false,
    error: new TaiwaDataError({
      kind,
      recordId: idOf(value),
      field: issue ? issue.path.map(String).join('.') : '',
      reason: issue ? issue.message : 'invalid value',
      cause: result.error,
    }),
  };
}

export function isRecordKind(kind: unknown): kind is RecordKind {
  return typeof kind === 'string' && Object.hasOwn(recordSchemas, kind);
}

export function parseRecord<K extends RecordKind>(kind: K, value: unknown): Parsed<RecordMap[K]> {
  if (!isRecordKind(kind)) {
    return { ok: false, error: new TaiwaDataError({ kind: String(kind), recordId: idOf(value), reason: 'unknown record kind' }) };
  }
  return parseWith(recordSchemas[kind] as unknown as z.ZodMiniType<RecordMap[K]>, kind, value);
}

/** Splits a list from a backend into the records that passed and an error for each that did not. */
export function parseRecords<K extends RecordKind>(
  kind: K,
  values: unknown,
): { records: RecordMap[K][]; errors: TaiwaDataError[] } {
  const records: RecordMap[K][] = [];
  const errors: TaiwaDataError[] = [];
  if (!Array.isArray(values)) {
    errors.push(new TaiwaDataError({ kind, reason: `expected a list of ${kind} records, got ${describe(values)}` }));
    return { records, errors };
  }
  for (const value of values) {
    const parsed = parseRecord(kind, value);
    if (parsed.ok) records.push(parsed.value);
    else errors.push(parsed.error);
  }
  return { records, errors };
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : typeof value;
}
