/**
 * The HR insights' queries and answers (issue 18): cadence, engagement drivers, the effect of
 * 1on1 count and the pulse, each over one org unit (`organisation`, `department:<id>`,
 * `manager:<department>/<manager>`) and whole calendar months or quarters. Every figure below the
 * minimum group `k` comes back `null`, with the reason it is hidden.
 */
import * as z from 'zod/mini';

const Count = z.number().check(z.int(), z.gte(0));
const Share = z.nullable(z.number().check(z.gte(0), z.lte(1)));
const Hidden = z.enum(['small', 'parent', 'complementary']);
const Key = z.string().check(z.maxLength(16));
const Unit = z.string().check(z.maxLength(512));

/** The query fields every HR insight shares (all optional; see `src/insights/hr-units.ts`). */
export interface HrRangeQuery {
  period?: 'month' | 'quarter';
  from?: string;
  to?: string;
  unit?: string;
  k?: number;
  asOf?: string;
}

export const CadenceReportSchema = z.object({
  unit: Unit,
  asOf: z.string(),
  k: Count,
  periods: z.array(z.object({ kind: z.enum(['month', 'quarter']), key: Key, start: z.number(), end: z.number() })),
  groups: z.array(
    z.object({
      id: Unit,
      level: z.enum(['organisation', 'department', 'manager']),
      parentId: z.nullable(Unit),
      departmentId: z.nullable(z.string()),
      managerId: z.nullable(z.string()),
      published: z.boolean(),
      hidden: z.optional(Hidden),
      people: z.nullable(Count),
      figures: z.array(
        z.nullable(
          z.object({
            held: Count,
            cancelled: Count,
            pairs: Count,
            medianIntervalDays: z.nullable(z.number()),
            withinTarget: Share,
            withinTargetPairs: Count,
            overdue: Count,
          }),
        ),
      ),
    }),
  ),
  skipped: z.object({ meetings: Count, pairs: Count }),
});

const Excluded = z.array(z.object({ id: z.string(), n: Count, reason: z.enum(['too-few-answers', 'no-variance']) }));
const Range = { unit: Unit, from: Key, to: Key };

export const DriversSchema = z.discriminatedUnion('status', [
  z.object({
    ...Range,
    status: z.literal('ok'),
    n: Count,
    r2: z.number(),
    r2Low: z.number(),
    r2High: z.number(),
    resamples: Count,
    drivers: z.array(
      z.object({
        id: z.string(),
        n: Count,
        share: z.number(),
        shareLow: z.number(),
        shareHigh: z.number(),
        beta: z.number(),
        betaLow: z.number(),
        betaHigh: z.number(),
        band: z.enum(['+', '++', '+++', '++++', '+++++', 'none']),
      }),
    ),
    excluded: Excluded,
  }),
  z.object({
    ...Range,
    status: z.literal('insufficient'),
    reason: z.enum(['too-few-people', 'no-predictor']),
    n: Count,
    minGroup: Count,
    excluded: Excluded,
  }),
  z.object({ ...Range, status: z.literal('suppressed'), hidden: Hidden, k: Count }),
]);

const Figure = z.nullable(z.number());

export const EffectSchema = z.discriminatedUnion('published', [
  z.object({
    ...Range,
    published: z.literal(true),
    k: Count,
    agreeMin: z.number(),
    withoutOneOnOne: Count,
    statements: z.array(
      z.object({
        id: z.string(),
        respondents: z.nullable(Count),
        cells: z.array(
          z.object({
            bucket: z.enum(['1', '2', '3', '4+']),
            published: z.boolean(),
            hidden: z.optional(Hidden),
            n: z.nullable(Count),
            agree: z.nullable(Count),
            share: Share,
            low: Share,
            high: Share,
          }),
        ),
      }),
    ),
  }),
  z.object({ ...Range, published: z.literal(false), hidden: Hidden, k: Count }),
]);

export const PulseSummarySchema = z.object({
  unit: Unit,
  k: Count,
  periods: z.array(
    z.object({
      key: Key,
      published: z.boolean(),
      hidden: z.optional(Hidden),
      respondents: z.nullable(Count),
      engagement: Figure,
      growth: Figure,
      statements: z.array(z.object({ id: z.string(), agree: Share })),
    }),
  ),
});

/** What the HR insights are asked with. */
export interface HrInsightQueries {
  cadence: HrRangeQuery & { graceDays?: number; defaultTargetDays?: number };
  drivers: HrRangeQuery & { minGroup?: number; resamples?: number; seed?: number };
  effect: HrRangeQuery;
  pulse: HrRangeQuery;
}

export interface HrInsightResults {
  cadence: z.infer<typeof CadenceReportSchema>;
  drivers: z.infer<typeof DriversSchema>;
  effect: z.infer<typeof EffectSchema>;
  pulse: z.infer<typeof PulseSummarySchema>;
}

export const hrInsightSchemas = {
  cadence: CadenceReportSchema,
  drivers: DriversSchema,
  effect: EffectSchema,
  pulse: PulseSummarySchema,
} as const;
