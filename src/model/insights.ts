/**
 * Aggregates an adapter may compute where the data lives (`TaiwaAdapter.aggregate`): what each
 * insight is asked with, and the shape of its answer, validated like every other answer.
 */
import * as z from 'zod/mini';
import { Id } from './schemas.js';

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
});

/** What each insight is asked with. */
export interface InsightQueries {
  /** One manager's map (`managerId`), or the organisation's without it. */
  strengths: { managerId?: string; k?: number; prior?: number };
}

/** What each insight answers. */
export interface InsightResults {
  strengths: z.infer<typeof StrengthMapSchema>;
}

export type InsightKind = keyof InsightQueries;

/** The schema each insight's answer is validated with. */
export const insightSchemas = { strengths: StrengthMapSchema } as const;
