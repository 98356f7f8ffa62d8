/**
 * The one error type for data that failed the model: it names the record, the field and the reason,
 * so a widget can show it and a host can log it. Kept free of zod so every widget can import it.
 * `toError` lives here too: every widget needs both, and each module is a file of its own on a page.
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
