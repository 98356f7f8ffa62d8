// The HR insight paths of openapi.json (wp-hrsrv): GET /insights/{cadence|drivers|effect|pulse},
// read by scripts/contract.mjs. Their parameters are strict (an unknown one, or one given twice,
// is a 400), as server/insights-hr.ts answers them; their answers are the model's schemas
// (src/model/insights-hr.ts), registered as components by contract.mjs.

/** Answer component names by insight. */
export const HR_COMPONENTS = { cadence: 'CadenceReport', drivers: 'Drivers', effect: 'Effect', pulse: 'PulseSummary' };

/** The zod/mini schema of each component (from the model's `insights` module). */
export const hrComponentSchemas = (insights) => ({
  CadenceReport: insights.CadenceReportSchema,
  Drivers: insights.DriversSchema,
  Effect: insights.EffectSchema,
  PulseSummary: insights.PulseSummarySchema,
});

const param = (name, description, schema) => ({ name, in: 'query', required: false, description, schema });
const int = (minimum, maximum) => ({ type: 'integer', minimum, maximum });

// Values a generated request can combine freely (the period of `from` and `to` must be `period`'s,
// `to` not before `from`): the property tests draw valid requests from these examples.
const RANGE = [
  param('period', '`month` or `quarter` (default `quarter`): every figure is over whole calendar periods.', {
    type: 'string',
    enum: ['month', 'quarter'],
    examples: ['quarter'],
    'x-valid': 'examples',
  }),
  param('from', 'The first period, `YYYY-MM` or `YYYY-Qn` of `period`’s kind; default `to`, else the period of `asOf`.', {
    type: 'string',
    pattern: '^\\d{4}-(0[1-9]|1[0-2]|Q[1-4])$',
    examples: ['2025-Q1', '2025-Q2'],
    'x-valid': 'examples',
  }),
  param('to', 'The last period (at most 240 after `from`); default the period of `asOf` (with `from`), else `from`.', {
    type: 'string',
    pattern: '^\\d{4}-(0[1-9]|1[0-2]|Q[1-4])$',
    examples: ['2025-Q3', '2025-Q4'],
    'x-valid': 'examples',
  }),
  param(
    'unit',
    'One org unit by its group id: `organisation` (default), `department:<department>`, `manager:<department>/<manager>` (a team: a department × a manager; parts URI-encoded). Never a person. HR: any; a manager: their own team, and (skip-level) the teams and whole departments below them; others 403.',
    { type: 'string', minLength: 1, maxLength: 512, pattern: '^(organisation|department:[^/]*|manager:[^/]*/[^/]+)$' },
  ),
  param('k', 'Minimum people behind any published figure; never below the server’s (5); a manager’s own part’s cadence is shown in full.', int(1, 1000)),
  param('asOf', 'The date the report is for (`YYYY-MM-DD`); default today (UTC). Periods after it have no figures.', {
    type: 'string',
    format: 'date',
    pattern: '^\\d{4}-\\d{2}-\\d{2}$',
    examples: ['2025-12-31', '2026-03-15'],
    'x-valid': 'examples',
  }),
];

const EXTRA = {
  cadence: [
    param('graceDays', 'Days of grace beyond a pair’s target interval (default 7).', int(0, 365)),
    param('defaultTargetDays', 'The target interval of a pair with no series (default 28).', int(1, 365)),
  ],
  drivers: [
    param('minGroup', 'Fewest members with answers for a regression (default 25).', int(2, 100000)),
    param('resamples', 'Bootstrap resamples (default 1,000).', int(0, 5000)),
    param('seed', 'Seed of the resampling, for a repeatable answer.', int(0, 2 ** 31)),
  ],
  effect: [],
  pulse: [],
};

const SUMMARY = {
  cadence:
    '実施回数・頻度: 1on1s held and cancelled, active pairs, the median interval, the share of pairs within their target and the overdue pairs, per period, for the unit and every group below it (organisation → department → team, never a member). Computed in SQL where the data lives.',
  drivers:
    'Engagement drivers: the relative importance of overall and per-topic 1on1 satisfaction for engagement (relative weights, bootstrap intervals, the seed’s bands), for the unit over the range.',
  effect: 'The effect of 1on1 count: per statement, the share agreeing by 1on1s held in the range (1 / 2 / 3 / 4+), for the unit.',
  pulse: 'The pulse per period for the unit: respondents, mean engagement, mean 成長実感 and the share agreeing per statement.',
};

export function hrInsightPaths({ ref, json, problemJson, common }) {
  const out = {};
  for (const [insight, component] of Object.entries(HR_COMPONENTS)) {
    out[`/insights/${insight}`] = {
      get: {
        operationId: `insight-${insight}`,
        summary: SUMMARY[insight],
        description:
          'Every aggregate covers at least `k` people, with complementary suppression over the unit tree (src/insights/suppression.ts): a hidden figure is `null` with the reason (`small`, `parent`, `complementary`), so that no two published figures differ by fewer than `k` people.',
        parameters: [...RANGE, ...EXTRA[insight]],
        responses: {
          200: { description: 'The aggregate.', content: json(ref(component)) },
          400: {
            description:
              'A parameter is malformed, out of range, unknown, or given twice (`field` names it), or the range is not one (`from` after `to`, a period of the other kind, more than 240 periods).',
            content: problemJson,
          },
          401: { description: 'Not signed in.', content: problemJson },
          403: { description: 'The unit is outside the caller’s part of the organisation (or the caller is neither HR nor a manager).', content: problemJson },
          ...Object.fromEntries(Object.entries(common).filter(([status]) => !['401', '403'].includes(status))),
        },
      },
    };
  }
  return out;
}
