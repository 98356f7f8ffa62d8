/**
 * The test harness's state per tenant: fault configuration, captured requests, and the counters
 * the outbox tests print as figures. Test-only: the production server keeps none of this.
 */
// @ts-expect-error plain JavaScript, no types
import { seeded } from './faults.mjs';

export interface Captured {
  method: string;
  path: string;
  idempotencyKey?: string;
  flusher?: string;
  authorization?: string;
  body: string;
}

const MAX_CAPTURED = 20_000;

export type FaultConfig = Record<string, unknown> & {
  seed?: number;
  down?: boolean;
  slowStartMs?: number;
  requireToken?: string;
  /** `false`: authentication only, the policy's relations are not checked (see harness.ts). */
  relations?: boolean;
  reads?: boolean;
  hangMs?: number;
  retryAfterS?: number;
  badJson?: boolean;
  corrupt?: unknown[];
  catalog?: Record<string, unknown>;
  failIds?: Record<string, number | { status: number; times?: number }>;
};

export class HarnessTenant {
  config: FaultConfig = {};
  random: () => number = seeded(1);
  startedAt = Date.now();
  captured: Captured[] = [];
  /** `kind/id` → writes applied to storage (not replayed). */
  applied = new Map<string, number>();
  /** Flusher id → its requests in progress, to detect two flushers at once. */
  active = new Map<string, number>();
  overlaps: { at: number; flushers: [string, string] }[] = [];
  stats = { received: 0, applied: 0, replayed: 0, rejected: 0, faults: { 500: 0, timeout: 0, drop: 0, 429: 0, down: 0 } };

  configure(config: FaultConfig): void {
    this.config = { ...this.config, ...config };
    if (config.seed !== undefined) this.random = seeded(config.seed);
    if (config.slowStartMs !== undefined) this.startedAt = Date.now();
  }

  capture(entry: Captured): void {
    if (this.captured.length < MAX_CAPTURED) this.captured.push(entry);
  }

  /** Marks a request of `flusher` in progress; counts an overlap when another flusher is sending. */
  enter(flusher: string): () => void {
    for (const [other, n] of this.active) {
      if (other !== flusher && n > 0) this.overlaps.push({ at: Date.now(), flushers: [other, flusher] });
    }
    this.active.set(flusher, (this.active.get(flusher) ?? 0) + 1);
    let left = false;
    return () => {
      if (left) return;
      left = true;
      this.active.set(flusher, (this.active.get(flusher) ?? 1) - 1);
    };
  }

  /** A forced answer for a record id (`failIds`), counting down `times`. */
  forced(id: string): number | undefined {
    const rule = this.config.failIds?.[id];
    if (rule === undefined) return undefined;
    const r = typeof rule === 'number' ? { status: rule } : { ...rule };
    if (r.times !== undefined) {
      if (r.times <= 0) return undefined;
      r.times--;
      this.config.failIds![id] = r;
    }
    return r.status;
  }

  /** What the tests print; `stored` are the tenant's `kind/id`s in the database. */
  summary(stored: { kind: string; id: string }[]) {
    const byKind: Record<string, number> = {};
    for (const r of stored) byKind[r.kind] = (byKind[r.kind] ?? 0) + 1;
    let duplicates = 0;
    for (const n of this.applied.values()) duplicates += Math.max(0, n - 1);
    return {
      records: stored.length,
      byKind,
      ids: stored.map((r) => `${r.kind}/${r.id}`),
      duplicates,
      overlaps: this.overlaps.length,
      flushers: this.active.size,
      ...this.stats,
    };
  }
}
