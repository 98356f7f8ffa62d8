// In-memory storage of the example backend, one "tenant" per test (or per demo): records by kind and
// id, the remembered answer of every Idempotency-Key, and counters the tests print as figures.
// A real backend keeps the same three things in its database, in one transaction per write.
import { seeded } from './faults.mjs';

const MAX_CAPTURED = 20_000;

export class Tenant {
  constructor(name) {
    this.name = name;
    this.reset();
  }

  reset() {
    /** @type {Map<string, Map<string, object>>} kind → id → record */
    this.records = new Map();
    /** Idempotency-Key → { fingerprint, status, body }. Only final answers (2xx, 4xx) are kept. */
    this.answers = new Map();
    /** `kind/id` → how many times a write was applied to storage (not replayed). */
    this.applied = new Map();
    /** Flusher id → requests of it in progress, to detect two flushers at once. */
    this.active = new Map();
    this.overlaps = [];
    this.captured = [];
    this.stats = { received: 0, applied: 0, replayed: 0, rejected: 0, faults: { 500: 0, timeout: 0, drop: 0, 429: 0, down: 0 } };
    this.config = {};
    this.random = seeded(1);
    this.startedAt = Date.now();
  }

  /** Applies a control request: fault rates, forced answers per record id, down, slow start, token. */
  configure(config) {
    this.config = { ...this.config, ...config };
    if (config.seed !== undefined) this.random = seeded(config.seed);
    if (config.slowStartMs !== undefined) this.startedAt = Date.now();
  }

  kind(kind) {
    let m = this.records.get(kind);
    if (!m) this.records.set(kind, (m = new Map()));
    return m;
  }

  /** Stores a record; returns 201 for a new one, 200 for a replacement. */
  upsert(kind, record) {
    const store = this.kind(kind);
    const status = store.has(record.id) ? 200 : 201;
    store.set(record.id, record);
    const key = `${kind}/${record.id}`;
    this.applied.set(key, (this.applied.get(key) ?? 0) + 1);
    this.stats.applied++;
    return status;
  }

  capture(entry) {
    if (this.captured.length < MAX_CAPTURED) this.captured.push(entry);
  }

  /** Marks a request of `flusher` in progress; counts an overlap when another flusher is sending. */
  enter(flusher) {
    for (const [other, n] of this.active) {
      if (other !== flusher && n > 0) this.overlaps.push({ at: Date.now(), flushers: [other, flusher] });
    }
    this.active.set(flusher, (this.active.get(flusher) ?? 0) + 1);
    let left = false;
    return () => {
      if (left) return;
      left = true;
      this.active.set(flusher, this.active.get(flusher) - 1);
    };
  }

  /** What the tests print: stored records, writes applied twice, requests seen, faults injected. */
  summary() {
    const byKind = {};
    let records = 0;
    for (const [kind, m] of this.records) {
      byKind[kind] = m.size;
      records += m.size;
    }
    let duplicates = 0;
    for (const n of this.applied.values()) duplicates += Math.max(0, n - 1);
    return {
      records,
      byKind,
      ids: [...this.records].flatMap(([kind, m]) => [...m.keys()].map((id) => `${kind}/${id}`)),
      duplicates,
      overlaps: this.overlaps.length,
      flushers: this.active.size,
      ...this.stats,
    };
  }
}

const tenants = new Map();

export function tenant(name) {
  let t = tenants.get(name);
  if (!t) tenants.set(name, (t = new Tenant(name)));
  return t;
}
