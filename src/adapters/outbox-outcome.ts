/**
 * What a failed delivery means, and when to try again: the outbox's decisions, as pure functions.
 */
import { TaiwaDataError } from '../model/data-error.js';
import type { EntryError } from '../model/outbox.js';

export type Outcome =
  | { type: 'sent'; revision?: string }
  | { type: 'release' }
  | { type: 'retry'; error: EntryError; retryAfterMs?: number }
  | { type: 'pause'; error: EntryError }
  | { type: 'attention'; error: EntryError; theirs?: { record: unknown; revision?: string } };

/** What went wrong, in the fields the status and the member's review show. */
export function describeError(err: unknown): EntryError {
  const e = err as {
    code?: unknown;
    message?: unknown;
    status?: unknown;
    problem?: { field?: string; rule?: string; detail?: string };
  } | null;
  const out: EntryError = {
    code: typeof e?.code === 'string' ? e.code : 'failed',
    message: typeof e?.message === 'string' ? e.message : String(err),
  };
  if (typeof e?.status === 'number' && e.status > 0) out.status = e.status;
  if (err instanceof TaiwaDataError && err.field) out.field = err.field;
  if (e?.problem?.field) out.field = e.problem.field;
  if (e?.problem?.rule) out.rule = e.problem.rule;
  if (typeof e?.problem?.detail === 'string') out.detail = e.problem.detail.slice(0, 500);
  else if (err instanceof TaiwaDataError) out.detail = err.reason;
  return out;
}

/** What to do after a failed delivery: retry later, wait for sign-in, or ask the member. */
export function classify(err: unknown): Outcome {
  const error = describeError(err);
  if (err instanceof TaiwaDataError) return { type: 'attention', error };
  switch (error.code) {
    case 'auth':
    case 'paused':
      return { type: 'pause', error };
    case 'rejected':
      return { type: 'attention', error };
    case 'conflict': {
      // Both versions are kept: the member's write, and the stored one it would have replaced.
      const c = err as { current?: unknown; revision?: unknown };
      const theirs = typeof c.revision === 'string' ? { record: c.current, revision: c.revision } : { record: c.current };
      return { type: 'attention', error, theirs };
    }
    default: {
      // network, timeout, rate-limited, server, a local adapter's storage failure, or anything
      // unknown: keep it and try again; a member's words are never dropped.
      const retryAfterMs = (err as { retryAfterMs?: unknown } | null)?.retryAfterMs;
      return typeof retryAfterMs === 'number' ? { type: 'retry', error, retryAfterMs } : { type: 'retry', error };
    }
  }
}

/** Failures of a read that mean "the backend is out of reach", not "the data is wrong". */
const UNREACHABLE = new Set(['network', 'timeout', 'server', 'rate-limited', 'paused', 'auth']);

export function isUnreachable(err: unknown): boolean {
  if (err instanceof TaiwaDataError) return false;
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && UNREACHABLE.has(code);
}

/** Exponential backoff with jitter (half fixed, half random), never shorter than `Retry-After`. */
export function backoff(
  attempts: number,
  retryAfterMs: number | undefined,
  options: { baseDelayMs?: number; maxDelayMs?: number; random?: () => number },
): number {
  const base = options.baseDelayMs ?? 1000;
  const max = options.maxDelayMs ?? 300_000;
  const d = Math.min(max, base * 2 ** Math.min(attempts - 1, 30));
  const random = options.random ?? Math.random;
  return Math.max(retryAfterMs ?? 0, d / 2 + random() * (d / 2));
}
