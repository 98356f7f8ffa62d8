/** The REST adapter's HTTP failures: what went wrong, and whether it is worth trying again. */
import { TaiwaStorageError } from '../model/errors.js';

/** Why a request failed. `network`, `timeout`, `rate-limited` and `server` are worth retrying. */
export type HttpErrorCode = 'network' | 'timeout' | 'auth' | 'paused' | 'rate-limited' | 'server' | 'rejected';

/** A failed request: a `TaiwaStorageError` with the HTTP status and what the server said. */
export class TaiwaHttpError extends TaiwaStorageError {
  declare readonly code: HttpErrorCode;
  /** The HTTP status, 0 when no answer arrived. */
  readonly status: number;
  /** From `Retry-After`, in milliseconds. */
  readonly retryAfterMs: number | undefined;
  /** The server's problem details (RFC 9457), when it sent them. */
  readonly problem: { title?: string; detail?: string; field?: string; rule?: string } | undefined;
  constructor(
    code: HttpErrorCode,
    message: string,
    init: { status?: number; retryAfterMs?: number; problem?: TaiwaHttpError['problem']; cause?: unknown } = {},
  ) {
    super(code, message, init.cause);
    this.status = init.status ?? 0;
    this.retryAfterMs = init.retryAfterMs;
    this.problem = init.problem;
  }
  /** Whether sending the same request again may succeed. */
  get retryable(): boolean {
    return this.code === 'network' || this.code === 'timeout' || this.code === 'rate-limited' || this.code === 'server';
  }
}

/** `Retry-After` as milliseconds: delay-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}
