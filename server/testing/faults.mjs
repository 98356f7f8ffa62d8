// Fault injection for the test harness (server/testing/harness.ts): every decision comes from a seeded generator, so a run
// with the same seed and the same request order fails the same requests.

/** mulberry32: a tiny, good-enough seeded PRNG returning numbers in [0, 1). */
export function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The faults a tenant can be told to produce. Rates are probabilities per write request; they are
 * checked in this order and add up (0.3 + 0.1 + 0.05 = 45 % of writes fail).
 *
 * @typedef {object} FaultConfig
 * @property {number} [seed]         Seed of the generator (default 1).
 * @property {number} [error500]     Share of writes answered 500 before anything is stored.
 * @property {number} [timeout]      Share of writes that hang (half of them after storing the record).
 * @property {number} [drop]         Share of writes whose connection is destroyed (half after storing).
 * @property {number} [rateLimit]    Share of writes answered 429 with `Retry-After`.
 * @property {number} [retryAfterS]  Seconds sent in `Retry-After` (default 1).
 * @property {[number, number]} [latencyMs] Extra delay before answering, drawn between min and max.
 * @property {boolean} [reads]       Apply the same faults to reads (default: writes only).
 * @property {number} [hangMs]       How long a "timeout" holds the request before closing it (default 30 s).
 */

/** Draws the fate of one request: `ok`, `500`, `timeout`, `drop` or `429`, and whether it lands after storing. */
export function decide(config, random) {
  const r = random();
  const after = random() < 0.5;
  let edge = config.error500 ?? 0;
  if (r < edge) return { fault: '500', after: false };
  edge += config.timeout ?? 0;
  if (r < edge) return { fault: 'timeout', after };
  edge += config.drop ?? 0;
  if (r < edge) return { fault: 'drop', after };
  edge += config.rateLimit ?? 0;
  if (r < edge) return { fault: '429', after: false };
  return { fault: 'ok', after: false };
}

export function latency(config, random) {
  const [min, max] = config.latencyMs ?? [0, 0];
  return Math.round(min + random() * Math.max(0, max - min));
}
