/**
 * SCIM PATCH (RFC 7644 §3.5.2) on the fields Taiwa keeps: `add`, `replace` and `remove`, with or
 * without a `path`, in the shapes Entra ID and Okta send (`"op": "Replace"`, `"value": "False"`,
 * `urn:…:enterprise:2.0:User:manager` with `{ "value": id }` or a bare id,
 * `emails[type eq "work"].value`). Attributes Taiwa does not keep (title, phoneNumbers, name.*, …)
 * are accepted and ignored, as in a POST; a path that does not parse is 400 `invalidPath`.
 */
import * as z from 'zod/mini';
import { Bool, CORE, ENTERPRISE, PATCH_OP, ScimError, type UserFields } from './scim-resource.js';

const Op = z.object({
  op: z.string(),
  path: z.optional(z.string().check(z.maxLength(500))),
  value: z.optional(z.unknown()),
});
const PatchBody = z.object({ schemas: z.array(z.string()), Operations: z.array(Op).check(z.minLength(1), z.maxLength(100)) });

type Field = keyof UserFields;

/** A path as the field it sets, `null` for an attribute Taiwa does not keep. */
function fieldOf(rawPath: string): Field | null {
  let path = rawPath.trim();
  const lower = path.toLowerCase();
  let enterprise = false;
  if (lower.startsWith(`${ENTERPRISE.toLowerCase()}:`)) {
    enterprise = true;
    path = path.slice(ENTERPRISE.length + 1);
  } else if (lower.startsWith(`${CORE.toLowerCase()}:`)) path = path.slice(CORE.length + 1);
  if (!/^[A-Za-z$][\w$-]*(\[[^\]]*\])?(\.[A-Za-z$][\w$-]*)?$/.test(path))
    throw new ScimError(400, 'invalidPath', `"${rawPath}" is not a path.`);
  const attr = path.toLowerCase().replace(/\[.*\]/, '');
  if (enterprise) {
    if (attr === 'manager' || attr === 'manager.value') return 'managerId';
    if (attr === 'department') return 'department';
    return null;
  }
  const map: Record<string, Field> = {
    username: 'userName',
    externalid: 'externalId',
    displayname: 'displayName',
    'name.formatted': 'displayName',
    emails: 'email',
    'emails.value': 'email',
    timezone: 'timeZone',
    active: 'active',
  };
  return map[attr] ?? null;
}

const text = (v: unknown): string | undefined => {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string') return v.trim() === '' ? undefined : v.trim();
  if (typeof v === 'object' && !Array.isArray(v) && 'value' in v) return text((v as { value: unknown }).value);
  if (Array.isArray(v)) {
    const primary = v.find((e) => e && typeof e === 'object' && (e as { primary?: unknown }).primary === true) ?? v[0];
    return text(primary);
  }
  throw new ScimError(400, 'invalidValue', `Expected a string, got ${JSON.stringify(v)}.`);
};

function set(fields: UserFields, field: Field, value: unknown): void {
  const out = fields as unknown as Record<string, unknown>;
  if (field === 'active') {
    const b = Bool.safeParse(value && typeof value === 'object' && 'value' in value ? (value as { value: unknown }).value : value);
    if (!b.success) throw new ScimError(400, 'invalidValue', `active: expected true or false, got ${JSON.stringify(value)}.`);
    out.active = b.data;
    return;
  }
  const s = text(value);
  if (s === undefined) {
    if (field === 'userName' || field === 'displayName') throw new ScimError(400, 'invalidValue', `${field} cannot be empty.`);
    delete out[field];
  } else out[field] = s;
}

/** Entries of a path-less value: `{ active: false, "urn:…:User:manager": … , "urn:…:User": { … } }`. */
function entries(value: unknown): [string, unknown][] {
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new ScimError(400, 'invalidValue', 'An operation without a path needs an object value.');
  const out: [string, unknown][] = [];
  for (const [k, v] of Object.entries(value)) {
    if (k === 'schemas') continue;
    if (k.toLowerCase() === ENTERPRISE.toLowerCase() && v && typeof v === 'object') {
      for (const [ek, ev] of Object.entries(v)) out.push([`${ENTERPRISE}:${ek}`, ev]);
    } else if (k.toLowerCase() === 'name' && v && typeof v === 'object') {
      const formatted = (v as { formatted?: unknown }).formatted;
      if (formatted !== undefined) out.push(['name.formatted', formatted]);
    } else out.push([k, v]);
  }
  return out;
}

/** `fields` with the PATCH body's operations applied in order (all or none: a bad one throws). */
export function applyPatch(current: UserFields, body: unknown): UserFields {
  const parsed = PatchBody.safeParse(body);
  if (!parsed.success || !parsed.data.schemas.includes(PATCH_OP)) {
    throw new ScimError(400, 'invalidSyntax', `A PATCH body is { "schemas": ["${PATCH_OP}"], "Operations": [ … ] } with 1–100 operations.`);
  }
  const fields: UserFields = { ...current };
  for (const op of parsed.data.Operations) {
    const kind = op.op.toLowerCase();
    if (kind !== 'add' && kind !== 'replace' && kind !== 'remove') throw new ScimError(400, 'invalidSyntax', `Unknown op "${op.op}".`);
    if (kind === 'remove') {
      if (op.path === undefined) throw new ScimError(400, 'noTarget', 'A remove needs a path.');
      const field = fieldOf(op.path);
      if (field === 'userName' || field === 'displayName' || field === 'active')
        throw new ScimError(400, 'mutability', `${field} cannot be removed.`);
      if (field) delete (fields as unknown as Record<string, unknown>)[field];
      continue;
    }
    const pairs: [string, unknown][] = op.path === undefined ? entries(op.value) : [[op.path, op.value]];
    for (const [path, value] of pairs) {
      const field = fieldOf(path);
      if (field) set(fields, field, value);
    }
  }
  return fields;
}
