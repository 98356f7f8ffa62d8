/**
 * The one error type for data that failed the model, and `toError`. A module of its own because the
 * read path (through records.ts, which re-exports both) and the halves that load after it
 * (validation, the guard's rest, the adapters' writes) all need the one class: every other part of
 * records.ts stays in the page's own chunk.
 */

/**
 * The one error type for data that failed the model: it names the record, the field and the reason,
 * so a widget can show it and a host can log it. Kept free of zod so every widget can import it.
 */
export class TaiwaDataError extends Error {
  override readonly name = 'TaiwaDataError';
  /** The record kind (`agenda`, `catalog`, ...) the bad value belongs to. */
  readonly kind: string;
  /** The record's id when it had a readable one. */
  readonly recordId: string | undefined;
  /** Dotted path of the first bad field (`topics.2.label`), empty for the value as a whole. */
  readonly field: string;
  /** Why the value was refused. */
  readonly reason: string;
  /** How many bad values this error stands for: 1, or the count of a summary of a whole answer. */
  readonly count: number;
  /** For a summary: the first few bad values' own errors (at most 5), for developers. */
  readonly examples: readonly TaiwaDataError[];

  constructor(init: {
    kind: string;
    recordId?: string | undefined;
    field?: string;
    reason: string;
    cause?: unknown;
    count?: number;
    examples?: readonly TaiwaDataError[];
  }) {
    const where = [init.kind, init.recordId && `#${init.recordId}`, init.field && `.${init.field}`].filter(Boolean).join('');
    super(`${where}: ${init.reason}`, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.recordId = init.recordId;
    this.field = init.field ?? '';
    this.reason = init.reason;
    this.count = init.count ?? 1;
    this.examples = init.examples ?? [];
  }
}

/** Turns anything thrown into an Error that can be shown, without losing the original. */
export function toError(err: unknown): Error {
  return err instanceof Error ? err : new Error(String(err));
}
