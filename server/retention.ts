/**
 * The retention of deactivated people: a person deactivated through SCIM (or the import) keeps
 * their records for `TAIWA_RETENTION_DAYS` days (default 365), so a return or a manager's look
 * back still finds them; then the person, their grants and their records are erased as
 * `DELETE {base}/me` would (server/me.ts). Runs when the server starts and then once a day.
 */
import type { Db } from './db.js';
import { erasePerson, type Erasure } from './me.js';
import type { Logger } from './ops.js';

const DAY = 86_400_000;

export interface RetentionRun {
  erased: { tenant: string; id: string; erasure: Erasure }[];
}

/** Erases everyone deactivated more than `days` days before `now`, in every tenant. */
export async function runRetention(db: Db, days: number, now = new Date()): Promise<RetentionRun> {
  const before = new Date(now.getTime() - days * DAY);
  const due = await db.query<{ tenant: string; id: string }>(
    'select tenant, id from people where not active and deactivated_at < $1 order by tenant, id collate "C"',
    [before.toISOString()],
  );
  const erased: RetentionRun['erased'] = [];
  for (const { tenant, id } of due) {
    const erasure = await erasePerson(db, tenant, id, before);
    if (erasure) erased.push({ tenant, id, erasure });
  }
  return { erased };
}

/** Runs the retention now and every `everyMs` (a day); the returned stop waits for a run in flight. Failures are logged, never thrown. */
export function scheduleRetention(db: Db, days: number, log: Logger, everyMs = DAY): () => Promise<void> {
  let running: Promise<void> | undefined;
  const run = () => {
    running ??= runRetention(db, days)
      .then(
        (r) => {
          if (r.erased.length) log({ level: 'info', msg: 'retention erased deactivated people', count: r.erased.length, days });
        },
        (err: Error) => log({ level: 'error', msg: 'retention failed', error: err.name, detail: err.message }),
      )
      .finally(() => (running = undefined));
  };
  run();
  const timer = setInterval(run, everyMs);
  timer.unref?.();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
