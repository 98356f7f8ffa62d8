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
