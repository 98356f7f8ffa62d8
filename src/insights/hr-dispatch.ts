/** One entry for the HR insights by name: the adapters, the Worker and the server call this. */
import { cadenceInsight, driversInsight, effectInsight, pulseInsight, type HrSource } from './hr.js';

export type HrInsightName = 'cadence' | 'drivers' | 'effect' | 'pulse';

export const isHrInsight = (name: string): name is HrInsightName =>
  name === 'cadence' || name === 'drivers' || name === 'effect' || name === 'pulse';

/** The insight `name` over `source`; a RangeError for a bad query. */
export function hrInsight(name: string, query: unknown, source: HrSource): unknown {
  const q = (query ?? {}) as Record<string, never>;
  switch (name) {
    case 'cadence':
      return cadenceInsight(source, q);
    case 'drivers':
      return driversInsight(source, q);
    case 'effect':
      return effectInsight(source, q);
    case 'pulse':
      return pulseInsight(source, q);
    default:
      throw new RangeError(`unknown insight ${JSON.stringify(name)}`);
  }
}
