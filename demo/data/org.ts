/**
 * The HR sample (issue 18, item 7): about 300 people over a year, deterministic, generated with the
 * seed's pattern so that the HR home's widgets mean something:
 * - 5 departments, 30 managers, 270 members; each pair has a series (every 2, 3 or 4 weeks, by
 *   manager) and 1:1s at that cadence, some skipped or cancelled (some managers often);
 * - each member has latent satisfaction per predictor (one common factor, correlations 0.3–0.5);
 *   their すっきり度 ratings (overall and per topic raised; a third of topics never raised) follow
 *   it, and their engagement follows it with the seed's standardized effects (policy 0.40, overall
 *   0.35, career 0.35, skills 0.20, work 0.10, the rest 0);
 * - the four statements are agreed with at the seed's shares by 1:1s held in the quarter
 *   (1 / 2 / 3 / 4+).
 * Ids: `org-m-NN` managers, `org-p-NNN` members, departments `sales`, `dev`, `ops`, `corp`, `cs`.
 */
import { normal, seeded } from '../../src/insights/random.js';
import type { Feedback, Pulse, Series, Session } from '../../src/model/schemas.js';

export const ORG_DEPARTMENTS = [
  { id: 'sales', ja: '営業部', en: 'Sales' },
  { id: 'dev', ja: '開発部', en: 'Engineering' },
  { id: 'ops', ja: '業務部', en: 'Operations' },
  { id: 'corp', ja: '管理部', en: 'Corporate' },
  { id: 'cs', ja: 'カスタマーサクセス部', en: 'Customer Success' },
];

const EFFECTS: Record<string, number> = {
  overall: 0.35,
  policy: 0.4,
  career: 0.35,
  skills: 0.2,
  work: 0.1,
  relationships: 0,
  wellbeing: 0,
  private: 0,
  free: 0,
};
const TOPICS = ['work', 'relationships', 'wellbeing', 'career', 'skills', 'private', 'policy', 'free'];
const RESPONSES = ['advice', 'think-together', 'listen', 'opinion', 'report'];
const SHARES: Record<string, number[]> = {
  insight: [0.43, 0.57, 0.66, 0.68],
  trust: [0.43, 0.56, 0.68, 0.71],
  growth: [0.3, 0.42, 0.47, 0.51],
  productivity: [0.3, 0.4, 0.47, 0.5],
};

export interface OrgPerson {
  id: string;
  displayName: string;
  managerId?: string;
  department: string;
}

export interface OrgSample {
  people: OrgPerson[];
  series: Series[];
  sessions: Session[];
  feedback: Feedback[];
  pulse: Pulse[];
}

const DAY = 86_400_000;
const pad = (n: number, w: number) => String(n).padStart(w, '0');
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** The sample: 12 months ending with `lastMonth` (`YYYY-MM`, default 2026-11). */
export function generateOrg(lastMonth = '2026-11', seed = 18): OrgSample {
  const random = seeded(seed);
  const [y, m] = lastMonth.split('-').map(Number) as [number, number];
  const start = Date.UTC(y, m - 12, 1);
  const end = Date.UTC(y, m, 1);
  const out: OrgSample = { people: [], series: [], sessions: [], feedback: [], pulse: [] };
  const predictors = Object.keys(EFFECTS);
  const loadings = predictors.map((_, j) => 0.55 + (0.15 * ((j * 5) % predictors.length)) / (predictors.length - 1));
  let member = 0;
  for (let mi = 0; mi < 30; mi++) {
    const managerId = `org-m-${pad(mi + 1, 2)}`;
    const department = ORG_DEPARTMENTS[mi % ORG_DEPARTMENTS.length]!.id;
    out.people.push({ id: managerId, displayName: `Manager ${mi + 1}`, department });
    const everyWeeks = [2, 4, 6, 8, 3][mi % 5]!;
    const skip = [0.05, 0.2, 0.35][mi % 3]!;
    const team = 9;
    for (let t = 0; t < team; t++) {
      const memberId = `org-p-${pad(++member, 3)}`;
      out.people.push({ id: memberId, displayName: `Member ${member}`, managerId, department });
      const f = normal(random);
      const x = loadings.map((a) => a * f + Math.sqrt(1 - a * a) * normal(random));
      const latent = Object.fromEntries(predictors.map((id, j) => [id, x[j]!]));
      const raised = TOPICS.filter(() => random() >= 1 / 3);
      if (raised.length === 0) raised.push('work');
      const eng = predictors.reduce((s, id, j) => s + EFFECTS[id]! * x[j]!, 0) + 0.35 * normal(random);
      const stamp = new Date(start).toISOString();
      const seriesId = `org-series-${memberId}`;
      out.series.push({
        id: seriesId,
        createdAt: stamp,
        updatedAt: stamp,
        memberId,
        managerId,
        everyWeeks,
        startsAt: stamp,
        timeZone: 'Asia/Tokyo',
        durationMinutes: 30,
      });
      let n = 0;
      const heldAt: number[] = [];
      for (let at = start + Math.floor(random() * 7) * DAY + 10 * 3600_000; at < end; at += everyWeeks * 7 * DAY) {
        const id = `org-s-${memberId}-${pad(++n, 3)}`;
        const when = new Date(at).toISOString();
        if (random() < skip) {
          if (random() < 0.5)
            out.sessions.push({
              id,
              createdAt: when,
              updatedAt: when,
              memberId,
              managerId,
              scheduledAt: when,
              cancelledAt: when,
              seriesId,
              sequence: 1,
            });
          continue;
        }
        out.sessions.push({
          id,
          createdAt: when,
          updatedAt: when,
          memberId,
          managerId,
          scheduledAt: when,
          heldAt: when,
          seriesId,
          sequence: 0,
        });
        heldAt.push(at);
        const rate = (v: number) => clamp(Math.round(3 + 1.2 * v + 0.4 * normal(random)), 1, 5);
        const topics = raised.filter(() => random() < 0.7).slice(0, 3);
        out.feedback.push({
          id: `org-f-${memberId}-${pad(n, 3)}`,
          createdAt: when,
          updatedAt: when,
          sessionId: id,
          memberId,
          managerId,
          by: 'member',
          scale: { min: 1, max: 5 },
          overall: rate(latent.overall!),
          items: topics.map((topicId) => ({
            topicId,
            responseId: RESPONSES[Math.floor(random() * RESPONSES.length)]!,
            rating: rate(latent[topicId]!),
          })),
        });
      }
      for (let k = 0; k < 12; k++) {
        const monthStart = Date.UTC(y, m - 12 + k, 1);
        const month = new Date(monthStart).toISOString().slice(0, 7);
        if (random() < 0.1) continue;
        const q = Math.floor(new Date(monthStart).getUTCMonth() / 3) * 3;
        const qStart = Date.UTC(new Date(monthStart).getUTCFullYear(), q, 1);
        const held = heldAt.filter((at) => at >= qStart && at < Date.UTC(new Date(monthStart).getUTCFullYear(), q + 3, 1)).length;
        const bucket = Math.min(3, Math.max(0, held - 1));
        const when = new Date(monthStart + 20 * DAY).toISOString();
        out.pulse.push({
          id: `pulse-${memberId}-${month}`,
          createdAt: when,
          updatedAt: when,
          memberId,
          managerId,
          month,
          growth: clamp(Math.round(3 + 0.8 * latent.skills! + 0.7 * normal(random)), 1, 5),
          engagement: Math.round(clamp(60 + 15 * (eng + 0.2 * normal(random)), 0, 100)),
          statements: Object.entries(SHARES).map(([id, shares]) => ({
            id,
            value: random() < shares[bucket]! ? 4 + Math.floor(random() * 2) : 1 + Math.floor(random() * 3),
          })),
        });
      }
    }
  }
  return out;
}
