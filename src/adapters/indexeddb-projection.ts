/**
 * The strengths projection of the IndexedDB adapter: the few fields of each feedback record that
 * the strengths computation reads, packed many records to an entry in the `strength-items` store,
 * so that reading the whole organisation's feedback is a few hundred small strings instead of
 * every full record (IndexedDB's cost is per stored value: 100,000 values take seconds to read and
 * deserialise, a few hundred take milliseconds).
 *
 * Layout: each entry (a *block*) holds `Packed` records sorted by id (`encodeBlock`); its key is the
 * lowest id it may hold (`''` for the first block), so the block for id X is the one with the
 * greatest key ≤ X, and the blocks read in key order give the records in `records`' key order. A
 * block that grows past `SPLIT` characters is cut in two. A record that was not validated on its way
 * in (written by an older version, or around the adapter) is kept as a stub `[id]`: the read takes it
 * from `records` and checks it with the narrow schema, as before.
 *
 * Kept in step by the adapter in the same transaction as every feedback write, and derived from
 * `records` in the upgrade to version 3. The read compares the projection's record count with
 * `records`' in the same transaction and falls back to reading the records when they differ (a
 * record written around the adapter). Raw IndexedDB API: it runs in the strengths Worker too.
 */
import type { Feedback } from '../model/schemas.js';

/**
 * A request's result as a promise: indexeddb-current.ts's `done`, kept here too, as this module
 * loads after the read path and beside it in the Worker: importing it would make
 * indexeddb-current.ts a chunk of its own on every page.
 */
const done = <T>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => ((request.onsuccess = () => resolve(request.result)), (request.onerror = () => reject(request.error))));

/** The store's name. */
export const PROJECTION = 'strength-items';

/** Characters after which a block is cut in two (well under Chromium's 64 KiB inline-value size). */
export const SPLIT = 24_000;

/**
 * One record: `[id, createdAt, memberId, managerId, by, shared, min, max, ...(topicId, responseId,
 * rating)]`, with `shared` 1 (true), 0 (false) or -1 (absent); a stub is `[id]`.
 */
export type Packed = (string | number)[];

/** Every `[kind, id]` key of feedback in `records`: arrays sort after strings. */
export const feedbackRange = () => IDBKeyRange.bound(['feedback'], ['feedback', []]);

const str = (x: unknown): x is string => typeof x === 'string';
const num = (x: unknown): x is number => typeof x === 'number';

/** The packed form of a stored feedback value: the fields the computation reads, or a stub. */
export function packed(id: string, value: unknown, checked: boolean): Packed {
  const f = value as Partial<Feedback> | null;
  if (!checked || !f || typeof f !== 'object') return [id];
  const { createdAt, memberId, managerId, by, scale, items, sharedWithManager: shared } = f;
  if (
    !str(createdAt) ||
    !str(memberId) ||
    !str(managerId) ||
    !str(by) ||
    !scale ||
    !num(scale.min) ||
    !num(scale.max) ||
    !Array.isArray(items)
  )
    return [id];
  const out: Packed = [id, createdAt, memberId, managerId, by, shared === true ? 1 : shared === false ? 0 : -1, scale.min, scale.max];
  for (const item of items) {
    if (!item || !str(item.topicId) || !str(item.responseId) || !num(item.rating)) return [id];
    out.push(item.topicId, item.responseId, item.rating);
  }
  return out;
}

/**
 * A block's text: `[strings, ...rows]`, each row a `Packed` in which the strings that repeat (member,
 * manager, by, topic, response) are indices into the block's `strings`: half the characters to store
 * and parse, and one string per distinct id for the computation to intern.
 */
export function encodeBlock(list: readonly Packed[]): string {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const ref = (x: string | number) => {
    let i = index.get(x as string);
    if (i === undefined) index.set(x as string, (i = strings.push(x as string) - 1));
    return i;
  };
  const rows = list.map((p) => {
    if (p.length === 1) return p;
    const row: Packed = [p[0]!, p[1]!, ref(p[2]!), ref(p[3]!), ref(p[4]!), p[5]!, p[6]!, p[7]!];
    for (let i = 8; i + 2 < p.length; i += 3) row.push(ref(p[i]!), ref(p[i + 1]!), p[i + 2]!);
    return row;
  });
  return JSON.stringify([strings, ...rows]);
}

/** The entries of a block's text (see `encodeBlock`). */
export function decodeBlock(text: string): Packed[] {
  const [strings, ...rows] = JSON.parse(text) as [string[], ...Packed[]];
  return rows.map((row) => {
    if (row.length === 1) return row;
    const p: Packed = [
      row[0]!,
      row[1]!,
      strings[row[2] as number]!,
      strings[row[3] as number]!,
      strings[row[4] as number]!,
      row[5]!,
      row[6]!,
      row[7]!,
    ];
    for (let i = 8; i + 2 < row.length; i += 3) p.push(strings[row[i] as number]!, strings[row[i + 1] as number]!, row[i + 2]!);
    return p;
  });
}

type Item = { topicId: string; responseId: string; rating: number };

/**
 * Adds a block's records to `out` (with only the fields the strengths computation reads; records of
 * one scale share its object) and its stubs' ids to `stubs`; answers how many entries it held.
 */
export function readBlock(text: string, out: Feedback[], stubs: string[]): number {
  const [strings, ...rows] = JSON.parse(text) as [string[], ...Packed[]];
  const scales = new Map<number, { min: number; max: number }>();
  for (const row of rows) {
    if (row.length === 1) {
      stubs.push(row[0] as string);
      continue;
    }
    const min = row[6] as number;
    const max = row[7] as number;
    const code = min * 65536 + max;
    let scale = scales.get(code);
    if (!scale || scale.min !== min || scale.max !== max) scales.set(code, (scale = { min, max }));
    const items: Item[] = [];
    for (let i = 8; i + 2 < row.length; i += 3)
      items.push({ topicId: strings[row[i] as number]!, responseId: strings[row[i + 1] as number]!, rating: row[i + 2] as number });
    const f = {
      id: row[0],
      createdAt: row[1],
      memberId: strings[row[2] as number],
      managerId: strings[row[3] as number],
      by: strings[row[4] as number],
      scale,
      items,
    };
    if (row[5] !== -1) (f as { sharedWithManager?: boolean }).sharedWithManager = row[5] === 1;
    out.push(f as unknown as Feedback);
  }
  return rows.length;
}

/** Blocks for `entries` (sorted by id, ids distinct), each of about `SPLIT` characters of entries or fewer: `[key, text]`. */
export function blocksOf(entries: readonly Packed[]): [string, string][] {
  const blocks: [string, string][] = [];
  let part: Packed[] = [];
  let size = 0;
  let key = '';
  for (const e of entries) {
    const length = JSON.stringify(e).length;
    if (part.length > 0 && size + length > SPLIT) {
      blocks.push([key, encodeBlock(part)]);
      key = e[0] as string;
      part = [];
      size = 0;
    }
    part.push(e);
    size += length + 1;
  }
  if (part.length > 0 || blocks.length === 0) blocks.push([key, encodeBlock(part)]);
  return blocks;
}

/** Puts (or replaces) one record's entry, in the caller's readwrite transaction on `store`. */
export async function putPacked(store: IDBObjectStore, entry: Packed): Promise<void> {
  const id = entry[0] as string;
  const cursor = await done(store.openCursor(IDBKeyRange.upperBound(id), 'prev'));
  const key = cursor ? (cursor.key as string) : '';
  const list: Packed[] = cursor ? decodeBlock(cursor.value as string) : [];
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid]![0] as string) < id) lo = mid + 1;
    else hi = mid;
  }
  if (list[lo]?.[0] === id) list[lo] = entry;
  else list.splice(lo, 0, entry);
  const text = encodeBlock(list);
  if (text.length <= SPLIT || list.length < 2) {
    await done(store.put(text, key));
    return;
  }
  const half = list.length >>> 1;
  await Promise.all([
    done(store.put(encodeBlock(list.slice(0, half)), key)),
    done(store.put(encodeBlock(list.slice(half)), list[half]![0] as string)),
  ]);
}

/** Full records read per request while the upgrade derives the store. */
const UPGRADE_PAGE = 5000;

/**
 * Creates the store in a version-3 upgrade and derives it from the feedback already in `records`;
 * `stamp`: the schemas' (`CHECKED_WITH`), handed in by the adapter's write half.
 */
export async function createProjection(tx: IDBTransaction, stamp: number): Promise<void> {
  const store = tx.db.createObjectStore(PROJECTION);
  // A page of full records at a time (a phone with 100,000 of them would not hold them all at once);
  // only their small packed entries are kept.
  const entries: Packed[] = [];
  for (let range = feedbackRange(); ;) {
    const page = (await done(tx.objectStore('records').getAll(range, UPGRADE_PAGE))) as {
      id: string;
      value: unknown;
      checked?: number;
    }[];
    for (const e of page) entries.push(packed(e.id, e.value, e.checked === stamp));
    if (page.length < UPGRADE_PAGE) break;
    range = IDBKeyRange.bound(['feedback', page[page.length - 1]!.id], ['feedback', []], true);
  }
  await Promise.all(blocksOf(entries).map(([key, text]) => done(store.put(text, key))));
}

/** What the projection gives the strengths read: the records, and the values stored for the stubs. */
export interface Projected {
  records: Feedback[];
  unchecked: unknown[];
}

/** Stubs read one by one from `records` up to this many; beyond it the caller reads the records. */
const MAX_STUBS = 2000;

/**
 * Every feedback record, from the projection, in one transaction; `undefined` when the database has
 * no projection, when it does not hold as many records as `records` (written around the adapter),
 * or when it holds more stubs than are worth reading one at a time: the caller reads `records`.
 */
export function readProjection(db: IDBDatabase): Promise<Projected | undefined> {
  if (!db.objectStoreNames.contains(PROJECTION)) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const tx = db.transaction(['records', PROJECTION], 'readonly');
    const records = tx.objectStore('records');
    const out: Projected = { records: [], unchecked: [] };
    let count = -1;
    let entries = -1;
    const stubs: string[] = [];
    const check = () => {
      if (count < 0 || entries < 0) return;
      if (count !== entries || stubs.length > MAX_STUBS) return resolve(undefined);
      for (const id of stubs) {
        const req = records.get(['feedback', id]);
        req.onsuccess = () => void out.unchecked.push((req.result as { value?: unknown } | undefined)?.value);
      }
    };
    // The blocks first, then the count: the store counts (a walk of every key) while this thread parses.
    const blocks = tx.objectStore(PROJECTION).getAll();
    const counted = records.count(feedbackRange());
    counted.onsuccess = () => {
      count = counted.result;
      check();
    };
    blocks.onsuccess = () => {
      let n = 0;
      try {
        for (const text of blocks.result as string[]) n += readBlock(text, out.records, stubs);
      } catch {
        // A block this code did not write (around the adapter): the records are read instead.
        return resolve(undefined);
      }
      entries = n;
      check();
    };
    tx.oncomplete = () => resolve(out);
    tx.onabort = tx.onerror = () => reject(tx.error);
  });
}
