/**
 * JSON Schema (the subset openapi.json uses) for the contract's property tests: values generated
 * from a schema with fast-check, and a validator that says where a value breaks its schema. In
 * `strict` mode (answers) an object may hold only the properties its schema names: the server
 * drops unknown ones, so an answer never carries one.
 */
import fc from 'fast-check';

export type Schema = Record<string, unknown>;
export interface Doc {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}
export interface Operation {
  operationId?: string;
  parameters?: { name: string; in: string; required?: boolean; schema: Schema }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { content?: Record<string, { schema: Schema }>; headers?: Record<string, unknown> }>;
}

export function resolve(doc: Doc, schema: Schema): Schema {
  let s = schema;
  while (typeof s.$ref === 'string') s = doc.components.schemas[s.$ref.replace('#/components/schemas/', '')]!;
  return s;
}

const isNever = (s: Schema) => typeof s.not === 'object' && s.not !== null && Object.keys(s.not).length === 0;

const day = (d: Date) => d.toISOString().slice(0, 10);
const dates = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true });

/** Values that satisfy `schema`. */
export function arbitrary(doc: Doc, schema: Schema, depth = 0): fc.Arbitrary<unknown> {
  const s = resolve(doc, schema);
  if ('const' in s) return fc.constant(s.const);
  // A value the document can only name by example (an IANA time zone), or whose valid values
  // depend on the other parameters (an HR insight's period and range): one of its `examples`.
  if (Array.isArray(s.examples) && s['x-valid'] === 'examples') return fc.constantFrom(...(s.examples as unknown[]));
  if (Array.isArray(s.enum)) return fc.constantFrom(...(s.enum as unknown[]));
  const union = (s.anyOf ?? s.oneOf) as Schema[] | undefined;
  if (union) return fc.oneof(...union.filter((u) => !isNever(u)).map((u) => arbitrary(doc, u, depth + 1)));
  const type = Array.isArray(s.type) ? (s.type as string[]).filter((t) => t !== 'null')[0] : (s.type as string | undefined);
  switch (type) {
    case 'string': {
      if (s.format === 'date-time') return dates.map((d) => d.toISOString());
      if (s.format === 'date') return dates.map(day);
      const min = (s.minLength as number | undefined) ?? 0;
      const max = Math.min((s.maxLength as number | undefined) ?? 40, 40);
      if (typeof s.pattern === 'string')
        return fc.stringMatching(new RegExp(s.pattern)).filter((v) => v.length >= min && v.length <= ((s.maxLength as number) ?? Infinity));
      return fc.string({ minLength: min, maxLength: Math.max(min, max), unit: 'grapheme' });
    }
    case 'integer':
      return fc.integer({ min: (s.minimum as number | undefined) ?? -1000, max: (s.maximum as number | undefined) ?? 1000 });
    case 'number':
      return fc.double({
        min: (s.minimum as number | undefined) ?? -1000,
        max: (s.maximum as number | undefined) ?? 1000,
        noNaN: true,
        noDefaultInfinity: true,
      });
    case 'boolean':
      return fc.boolean();
    case 'array': {
      const maxLength = Math.min((s.maxItems as number | undefined) ?? 3, depth > 1 ? 1 : 3);
      return fc.array(arbitrary(doc, (s.items as Schema) ?? {}, depth + 1), {
        minLength: (s.minItems as number | undefined) ?? 0,
        maxLength,
      });
    }
    case 'object': {
      const props = Object.entries((s.properties as Record<string, Schema>) ?? {}).filter(([, p]) => !isNever(resolve(doc, p)));
      const required = ((s.required as string[]) ?? []).filter((k) => props.some(([p]) => p === k));
      return fc.record(Object.fromEntries(props.map(([k, p]) => [k, arbitrary(doc, p, depth + 1)])), { requiredKeys: required });
    }
    default:
      return fc.jsonValue({ maxDepth: 1 });
  }
}

const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v);

/** Where `value` breaks `schema` (empty: it conforms). */
export function validate(doc: Doc, schema: Schema, value: unknown, { strict = false, path = '$' } = {}): string[] {
  const s = resolve(doc, schema);
  const errors: string[] = [];
  const at = (msg: string) => errors.push(`${path}: ${msg}`);
  if (isNever(s)) return [`${path}: must be absent`];
  if ('const' in s && JSON.stringify(s.const) !== JSON.stringify(value)) at(`must be ${JSON.stringify(s.const)}`);
  if (Array.isArray(s.enum) && !s.enum.includes(value)) at(`must be one of ${JSON.stringify(s.enum)}`);
  const union = (s.anyOf ?? s.oneOf) as Schema[] | undefined;
  if (union && !union.some((u) => validate(doc, u, value, { strict, path }).length === 0)) at('matches none of anyOf/oneOf');
  if (s.type !== undefined) {
    const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
    const t = typeOf(value);
    if (!types.some((x) => x === t || (x === 'number' && t === 'integer')))
      return [...errors, `${path}: must be ${types.join('|')}, is ${t}`];
  }
  if (typeof value === 'string') {
    if (typeof s.minLength === 'number' && [...value].length < s.minLength) at(`shorter than ${s.minLength}`);
    if (typeof s.maxLength === 'number' && [...value].length > s.maxLength) at(`longer than ${s.maxLength}`);
    if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(value)) at(`does not match ${s.pattern}`);
    if (s.format === 'date-time' && Number.isNaN(Date.parse(value))) at('not a date-time');
  }
  if (typeof value === 'number') {
    if (typeof s.minimum === 'number' && value < s.minimum) at(`below ${s.minimum}`);
    if (typeof s.maximum === 'number' && value > s.maximum) at(`above ${s.maximum}`);
  }
  if (Array.isArray(value)) {
    if (typeof s.maxItems === 'number' && value.length > s.maxItems) at(`more than ${s.maxItems} items`);
    if (typeof s.minItems === 'number' && value.length < s.minItems) at(`fewer than ${s.minItems} items`);
    if (s.items) value.forEach((v, i) => errors.push(...validate(doc, s.items as Schema, v, { strict, path: `${path}[${i}]` })));
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const props = (s.properties as Record<string, Schema>) ?? {};
    for (const k of (s.required as string[]) ?? []) if (!(k in value)) at(`missing ${k}`);
    for (const [k, v] of Object.entries(value)) {
      if (k in props) errors.push(...validate(doc, props[k]!, v, { strict, path: `${path}.${k}` }));
      else if (s.additionalProperties === false || (strict && s.properties && !s.propertyNames)) at(`unknown property ${k}`);
      else if (typeof s.additionalProperties === 'object' && s.additionalProperties && 'type' in s.additionalProperties)
        errors.push(...validate(doc, s.additionalProperties as Schema, v, { strict, path: `${path}.${k}` }));
    }
  }
  return errors;
}

/** The documented response for `status` ('404', or its class '5XX'), if any. */
export function documented(op: Operation, status: number) {
  return op.responses[String(status)] ?? op.responses[`${String(status)[0]}XX`];
}
