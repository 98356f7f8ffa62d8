/**
 * The SCIM User resource (RFC 7643 §4.1 plus the enterprise extension's `manager` and
 * `department`) and its mapping to a person (server/people.ts): what Taiwa stores, what it sends
 * back, and the checks a write goes through (the same for POST, PUT, PATCH and the CLI import).
 */
import * as z from 'zod/mini';
import type { Person, PersonInput } from './people.js';
import { CORE, ENTERPRISE } from './scim-filter.js';

export { CORE, ENTERPRISE };
export const ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';
export const LIST = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
export const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

/** A SCIM error (RFC 7644 §3.12): its status, `scimType` and detail. */
export class ScimError extends Error {
  constructor(
    readonly status: number,
    readonly scimType: string | undefined,
    detail: string,
  ) {
    super(detail);
  }
  get body() {
    return { schemas: [ERROR], status: String(this.status), ...(this.scimType ? { scimType: this.scimType } : {}), detail: this.message };
  }
}

/** The fields of a person a SCIM client sets (everything but `id` and the timestamps). */
export interface UserFields {
  userName: string;
  externalId?: string;
  displayName: string;
  email?: string;
  timeZone?: string;
  managerId?: string;
  department?: string;
  active: boolean;
}

const Text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const Email = z.object({ value: z.string().check(z.maxLength(320)), primary: z.optional(z.unknown()), type: z.optional(z.unknown()) });
/** Entra ID sends some booleans as "True"/"False". */
export const Bool = z.union([
  z.boolean(),
  z.pipe(
    z.enum(['True', 'False', 'true', 'false']),
    z.transform((s) => s.toLowerCase() === 'true'),
  ),
]);

/** The body of a POST or PUT; unknown attributes (title, phoneNumbers, …) are accepted and not kept. */
const UserBody = z.object({
  schemas: z.optional(z.array(z.string())),
  userName: Text(256),
  externalId: z.optional(z.nullable(Text(256))),
  displayName: z.optional(z.nullable(z.string().check(z.maxLength(256)))),
  name: z.optional(
    z.nullable(
      z.object({
        formatted: z.optional(z.nullable(z.string().check(z.maxLength(256)))),
        givenName: z.optional(z.nullable(z.string().check(z.maxLength(128)))),
        familyName: z.optional(z.nullable(z.string().check(z.maxLength(128)))),
      }),
    ),
  ),
  emails: z.optional(z.nullable(z.array(Email))),
  timezone: z.optional(z.nullable(z.string().check(z.maxLength(64)))),
  active: z.optional(z.nullable(Bool)),
  [ENTERPRISE]: z.optional(
    z.nullable(
      z.object({
        manager: z.optional(z.nullable(z.union([z.string(), z.object({ value: z.optional(z.nullable(z.string())) })]))),
        department: z.optional(z.nullable(z.string().check(z.maxLength(256)))),
      }),
    ),
  ),
});

/** Whether `tz` is an IANA time zone this runtime knows. */
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const blank = (s: string | null | undefined) => (s === null || s === undefined || s.trim() === '' ? undefined : s.trim());

/** A POST/PUT body as the fields Taiwa keeps; a bad body is a 400 `invalidValue` naming the attribute. */
export function userFromBody(body: unknown): UserFields {
  const parsed = UserBody.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ScimError(400, 'invalidValue', `${issue.path.join('.') || 'body'}: ${issue.message}`);
  }
  const b = parsed.data;
  const ent = b[ENTERPRISE];
  const manager = typeof ent?.manager === 'string' ? ent.manager : ent?.manager?.value;
  const emails = b.emails ?? [];
  const email = blank((emails.find((e) => e.primary === true || e.primary === 'True') ?? emails[0])?.value);
  const given = [blank(b.name?.givenName), blank(b.name?.familyName)].filter(Boolean).join(' ');
  return checkUser({
    userName: b.userName.trim(),
    ...(blank(b.externalId) ? { externalId: blank(b.externalId)! } : {}),
    displayName: blank(b.displayName) ?? blank(b.name?.formatted) ?? (given || b.userName.trim()),
    ...(email ? { email } : {}),
    ...(blank(b.timezone) ? { timeZone: blank(b.timezone)! } : {}),
    ...(blank(manager) ? { managerId: blank(manager)! } : {}),
    ...(blank(ent?.department) ? { department: blank(ent?.department)! } : {}),
    active: b.active ?? true,
  });
}

/** The checks every write shares (after a PATCH too). */
export function checkUser(u: UserFields, id?: string): UserFields {
  if (u.userName.length === 0 || u.userName.length > 256) throw new ScimError(400, 'invalidValue', 'userName: 1–256 characters.');
  if (u.displayName.length === 0 || u.displayName.length > 256) throw new ScimError(400, 'invalidValue', 'displayName: 1–256 characters.');
  if (u.email !== undefined && !/^[^\s@]+@[^\s@]+$/.test(u.email))
    throw new ScimError(400, 'invalidValue', `emails: "${u.email}" is not an address.`);
  if (u.timeZone !== undefined && !isTimeZone(u.timeZone))
    throw new ScimError(400, 'invalidValue', `timezone: "${u.timeZone}" is not an IANA time zone (e.g. Asia/Tokyo).`);
  if (u.managerId !== undefined && u.managerId.length > 128) throw new ScimError(400, 'invalidValue', 'manager: at most 128 characters.');
  if (id !== undefined && u.managerId === id) throw new ScimError(400, 'invalidValue', 'manager: a person cannot be their own manager.');
  return u;
}

export const toInput = (id: string, u: UserFields): PersonInput => ({ id, ...u });

export const fieldsOf = (p: Person): UserFields => ({
  userName: p.userName,
  ...(p.externalId !== undefined ? { externalId: p.externalId } : {}),
  displayName: p.displayName,
  ...(p.email !== undefined ? { email: p.email } : {}),
  ...(p.timeZone !== undefined ? { timeZone: p.timeZone } : {}),
  ...(p.managerId !== undefined ? { managerId: p.managerId } : {}),
  ...(p.department !== undefined ? { department: p.department } : {}),
  active: p.active,
});

export const etagOf = (p: Person) => `W/"${p.version}"`;

/** A person as a SCIM User resource; `location` is the resource's absolute URL. */
export function toScim(p: Person, location: string): Record<string, unknown> {
  const enterprise = {
    ...(p.managerId !== undefined
      ? { manager: { value: p.managerId, $ref: `${location.replace(/[^/]+$/, '')}${encodeURIComponent(p.managerId)}` } }
      : {}),
    ...(p.department !== undefined ? { department: p.department } : {}),
  };
  return {
    schemas: [CORE, ENTERPRISE],
    id: p.id,
    ...(p.externalId !== undefined ? { externalId: p.externalId } : {}),
    userName: p.userName,
    name: { formatted: p.displayName },
    displayName: p.displayName,
    ...(p.email !== undefined ? { emails: [{ value: p.email, type: 'work', primary: true }] } : {}),
    ...(p.timeZone !== undefined ? { timezone: p.timeZone } : {}),
    active: p.active,
    [ENTERPRISE]: enterprise,
    meta: { resourceType: 'User', created: p.createdAt, lastModified: p.updatedAt, version: etagOf(p), location },
  };
}
