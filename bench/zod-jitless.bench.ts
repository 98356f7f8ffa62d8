/**
 * What `z.config({ jitless: true })` (src/model/schemas.ts: no `new Function` probe, so a strict CSP
 * sees no eval) costs: parses 10,000 records (every kind, complete and minimal fixtures) with the
 * model's schemas as shipped (jitless) and with the same schemas rebuilt while zod's JIT is on, and
 * reports the median time of each and their ratio. zod reads the setting when a schema is built, so
 * the JIT copies are clones (every nested object too) made with `jitless: false`, restored after.
 */
import * as z from 'zod/mini';
import { RECORD_KINDS } from '../src/model/records.js';
import { recordSchemas } from '../src/model/schemas.js';
import { fixtures } from '../src/testing/fixtures.js';

const RECORDS = 10_000;
const RUNS = 9;

type Schema = z.core.$ZodType;

/** A deep copy of `schema` whose object schemas are built under the current global config. */
function rebuild(schema: Schema, seen = new Map<Schema, Schema>()): Schema {
  const done = seen.get(schema);
  if (done) return done;
  const def = schema._zod.def as unknown as Record<string, unknown>;
  const next: Record<string, unknown> = { ...def };
  let changed = false;
  for (const key of ['shape', 'element', 'innerType', 'options', 'valueType', 'in', 'out'] as const) {
    const v = def[key];
    if (!v) continue;
    if (key === 'shape')
      next.shape = Object.fromEntries(Object.entries(v as Record<string, Schema>).map(([k, s]) => [k, rebuild(s, seen)]));
    else if (Array.isArray(v)) next[key] = v.map((s: Schema) => rebuild(s, seen));
    else next[key] = rebuild(v as Schema, seen);
    changed = true;
  }
  const out = changed || def.type === 'object' ? z.clone(schema, next as never) : schema;
  seen.set(schema, out);
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export default async () => {
  const f = fixtures('bench');
  const input = Array.from({ length: RECORDS }, (_, i) => {
    const kind = RECORD_KINDS[i % RECORD_KINDS.length]!;
    const record = (i % 2 === 0 ? f.full : f.minimal)[kind];
    return { kind, record: { ...record, id: `${record.id}-${i}` } };
  });
  z.config({ jitless: false });
  const jit = Object.fromEntries(RECORD_KINDS.map((k) => [k, rebuild(recordSchemas[k] as Schema)])) as Record<string, Schema>;
  z.config({ jitless: true });

  const time = (schemas: Record<string, Schema>) => {
    const start = performance.now();
    let ok = 0;
    for (const { kind, record } of input) if (z.safeParse(schemas[kind]!, record).success) ok++;
    const ms = performance.now() - start;
    if (ok !== RECORDS) throw new Error(`only ${ok} of ${RECORDS} fixtures parsed`);
    return ms;
  };
  const jitless: number[] = [];
  const withJit: number[] = [];
  // Warm both, then alternate so that a busy machine slows both alike.
  time(recordSchemas as unknown as Record<string, Schema>);
  time(jit);
  for (let r = 0; r < RUNS; r++) {
    jitless.push(time(recordSchemas as unknown as Record<string, Schema>));
    withJit.push(time(jit));
  }
  const a = median(jitless);
  const b = median(withJit);
  return {
    records: RECORDS,
    runs: RUNS,
    jitlessMs: Math.round(a * 10) / 10,
    jitMs: Math.round(b * 10) / 10,
    ratio: Math.round((a / b) * 100) / 100,
    note: "jitless is what ships (strict CSP); jit would need script-src 'unsafe-eval'",
  };
};
