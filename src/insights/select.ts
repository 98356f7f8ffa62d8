/** Order statistics on typed arrays without copying them. */

/** Median of `a[from..to)` (reorders that range). Quickselect, Hoare partition. */
export function medianInPlace(a: Int32Array, from: number, to: number): number | null {
  const n = to - from;
  if (n <= 0) return null;
  const select = (k: number) => {
    let lo = from;
    let hi = to - 1;
    while (lo < hi) {
      const pivot = a[(lo + hi) >> 1]!;
      let i = lo;
      let j = hi;
      while (i <= j) {
        while (a[i]! < pivot) i++;
        while (a[j]! > pivot) j--;
        if (i <= j) {
          const t = a[i]!;
          a[i++] = a[j]!;
          a[j--] = t;
        }
      }
      if (k <= j) hi = j;
      else if (k >= i) lo = i;
      else return a[k]!;
    }
    return a[lo]!;
  };
  const mid = from + (n >> 1);
  if (n % 2 === 1) return select(mid);
  const upper = select(mid);
  let lower = -Infinity;
  for (let i = from; i < mid; i++) if (a[i]! > lower) lower = a[i]!;
  return (lower + upper) / 2;
}

/**
 * Values grouped by bucket (a counting sort, stable): bucket b's values are
 * `values[start[b] .. start[b + 1])`, in their order of arrival. `bucket[i]` in [0, buckets).
 */
export function groupByBucket(bucket: Int32Array, value: Int32Array, count: number, buckets: number): { start: Int32Array; values: Int32Array } {
  const start = new Int32Array(buckets + 1);
  for (let i = 0; i < count; i++) start[bucket[i]! + 1] = start[bucket[i]! + 1]! + 1;
  for (let b = 0; b < buckets; b++) start[b + 1] = start[b + 1]! + start[b]!;
  const values = new Int32Array(count);
  const fill = start.slice(0, buckets);
  for (let i = 0; i < count; i++) {
    const b = bucket[i]!;
    values[fill[b]!] = value[i]!;
    fill[b] = fill[b]! + 1;
  }
  return { start, values };
}
