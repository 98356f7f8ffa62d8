/** The narrow check of a feedback record for the strengths computation (with zod/mini). */
import { StrengthFeedbackSchema } from '../model/insights.js';
import type { FeedbackCheck } from './strengths-aggregate.js';

export const strengthFeedbackCheck: FeedbackCheck = (value) => StrengthFeedbackSchema.safeParse(value).success;
