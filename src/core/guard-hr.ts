/**
 * The HR insights for an adapter without `aggregate`: its validated records (sessions, series,
 * feedback, pulses), through the one implementation in `src/insights/hr.ts`.
 */
import type { AggregateResult, GuardedAdapter } from '../model/adapter.js';
import type { InsightKind, InsightQueries, InsightResults } from '../model/insights.js';

export async function hrFallback<I extends InsightKind>(
  guarded: GuardedAdapter,
  insight: I,
  query: InsightQueries[I],
): Promise<AggregateResult<I>> {
  const [sessions, series, feedback, pulse, hr] = await Promise.all([
    guarded.query('session', {}),
    guarded.query('series', {}),
    guarded.query('feedback', {}),
    guarded.query('pulse', {}),
    import('../insights/hr-dispatch.js'),
  ]);
  const source = { sessions: sessions.records, series: series.records, feedback: feedback.records, pulse: pulse.records };
  const errors = [...sessions.errors, ...series.errors, ...feedback.errors, ...pulse.errors];
  return { result: hr.hrInsight(insight, query, source) as InsightResults[I], errors };
}
