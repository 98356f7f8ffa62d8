/**
 * SCIM filters (RFC 7644 §3.4.2.2): parsed by `scim2-parse-filter` (the grammar, tested there and
 * in test/server/scim-filter.test.ts), evaluated here against a User resource with SCIM's rules:
 * attribute names are case-insensitive, `userName` and `emails` compare case-insensitively
 * (caseExact false), `id` and `externalId` exactly, a multi-valued attribute matches when any of
 * its values does, and a full URN path (`urn:…:enterprise:2.0:User:manager.value`) is understood.
 */
import { parse, type Filter } from 'scim2-parse-filter';

export const CORE = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

export class FilterError extends Error {}

/** Parses a filter; a malformed one is a `FilterError` (SCIM's 400 `invalidFilter`). */
export function parseFilter(text: string): Filter {
  if (text.length > 2000) throw new FilterError('The filter is longer than 2000 characters.');
  try {
    return parse(text);
  } catch (err) {
    throw new FilterError(`The filter does not parse: ${(err as Error).message}`);
  }
}

/** Case-exact attributes (RFC 7643 §4.1: `id`, `externalId`; everything else here is not). */
const CASE_EXACT = new Set(['id', 'externalid']);

/** Splits `urn:…:User:manager.value` into the schema's object and the rest of the path. */
function resolve(resource: Record<string, unknown>, path: string): { root: unknown; parts: string[] } {
  const lower = path.toLowerCase();
  for (const urn of [ENTERPRISE, CORE]) {
    const prefix = `${urn.toLowerCase()}:`;
    if (lower.startsWith(prefix)) {
      const rest = path.slice(prefix.length).split('.');
      return { root: urn === CORE ? resource : resource[urn], parts: rest };
    }
  }
  return { root: resource, parts: path.split('.') };
}

const get = (obj: unknown, name: string): unknown => {
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return undefined;
  const key = Object.keys(obj).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : (obj as Record<string, unknown>)[key];
};

/** Every value at `path` (arrays flattened: `emails.value` is each email's value). */
export function valuesAt(resource: Record<string, unknown>, path: string): unknown[] {
  const { root, parts } = resolve(resource, path);
  let values: unknown[] = [root];
  for (const part of parts) {
    values = values.flatMap((v) => (Array.isArray(v) ? v : [v])).map((v) => get(v, part));
    values = values.flatMap((v) => (Array.isArray(v) ? v : [v])).filter((v) => v !== undefined && v !== null);
  }
  return values;
}

function compare(op: string, actual: unknown, expected: unknown, caseExact: boolean): boolean {
  if (typeof actual === 'string' && typeof expected === 'string') {
    const a = caseExact ? actual : actual.toLowerCase();
    const e = caseExact ? expected : expected.toLowerCase();
    switch (op) {
      case 'eq':
        return a === e;
      case 'ne':
        return a !== e;
      case 'co':
        return a.includes(e);
      case 'sw':
        return a.startsWith(e);
      case 'ew':
        return a.endsWith(e);
      case 'gt':
        return a > e;
      case 'ge':
        return a >= e;
      case 'lt':
        return a < e;
      case 'le':
        return a <= e;
    }
    return false;
  }
  if (op === 'eq') return actual === expected;
  if (op === 'ne') return actual !== expected;
  if (typeof actual === 'number' && typeof expected === 'number') {
    if (op === 'gt') return actual > expected;
    if (op === 'ge') return actual >= expected;
    if (op === 'lt') return actual < expected;
    if (op === 'le') return actual <= expected;
  }
  return false;
}

/** Whether `resource` matches `filter`. */
export function matches(filter: Filter, resource: Record<string, unknown>): boolean {
  switch (filter.op) {
    case 'and':
      return filter.filters.every((f) => matches(f, resource));
    case 'or':
      return filter.filters.some((f) => matches(f, resource));
    case 'not':
      return !matches(filter.filter, resource);
    case 'pr':
      return valuesAt(resource, filter.attrPath).some((v) => v !== '' && !(Array.isArray(v) && v.length === 0));
    case '[]': {
      // `emails[type eq "work"]`: some element of the attribute matches the inner filter.
      const { root, parts } = resolve(resource, filter.attrPath);
      const items = parts.reduce<unknown[]>((vs, p) => vs.flatMap((v) => (Array.isArray(v) ? v : [v])).map((v) => get(v, p)), [root]);
      return items
        .flatMap((v) => (Array.isArray(v) ? v : [v]))
        .some((v) => v && typeof v === 'object' && matches(filter.valFilter, v as Record<string, unknown>));
    }
    default: {
      const f = filter as { op: string; attrPath: string; compValue: unknown };
      const last = f.attrPath.split(/[.:]/).at(-1)!.toLowerCase();
      // A complex attribute compared directly means its `value` (RFC 7644 §3.4.2.2: `emails co "…"`).
      const values = valuesAt(resource, f.attrPath).map((v) =>
        v && typeof v === 'object' && 'value' in v ? (v as { value: unknown }).value : v,
      );
      if (f.op === 'ne') return values.every((v) => compare('ne', v, f.compValue, CASE_EXACT.has(last)));
      return values.some((v) => compare(f.op, v, f.compValue, CASE_EXACT.has(last)));
    }
  }
}
