/**
 * Validation at the seam: turns zod issues into `TaiwaDataError`s that name the record, the field and
 * the reason. Loaded lazily by the widgets (it pulls in zod/mini), eagerly by the adapters.
 */
import type * as z from 'zod/mini';
import { TaiwaDataError } from './data-error.js';
import { RecordQuerySchema, recordSchemas } from './schemas.js';
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

/** Throws the `TaiwaDataError` every adapter gives for a malformed query (RecordQuerySchema). */
export function checkQuery(kind: string, query: unknown): void {
  const parsed = parseWith(RecordQuerySchema, `${kind} query`, query ?? {});
  if (!parsed.ok) throw parsed.error;
}

/** How many bad values a summary keeps as `examples`; all of them are counted. */
export const ERROR_EXAMPLES = 5;

/**
 * Sorts the values of one answer into records and a bounded account of the bad ones: the first
 * `ERROR_EXAMPLES` with their own errors, the rest only counted (checked without building an error).
 */
class Sorter<K extends RecordKind> {
  readonly records: RecordMap[K][] = [];
  readonly examples: TaiwaDataError[] = [];
  bad = 0;
  private readonly schema: z.ZodMiniType<RecordMap[K]>;
  private readonly required: string[] = [];
  private readonly refused: string[] = [];
  constructor(readonly kind: K) {
    this.schema = recordSchemas[kind] as unknown as z.ZodMiniType<RecordMap[K]>;
    const shape = (this.schema._zod.def as unknown as { shape: Record<string, z.ZodMiniType> }).shape;
    for (const [name, field] of Object.entries(shape)) {
      if (field._zod.optin !== 'optional') this.required.push(name);
      else if ((field._zod.def as { innerType?: z.ZodMiniType }).innerType?._zod.def.type === 'never') this.refused.push(name);
    }
  }
  /** A cheap look that refuses only what zod would refuse too: not an object, a required field missing, a refused one there. */
  private hopeless(value: unknown): boolean {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return true;
    const v = value as Record<string, unknown>;
    return this.required.some((k) => v[k] === undefined) || this.refused.some((k) => v[k] !== undefined);
  }
  add(value: unknown): void {
    if (this.examples.length < ERROR_EXAMPLES) {
      const parsed = parseRecord(this.kind, value);
      if (parsed.ok) return void this.records.push(parsed.value);
      this.examples.push(parsed.error);
      this.bad++;
      return;
    }
    // Only counted from here: a value the cheap look refuses fails without asking zod.
    const result = this.hopeless(value) ? undefined : this.schema.safeParse(value);
    if (result?.success) this.records.push(result.data);
    else this.bad++;
  }
  result(): { records: RecordMap[K][]; errors: TaiwaDataError[] } {
    return { records: this.records, errors: summarize(this.kind, this.bad, this.examples) };
  }
}

/**
 * One error for `count` bad values of `kind`, never one per value: the value's own error when there
 * is one, else "312 agenda records could not be read; first: …" with the first few as `examples`.
 */
export function summarize(kind: string, count: number, examples: readonly TaiwaDataError[]): TaiwaDataError[] {
  if (count === 0) return [];
  if (count === 1 && examples[0]) return [examples[0]];
  const first = examples[0] ? `; first: ${examples[0].message}` : '';
  return [new TaiwaDataError({ kind, reason: `${count} ${kind} records could not be read${first}`, count, examples: examples.slice(0, ERROR_EXAMPLES) })];
}

function notAList(kind: string, values: unknown): TaiwaDataError {
  return new TaiwaDataError({ kind, reason: `expected a list of ${kind} records, got ${describe(values)}` });
}

/**
 * Splits a list from a backend into the records that passed and at most one error for those that did
 * not (see `summarize`). For a long answer prefer `parseRecordsInSlices`, which leaves the page free.
 */
export function parseRecords<K extends RecordKind>(kind: K, values: unknown): { records: RecordMap[K][]; errors: TaiwaDataError[] } {
  if (!Array.isArray(values)) return { records: [], errors: [notAList(kind, values)] };
  const sorter = new Sorter(kind);
  for (const value of values) sorter.add(value);
  return sorter.result();
}

/** Lets the page handle input and paint: `scheduler.yield()` where there is one, else a macrotask. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * `parseRecords` in slices of about `sliceMs` (6) of work (by elapsed time, not by count, so a busy
 * machine makes the slices smaller, not longer), yielding to the page between them: an answer of
 * 300,000 bad entries never blocks the page for long.
 */
export async function parseRecordsInSlices<K extends RecordKind>(
  kind: K,
  values: unknown,
  {
    sliceMs = 6,
    now = () => performance.now(),
    pause = yieldToPage,
  }: { sliceMs?: number; /** The clock slices are measured on. */ now?: () => number; /** How a slice gives way. */ pause?: () => Promise<void> } = {},
): Promise<{ records: RecordMap[K][]; errors: TaiwaDataError[] }> {
  if (!Array.isArray(values)) return { records: [], errors: [notAList(kind, values)] };
  const sorter = new Sorter(kind);
  let sliceStart = now();
  for (let i = 0; i < values.length; i++) {
    sorter.add(values[i]);
    if ((i & 15) === 15 && now() - sliceStart >= sliceMs) {
      await pause();
      sliceStart = now();
    }
  }
  return sorter.result();
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : typeof value;
}
