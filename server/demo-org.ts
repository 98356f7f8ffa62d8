/**
 * The HR sample organisation (demo/data/org.ts: about 300 people, a year of 1:1s, ratings and
 * pulses) in the server, beside the demo's small sample: its people in `people` (departments and
 * managers, which the HR insights read), the demo's HR admin granted `hr-admin`, and its records
 * through the same validated write path as the API. Loaded once: skipped when its first series is
 * there already.
 */
import { generateOrg } from '../demo/data/org.js';
import type { Db } from './db.js';
import { getPerson, setGrant, upsertPerson } from './people.js';
import { putRecord } from './records.js';

export async function seedOrg(db: Db, tenant = 'default', adminId = 'admin-1'): Promise<number> {
  const [any] = await db.query("select 1 from records where tenant = $1 and kind = 'series' and id = 'org-series-org-p-001'", [tenant]);
  if (any) return 0;
  const org = generateOrg();
  for (const p of org.people)
    await upsertPerson(db, tenant, {
      id: p.id,
      userName: p.id,
      displayName: p.displayName,
      department: p.department,
      ...(p.managerId ? { managerId: p.managerId } : {}),
    });
  // The demo's HR admin is a sample person already (seedPeople); they see this organisation too.
  if (!(await getPerson(db, tenant, adminId))) await upsertPerson(db, tenant, { id: adminId, userName: adminId, displayName: 'HR' });
  await setGrant(db, tenant, adminId, 'hr-admin', true);
  let written = 0;
  const kinds = [
    ['series', org.series],
    ['session', org.sessions],
    ['feedback', org.feedback],
    ['pulse', org.pulse],
  ] as const;
  for (const [kind, list] of kinds)
    for (const record of list) {
      const answer = await putRecord(db, tenant, kind, record.id, JSON.stringify(record), `demo-org:${kind}:${record.id}`);
      if (answer.status >= 300) throw new Error(`The sample ${kind} ${record.id} was refused: ${JSON.stringify(answer.body)}`);
      written++;
    }
  return written;
}
