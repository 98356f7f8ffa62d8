/**
 * Feedback with a known strengths answer, for the organisation-patterns tests (browser and server):
 * a manager's members rate career × listen low ("weak"), high ("strong") or in the middle
 * ("neither"), work × advice the other way round, and, with `extra`, skills × report in the middle.
 * Two members per manager, alternating, so every batch holds both.
 */
import type { Feedback } from '../../src/model/schemas.js';

export type Plan = 'weak' | 'strong' | 'neither';

type Cell = [topicId: string, responseId: string, rate: (j: number) => number];

export function plannedFeedback(managerId: string, plan: Plan, extra: boolean, perCell: number): Feedback[] {
  const low = (j: number) => 1 + (j % 2);
  const high = (j: number) => 4 + (j % 2);
  const mid = (j: number) => 3 + (j % 2);
  const cells: Cell[] = [
    ['career', 'listen', plan === 'weak' ? low : plan === 'strong' ? high : mid],
    ['work', 'advice', plan === 'weak' ? high : plan === 'strong' ? low : mid],
    ...(extra ? [['skills', 'report', mid] as Cell] : []),
  ];
  return cells.flatMap(([topicId, responseId, rate], c) =>
    Array.from({ length: perCell }, (_, j): Feedback => {
      const at = new Date(Date.UTC(2025, 0, 1) + (c * perCell + j) * 60_000).toISOString();
      return {
        id: `${managerId}-${c}-${j}`,
        createdAt: at,
        updatedAt: at,
        sessionId: `${managerId}-s${c}-${j}`,
        memberId: `${managerId}-m${j % 2}`,
        managerId,
        by: 'member',
        scale: { min: 1, max: 5 },
        overall: rate(j),
        items: [{ topicId, responseId, rating: rate(j) }],
      };
    }),
  );
}
