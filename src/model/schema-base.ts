/**
 * The model's first half: zod's configuration, the primitives, the catalogue and people. The
 * records are in `schemas.ts`, which re-exports everything here; import from there.
 */
import * as z from 'zod/mini';
// `z.iso.datetime()` is these two calls; through `z.iso` a bundler builds zod's `iso` namespace object
// (and its runtime helper, shared with every chunk that has one).
import { ZodMiniISODate, ZodMiniISODateTime } from 'zod/mini';
import { _isoDate, _isoDateTime } from 'zod/v4/core';

// No eval: zod's object parser would otherwise probe whether it may compile code (the Function
// constructor) when each object schema is built, which a strict CSP (script-src 'self', no
// 'unsafe-eval') reports as a violation. Set here, before the first schema, so every bundle that
// holds the model gets it (it is zod's global config: a host's own zod schemas built after this
// one are jitless too). Cost: `npm run bench`.
z.config({ jitless: true });

export const MAX_ID = 128;
export const MAX_LABEL = 200;
export const MAX_TEXT = 2000;
export const MAX_MEMO = 10_000;

export const Id = z.string().check(z.minLength(1), z.maxLength(MAX_ID));
export const IsoDateTime = _isoDateTime(ZodMiniISODateTime, { offset: true });
/** A calendar date, `YYYY-MM-DD`. */
export const IsoDate = _isoDate(ZodMiniISODate);
export const Locale = z.enum(['ja', 'en']);
export const Role = z.enum(['member', 'manager', 'admin']);
export const Label = z.string().check(z.minLength(1), z.maxLength(MAX_LABEL));
export const Text = z.string().check(z.maxLength(MAX_TEXT));

// ---------------------------------------------------------------- catalogue

export const Topic = z.object({
  id: Id,
  label: Label,
  description: z.optional(Text),
  disabled: z.optional(z.boolean()),
});

export const ResponseStyle = z.object({
  id: Id,
  label: Label,
  description: z.optional(Text),
  disabled: z.optional(z.boolean()),
});

export const Hint = z.object({
  id: Id,
  role: z.enum(['member', 'manager']),
  /** Omitted on a general hint that applies to every topic. */
  topic: z.optional(Id),
  /** Omitted on a hint that applies to every response style. */
  response: z.optional(Id),
  text: z.string().check(z.minLength(1), z.maxLength(MAX_TEXT)),
});

export const LevelNumber = z.number().check(z.int(), z.gte(1), z.lte(6));

export const CommunicationLevel = z.object({
  level: LevelNumber,
  label: Label,
  description: Text,
  /** What typically moves a pair from this level to the next. */
  next: z.optional(Text),
});

/** A catalogue resolved for one locale: what every widget renders from. */
export const Catalog = z.object({
  locale: Locale,
  topics: z.array(Topic),
  responses: z.array(ResponseStyle),
  levels: z.array(CommunicationLevel),
});

/** A label given by a host either as plain text or per locale. */
export const LocalizedText = z.union([z.string().check(z.maxLength(MAX_TEXT)), z.partialRecord(Locale, z.string().check(z.maxLength(MAX_TEXT)))]);

/** One topic or response style in a host's override. */
export const CatalogEntryOverride = z.object({
  id: Id,
  label: z.optional(LocalizedText),
  description: z.optional(LocalizedText),
  disabled: z.optional(z.boolean()),
});

/**
 * What a host may pass as `catalog`: the list order is the display order; an entry whose id is a
 * default topic renames or disables it, a new id adds one. A default that is not listed keeps its
 * place after the listed ones unless `replace` is true.
 */
export const CatalogOverride = z.object({
  topics: z.optional(z.array(CatalogEntryOverride)),
  responses: z.optional(z.array(CatalogEntryOverride)),
  /** Extra hints, or replacements for hints with the same id. */
  hints: z.optional(z.array(Hint)),
  replace: z.optional(z.boolean()),
});

// ---------------------------------------------------------------- people

export const Viewer = z.object({
  id: Id,
  role: Role,
  name: z.optional(Label),
});

/**
 * A person of the organisation as the browser sees them: read-only, from the backend's org chart
 * (`GET {base}/records/person`: the viewer, their manager, their direct reports; everyone for an
 * HR admin) or from the host (`<taiwa-provider>.people` in the browser-only mode). Never written
 * by a widget; provisioned through SCIM or the people import on the server.
 */
export const Person = z.object({
  id: Id,
  displayName: z.string().check(z.minLength(1), z.maxLength(256)),
  email: z.optional(z.string().check(z.maxLength(320))),
  timeZone: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
  managerId: z.optional(Id),
  department: z.optional(z.string().check(z.maxLength(256))),
  active: z.boolean(),
});

export type Locale = z.infer<typeof Locale>;
export type Role = z.infer<typeof Role>;
export type Topic = z.infer<typeof Topic>;
export type ResponseStyle = z.infer<typeof ResponseStyle>;
export type Hint = z.infer<typeof Hint>;
export type CommunicationLevel = z.infer<typeof CommunicationLevel>;
export type Catalog = z.infer<typeof Catalog>;
export type CatalogOverride = z.infer<typeof CatalogOverride>;
export type LocalizedText = z.infer<typeof LocalizedText>;
export type Viewer = z.infer<typeof Viewer>;
export type Person = z.infer<typeof Person>;
