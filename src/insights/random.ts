/**
 * A small seeded pseudo-random generator for the insights (bootstrap resamples, simulations):
 * sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, 128 bits of state), seeded through
 * splitmix32 so that nearby seeds give unrelated streams. Deterministic on every engine (32-bit
 * integer arithmetic only), no module-level state: each call to `seeded` returns its own stream.
 */

/** A stream of uniform numbers in [0, 1). */
export type Random = () => number;

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** A deterministic stream of uniform numbers in [0, 1) for `seed` (any number; its low 32 bits count). */
export function seeded(seed: number): Random {
  const init = splitmix32(seed);
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  return () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

/** A standard normal deviate (Box–Muller; the second deviate is dropped to keep the stream stateless). */
export function normal(random: Random): number {
  let u = random();
  while (u === 0) u = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/**
 * The state of `seeded(seed)` before its first number, for the tight loops that draw millions of
 * indices (`drawCounts`): the same stream without a call per number.
 */
export function seededState(seed: number): Int32Array {
  const init = splitmix32(seed);
  return Int32Array.of(init(), init(), init(), init());
}

/**
 * Draws `draws` indices uniform in [0, n) from `state` (advancing it), exactly as
 * `Math.floor(seeded(seed)() * n)` would one by one, and counts them into `counts[offset + i]`:
 * one bootstrap resample as a multinomial weight vector. With `counts` null the draws are only
 * skipped (a Worker that computes the later resamples of a split run).
 */
export function drawCounts(state: Int32Array, draws: number, n: number, counts: Uint16Array | Uint32Array | null, offset = 0): void {
  let a = state[0]!;
  let b = state[1]!;
  let c = state[2]!;
  let d = state[3]!;
  for (let i = 0; i < draws; i++) {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    if (counts) {
      const r = offset + Math.floor(((t >>> 0) / 4294967296) * n);
      counts[r] = counts[r]! + 1;
    }
  }
  state[0] = a;
  state[1] = b;
  state[2] = c;
  state[3] = d;
}
