/** Id interning and sorting, shared by the in-browser tally and the totals from a store. */
export function intern(map: Map<string, number>, list: string[], id: string): number {
  let i = map.get(id);
  if (i === undefined) {
    i = list.length;
    map.set(id, i);
    list.push(id);
  }
  return i;
}

/** Sorted ids and the permutation from first-seen index to sorted index. */
export function sortIds(list: string[]): { ids: string[]; rank: Int32Array } {
  const order = list.map((_, i) => i).sort((a, b) => (list[a]! < list[b]! ? -1 : list[a]! > list[b]! ? 1 : 0));
  const rank = new Int32Array(list.length);
  order.forEach((from, to) => (rank[from] = to));
  return { ids: order.map((i) => list[i]!), rank };
}

