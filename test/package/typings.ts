// Type tests, checked by `npm run typecheck` (tsc over test/): the adapter's records narrow per kind.
// Not run; every `@ts-expect-error` below fails the type check if the line it marks ever compiles.
import type { Agenda, Feedback, Session, TaiwaAdapter } from '../../src/index.js';
import { matches } from '../../src/index.js';
import type { ConformanceCheck } from '../../src/testing/adapter-conformance.js';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const assertType = <T extends true>(_: T) => undefined;

export async function typings(adapter: TaiwaAdapter, agenda: Agenda, feedback: Feedback, session: Session, checks: ConformanceCheck[]) {
  const _agendas = await adapter.query('agenda', {});
  assertType<Equal<typeof _agendas, Agenda[]>>(true);
  const _sessions = await adapter.query('session', { personId: 'u-1' });
  assertType<Equal<typeof _sessions, Session[]>>(true);

  await adapter.put('agenda', agenda);
  await adapter.put('feedback', feedback);
  // @ts-expect-error an agenda is not a feedback record
  await adapter.put('feedback', agenda);
  // @ts-expect-error a session is not an agenda
  await adapter.put('agenda', session);
  // @ts-expect-error there is no record kind "meeting"
  await adapter.query('meeting', {});
  // @ts-expect-error a query has no field "memberId" (personId is member or manager)
  await adapter.query('agenda', { memberId: 'u-1' });

  const found: boolean = matches(agenda, { sessionId: agenda.sessionId }, 'agenda');
  return [found, checks.map((c) => c.name)];
}
