/**
 * Aggregates an adapter may compute where the data lives (`TaiwaAdapter.aggregate`): what each
 * insight is asked with, and the shape of its answer, validated like every other answer.
 */
import * as z from 'zod/mini';
import { Id, IsoDateTime } from './schemas.js';
import { hrInsightSchemas, type HrInsightQueries, type HrInsightResults } from './insights-hr.js';

export * from './insights-hr.js';

const Figure = z.nullable(z.number());
const Classification = z.enum(['strength', 'neutral', 'weakness']);

export const StrengthCellSchema = z.object({
  topicId: Id,
  responseId: Id,
  masked: z.boolean(),
  count: Figure,
  mean: Figure,
  estimate: Figure,
  low: Figure,
  high: Figure,
  classification: z.enum(['strength', 'neutral', 'weakness', 'masked']),
  /** A masked cell: how many more ratings it needs to show (absent: it needs ratings from another member). */
  needed: z.optional(z.number().check(z.int(), z.gte(1))),
  vsOrg: z.optional(Classification),
  orgMean: z.optional(z.number()),
});

export const StrengthMapSchema = z.object({
  managerId: z.optional(Id),
  k: z.number().check(z.int(), z.gte(1)),
  prior: z.number().check(z.gte(0)),
  scale: z.object({ min: z.number(), max: z.number() }),
  overall: z.object({
    masked: z.boolean(),
    count: Figure,
    mean: Figure,
    orgMean: z.optional(z.number()),
  }),
  topics: z.array(Id),
  responses: z.array(Id),
  cells: z.array(StrengthCellSchema),
  /** Records left out because they failed validation (counted, not listed), when any were. */
  invalid: z.optional(z.number().check(z.int(), z.gte(0))),
  /**
   * The viewer's own map only: when others (HR, where the policy allows it) opened it, newest first.
   * Who opened it is not said.
   */
  readBy: z.optional(z.array(z.object({ at: IsoDateTime }))),
});

const Managers = z.nullable(z.number().check(z.int(), z.gte(0)));

/**
 * HR's view of strengths: per topic × response, how many managers are weak (▼) and strong (▲)
 * there, never which ones. A cell behind which fewer than `k` managers have a published figure is
 * hidden (every count `null`).
 */
export const StrengthPatternsSchema = z.object({
  /** The minimum number of managers behind a shown cell (the server's). */
  k: z.number().check(z.int(), z.gte(1)),
  /** The department the patterns cover; absent: the whole organisation (or the viewer's part of it). */
  department: z.optional(z.string().check(z.minLength(1), z.maxLength(256))),
  /** Managers in scope with at least one published cell. */
  managers: z.number().check(z.int(), z.gte(0)),
  topics: z.array(Id),
  responses: z.array(Id),
  cells: z.array(
    z.object({
      topicId: Id,
      responseId: Id,
      hidden: z.boolean(),
      /** Managers with a published figure here (weak + strong + neither). */
      managers: Managers,
      weak: Managers,
      strong: Managers,
    }),
  ),
});

const Rating = z.number().check(z.int(), z.gte(0), z.lte(10));

/**
 * The fields of a feedback record the strengths computation reads, checked as `Feedback` checks
 * them: the narrow schema a large read validates with (every record that fails is counted).
 */
export const StrengthFeedbackSchema = z.object({
  id: Id,
  createdAt: IsoDateTime,
  memberId: Id,
  managerId: Id,
  sharedWithManager: z.optional(z.boolean()),
  by: z.enum(['member', 'manager']),
  scale: z.object({ min: Rating, max: Rating }),
  items: z.array(z.object({ topicId: Id, responseId: Id, rating: Rating })).check(z.maxLength(50)),
});

/** What each insight is asked with. */
export interface InsightQueries extends HrInsightQueries {
  /** One manager's map (`managerId`), or the organisation's without it. */
  strengths: {
    managerId?: string;
    k?: number;
    prior?: number;
    /**
     * Only `managerId`'s own records, with no organisation figures: what a manager sees of their own
     * 1on1s. A server decides this from who asks; local adapters honour it as given.
     */
    own?: boolean;
    /**
     * The policy's default for feedback without `sharedWithManager` (a local adapter's provider
     * setting): feedback the manager sees by name is left out of the map. A server uses its own.
     */
    sharedByDefault?: boolean;
    /** Publish a cell only when each batch holds ratings from two members or more (a server always does). */
    twoMembers?: boolean;
  };
  /** How many managers are weak or strong per topic × response, across the organisation or one `department`. */
  'strength-patterns': {
    department?: string;
    /** A local adapter's minimum managers per cell (a server uses its own). */
    k?: number;
  };
}

/** What each insight answers. */
export interface InsightResults extends HrInsightResults {
  strengths: z.infer<typeof StrengthMapSchema>;
  'strength-patterns': z.infer<typeof StrengthPatternsSchema>;
}

export type InsightKind = keyof InsightQueries;

/** The schema each insight's answer is validated with. */
export const insightSchemas = { strengths: StrengthMapSchema, 'strength-patterns': StrengthPatternsSchema, ...hrInsightSchemas } as const;
