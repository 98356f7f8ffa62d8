/**
 * A generated organisation for the HR insight tests: departments, managers, members, a series
 * and 1on1s per pair, a pulse per member and month, and member feedback. Deterministic per seed.
 */
import { seeded } from '../../src/insights/random.js';
import type { HrSource } from '../../src/insights/hr.js';
import type { HrPerson } from '../../src/insights/hr-units.js';

export interface OrgShape {
  /** Team sizes per department. */
  departments: number[][];
  seed?: number;
  /** Share of member × month pulses answered. */
  answered?: number;
}

const iso = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d, 1)).toISOString();

export function generateOrg({ departments, seed = 1, answered = 1 }: OrgShape): HrSource & { people: HrPerson[] } {
  const random = seeded(seed);
  const people: HrPerson[] = [];
  const source = {
    people,
    sessions: [] as NonNullable<HrSource['sessions']>[number][],
    series: [] as NonNullable<HrSource['series']>[number][],
    feedback: [] as NonNullable<HrSource['feedback']>[number][],
    pulse: [] as NonNullable<HrSource['pulse']>[number][],
  };
  departments.forEach((teams, d) =>
    teams.forEach((size, t) => {
      const managerId = `m-${d}-${t}`;
      for (let i = 0; i < size; i++) {
        const memberId = `p-${d}-${t}-${i}`;
        people.push({ id: memberId, managerId, departmentId: `dept-${d}` });
        source.series.push({ memberId, managerId, everyWeeks: 2, startsAt: iso(2025, 1, 6) });
        for (let month = 1; month <= 6; month++) {
          const held = Math.floor(random() * 4);
          for (let h = 0; h < held; h++) {
            source.sessions.push({ memberId, managerId, heldAt: iso(2025, month, 3 + h * 8) });
            const rating = 1 + Math.floor(random() * 5);
            source.feedback.push({
              memberId,
              managerId,
              by: 'member',
              createdAt: iso(2025, month, 3 + h * 8),
              scale: { min: 1, max: 5 },
              overall: rating,
              items: [{ topicId: 'career', responseId: 'listen', rating }],
            });
          }
          if (random() < answered)
            source.pulse.push({
              memberId,
              month: `2025-0${month}`,
              growth: 1 + Math.floor(random() * 5),
              engagement: Math.round(random() * 100),
              statements: [{ id: 'trust', value: 1 + Math.floor(random() * 5) }],
            });
        }
      }
    }),
  );
  return source;
}
