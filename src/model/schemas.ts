/**
 * The model: every value that crosses the adapter seam, in `zod/mini`. Types are inferred from these
 * schemas, so the schema is the single definition of each record. The primitives, the catalogue and
 * people are in `schema-base.ts` (imported first: it sets zod's jitless mode before any schema).
 */
import * as z from 'zod/mini';
import { Id, IsoDateTime, IsoDate, LevelNumber, Text, MAX_LABEL, MAX_TEXT, MAX_MEMO } from './schema-base.js';

export * from './schema-base.js';

// ---------------------------------------------------------------- records

const RecordBase = {
  id: Id,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
};

/** One 1on1 between a member and a manager. */
const SessionFields = {
  ...RecordBase,
  memberId: Id,
  managerId: Id,
  scheduledAt: z.optional(IsoDateTime),
  heldAt: z.optional(IsoDateTime),
  /** Set when the 1on1 was cancelled; a cancelled 1on1 is kept (its `.ics` says METHOD:CANCEL). */
  cancelledAt: z.optional(IsoDateTime),
  durationMinutes: z.optional(z.number().check(z.int(), z.gte(5), z.lte(480))),
  /** The IANA time zone the 1on1 was scheduled in (its `.ics` TZID), e.g. `Asia/Tokyo`. */
  timeZone: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
  /** The recurring series it belongs to, if any. */
  seriesId: z.optional(Id),
  /**
   * Its start in its series (the `.ics` RECURRENCE-ID), kept when it is moved, so the series'
   * calendar file names the occurrence a moved or cancelled 1on1 replaces.
   */
  occurrenceAt: z.optional(IsoDateTime),
  /** The `.ics` SEQUENCE: raised on every reschedule. */
  sequence: z.optional(z.number().check(z.int(), z.gte(0))),
};

/**
 * A pair's recurring cadence: a 1on1 every `everyWeeks` weeks from `startsAt`, in `timeZone`; the
 * target interval the cadence insight measures against. Ended (not deleted) when the pair stops.
 */
const SeriesFields = {
  ...RecordBase,
  memberId: Id,
  managerId: Id,
  everyWeeks: z.number().check(z.int(), z.gte(1), z.lte(26)),
  startsAt: IsoDateTime,
  timeZone: z.string().check(z.minLength(1), z.maxLength(64)),
  durationMinutes: z.optional(z.number().check(z.int(), z.gte(5), z.lte(480))),
  endedAt: z.optional(IsoDateTime),
  /** The series' `.ics` SEQUENCE: raised when its cadence changes or it ends. */
  sequence: z.optional(z.number().check(z.int(), z.gte(0))),
};

export const MemoVisibility = z.enum(['private', 'shared']);

export const AgendaItem = z.object({
  id: Id,
  topicId: Id,
  /** The member's own title for the item, for a free topic such as `free` ("Something on my mind"). */
  title: z.optional(z.string().check(z.maxLength(MAX_LABEL))),
  responseId: z.optional(Id),
  memo: z.optional(z.string().check(z.maxLength(MAX_MEMO))),
  memoVisibility: MemoVisibility,
  proposedBy: z.enum(['member', 'manager']),
});

/** What a member wants to talk about in one session. */
const AgendaFields = {
  ...RecordBase,
  sessionId: Id,
  memberId: Id,
  managerId: z.optional(Id),
  items: z.array(AgendaItem).check(z.maxLength(50)),
  /**
   * Who writes this record: the member (absent, the default) or the manager. Each side keeps its own
   * agenda record for a 1on1, so neither ever overwrites the other: the manager's holds the topics
   * they propose (every item `proposedBy: 'manager'`), and the member takes them into their own.
   */
  author: z.optional(z.enum(['member', 'manager'])),
  /** "Next time we talk about this": the date for the next 1on1 on the same theme. */
  nextDate: z.optional(IsoDate),
  submittedAt: z.optional(IsoDateTime),
};

export const StyleMatch = z.enum(['yes', 'partly', 'no']);
const Rating = z.number().check(z.int(), z.gte(0), z.lte(10));

export const FeedbackItem = z.object({
  agendaItemId: z.optional(Id),
  topicId: Id,
  responseId: Id,
  rating: Rating,
  styleMatch: z.optional(StyleMatch),
});

/** How a 1on1 went: the member's rating, or the manager's reflection (`by: 'manager'`). */
const FeedbackFields = {
  ...RecordBase,
  sessionId: Id,
  memberId: Id,
  managerId: Id,
  by: z.enum(['member', 'manager']),
  scale: z.object({ min: Rating, max: Rating }),
  overall: Rating,
  items: z.array(FeedbackItem).check(z.maxLength(50)),
  comment: z.optional(Text),
  wentWell: z.optional(Text),
  nextTime: z.optional(Text),
  submittedAt: z.optional(IsoDateTime),
  /**
   * The member's choice for this 1on1: show its すっきり度 and answers to the manager by name. Absent:
   * the backend's policy default (off unless the host turns it on); then the manager sees them only
   * inside aggregates. Only on `by: 'member'` records.
   */
  sharedWithManager: z.optional(z.boolean()),
};

/** Where a pair's communication stands, from one side's point of view. */
const LevelAssessmentFields = {
  ...RecordBase,
  sessionId: z.optional(Id),
  memberId: Id,
  managerId: Id,
  by: z.enum(['member', 'manager']),
  method: z.enum(['check-in', 'direct']),
  level: LevelNumber,
  /** For a check-in: the levels whose statements were ticked. */
  signals: z.optional(z.array(LevelNumber)),
};

/** One answer of a pulse on the 5-point agree scale (1 disagree … 5 agree). */
export const PulseAnswer = z.object({ id: Id, value: z.number().check(z.int(), z.gte(1), z.lte(5)) });

/** A member's monthly pulse: sense of growth and engagement. */
const PulseFields = {
  ...RecordBase,
  memberId: Id,
  managerId: z.optional(Id),
  month: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/)),
  /** 先月を振り返っての成長実感: looking back on last month, how much the member felt they grew (1–5). */
  growth: z.number().check(z.int(), z.gte(1), z.lte(5)),
  /**
   * The engagement index, 0–100. Written by `<taiwa-pulse>` as the mean of `engagementItems`
   * rescaled (1 → 0, 5 → 100); a host with its own survey imports its score here instead.
   */
  engagement: z.optional(z.number().check(z.gte(0), z.lte(100))),
  /** The engagement items as answered (1–5 agree scale), by the host's item ids. */
  engagementItems: z.optional(z.array(PulseAnswer).check(z.maxLength(10))),
  /** The seed's four statements (`insight`, `trust`, `growth`, `productivity`) on the 1–5 agree scale. */
  statements: z.optional(z.array(PulseAnswer).check(z.maxLength(10))),
};

/** A hint the member (or manager) chose to try in a session. */
const HintMarkFields = {
  ...RecordBase,
  sessionId: Id,
  memberId: Id,
  managerId: z.optional(Id),
  by: z.enum(['member', 'manager']),
  hintId: Id,
  marked: z.boolean(),
};

/**
 * An action item (宿題): something the member or the manager will do before a later 1on1. Its
 * writer is its owner (one writer per record); `private` items stay on the owner's device, like
 * private memos. `dueSessionId` is the 1on1 it is due by (the next one by default, following it
 * when that 1on1 is rescheduled); `dueDate` is for an item with no 1on1 to follow.
 */
const ActionFields = {
  ...RecordBase,
  memberId: Id,
  managerId: Id,
  owner: z.enum(['member', 'manager']),
  text: z.string().check(z.minLength(1), z.maxLength(MAX_TEXT)),
  status: z.enum(['open', 'done', 'dropped']),
  visibility: MemoVisibility,
  /** The 1on1 it was agreed in, if any. */
  sessionId: z.optional(Id),
  dueSessionId: z.optional(Id),
  dueDate: z.optional(IsoDate),
  /** When it was marked done or dropped. */
  closedAt: z.optional(IsoDateTime),
};

const fieldsByKind = {
  session: SessionFields,
  agenda: AgendaFields,
  feedback: FeedbackFields,
  level: LevelAssessmentFields,
  pulse: PulseFields,
  'hint-mark': HintMarkFields,
  action: ActionFields,
  series: SeriesFields,
};
type FieldKind = keyof typeof fieldsByKind;

/**
 * Records are tied to their kind without a `kind` field in the body: a record of one kind refuses
 * every field that another kind requires and this kind does not have (an agenda refuses `by`,
 * `scale`, `overall`, ...; a session refuses `sessionId`, `items`, ...), so a feedback record never
 * passes as an agenda. Every other unknown property is still tolerated and stripped, so a newer
 * client or server may add optional fields; a new field must not take a name another kind requires.
 */
function refusedFields(kind: FieldKind): Record<string, z.ZodMiniOptional<z.ZodMiniNever>> {
  const own = fieldsByKind[kind] as Record<string, unknown>;
  const owners = new Map<string, string[]>();
  for (const [other, fields] of Object.entries(fieldsByKind)) {
    if (other === kind) continue;
    for (const [name, schema] of Object.entries(fields)) {
      if (Object.hasOwn(own, name) || (schema as z.ZodMiniType)._zod.optin === 'optional') continue;
      owners.set(name, [...(owners.get(name) ?? []), other]);
    }
  }
  const out: Record<string, z.ZodMiniOptional<z.ZodMiniNever>> = {};
  for (const [name, kinds] of owners) {
    out[name] = z.optional(z.never({ error: `is a field of ${kinds.join(', ')} records, not of ${kind} records` }));
  }
  return out;
}

/** `fields` as the schema of `kind`, refusing the fields that belong to other kinds. */
function recordOf<K extends FieldKind>(kind: K) {
  // The refused fields are typed as absent (`?: undefined`) so a record of another kind does not
  // type-check either.
  return z.object({ ...fieldsByKind[kind], ...refusedFields(kind) } as (typeof fieldsByKind)[K] & RefusedOf<K>);
}

type RequiredKeys<F> = { [P in keyof F]: F[P] extends z.ZodMiniOptional ? never : P }[keyof F];
type RefusedOf<K extends FieldKind> = {
  [P in Exclude<{ [O in Exclude<FieldKind, K>]: RequiredKeys<(typeof fieldsByKind)[O]> }[Exclude<FieldKind, K>], keyof (typeof fieldsByKind)[K]>]: z.ZodMiniOptional<z.ZodMiniNever>;
};

/** One 1on1 between a member and a manager. */
export const Session = recordOf('session');
/** What a member wants to talk about in one session. */
export const Agenda = recordOf('agenda');
/** How a 1on1 went: the member's rating, or the manager's reflection (`by: 'manager'`). */
export const Feedback = recordOf('feedback');
/** Where a pair's communication stands, from one side's point of view. */
export const LevelAssessment = recordOf('level');
/** A member's monthly pulse: sense of growth and engagement. */
export const Pulse = recordOf('pulse');
/** A hint the member (or manager) chose to try in a session. */
export const HintMark = recordOf('hint-mark');
/** An action item (宿題) agreed in or after a 1on1, carried into the next agenda while open. */
export const Action = recordOf('action');
/** A pair's recurring cadence of 1on1s. */
export const Series = recordOf('series');

export const recordSchemas = {
  session: Session,
  agenda: Agenda,
  feedback: Feedback,
  level: LevelAssessment,
  pulse: Pulse,
  'hint-mark': HintMark,
  action: Action,
  series: Series,
} as const;

/**
 * The filters of `adapter.query(kind, query)` and of `GET /records/{kind}`: every adapter refuses
 * the same malformed ones (an empty id, a time that is not ISO 8601, a filter it does not know).
 */
export const RecordQuerySchema = z.strictObject({
  personId: z.optional(Id),
  sessionId: z.optional(Id),
  from: z.optional(IsoDateTime),
  to: z.optional(IsoDateTime),
});

export type Session = z.infer<typeof Session>;
export type MemoVisibility = z.infer<typeof MemoVisibility>;
export type AgendaItem = z.infer<typeof AgendaItem>;
export type Agenda = z.infer<typeof Agenda>;
export type StyleMatch = z.infer<typeof StyleMatch>;
export type FeedbackItem = z.infer<typeof FeedbackItem>;
export type Feedback = z.infer<typeof Feedback>;
export type LevelAssessment = z.infer<typeof LevelAssessment>;
export type Pulse = z.infer<typeof Pulse>;
export type HintMark = z.infer<typeof HintMark>;
export type Action = z.infer<typeof Action>;
export type Series = z.infer<typeof Series>;
