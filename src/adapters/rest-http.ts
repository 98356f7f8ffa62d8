/** The REST adapter's HTTP failures: what went wrong, and whether it is worth trying again. */
import { TaiwaStorageError } from '../model/storage-errors.js';

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

/**
 * The error for a non-2xx answer: the server's problem details (RFC 9457) when the body has them,
 * and whether it is worth trying again. A 401 comes back as `auth`: the adapter pauses on it.
 */
export function httpFailure(method: string, path: string, res: Response, text: string): TaiwaHttpError {
  let problem: TaiwaHttpError['problem'];
  try {
    const p = JSON.parse(text) as unknown;
    if (p && typeof p === 'object') problem = p as TaiwaHttpError['problem'];
  } catch {
    problem = undefined;
  }
  const status = res.status;
  const said = problem?.detail ?? problem?.title ?? res.statusText;
  const init = { status, problem, retryAfterMs: parseRetryAfter(res.headers.get('retry-after')) };
  if (status === 401) return new TaiwaHttpError('auth', 'Your sign-in has expired; sign in again to continue.', init);
  if (status === 429) return new TaiwaHttpError('rate-limited', 'The server is busy; Taiwa will try again shortly.', init);
  if (status === 408) return new TaiwaHttpError('timeout', 'The server gave up waiting for the request.', init);
  if (status >= 500) return new TaiwaHttpError('server', `The server failed (${status}${said ? `: ${said}` : ''}).`, init);
  return new TaiwaHttpError('rejected', `The server refused ${method} ${path} (${status}${said ? `: ${said}` : ''}).`, init);
}
