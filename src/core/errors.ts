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

  constructor(init: { kind: string; recordId?: string | undefined; field?: string; reason: string; cause?: unknown }) {
    const where = [init.kind, init.recordId && `#${init.recordId}`, init.field && `.${init.field}`].filter(Boolean).join('');
    super(`${where}: ${init.reason}`, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.recordId = init.recordId;
    this.field = init.field ?? '';
    this.reason = init.reason;
  }
}

/** Any failure that is not bad data: storage unavailable, quota, network. */
export class TaiwaStorageError extends Error {
  override readonly name = 'TaiwaStorageError';
  /** A short machine-readable code: `unavailable`, `quota`, `blocked`, `network`, `timeout`, ... */
  readonly code: string;
  constructor(code: string, message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.code = code;
  }
}

/** Turns anything thrown into an Error that can be shown, without losing the original. */
export function toError(err: unknown): Error {
  return err instanceof Error ? err : new Error(String(err));
}
