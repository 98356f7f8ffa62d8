/**
 * The people CLI import (CSV and JSON) and the demo's people, on PGlite and PostgreSQL: validated
 * per line, all or nothing, idempotent, a dry run writes nothing; the demo goes through SCIM's checks.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import type { Db } from '../../server/db.js';
import { seedPeople } from '../../server/demo.js';
import { directReports, getPerson, hasGrant, listPeople } from '../../server/people.js';
import { importPeople, parsePeople } from '../../server/people-import.js';
import { drivers, tenantName } from './helpers.js';

const CSV = `\ufeffid,userName,displayName,email,timeZone,managerId,department,active,hrAdmin
boss,,"Sato, Kenichi",sato@example.com,Asia/Tokyo,,Sales,,
m-1,ito,伊藤 美咲,ito@example.com,Asia/Tokyo,boss,Sales,true,
m-2,,"Watanabe ""Sho""",,Europe/Berlin,boss,,false,
hr,,Takahashi,hr@example.com,,,HR,,true
`;

for (const driver of drivers) {
  describe(`people import on ${driver.name}`, () => {
    let db: Db;
    before(async () => (db = await driver.open()));
    after(() => db.close());

    it('imports a CSV (quotes, BOM, defaults), and again changes nothing', async () => {
      const tenant = tenantName('csv');
      const first = await importPeople(db, tenant, parsePeople(CSV, 'csv'));
      assert.deepEqual(first.errors, []);
      assert.deepEqual(first.created, ['boss', 'm-1', 'm-2', 'hr']);
      const boss = await getPerson(db, tenant, 'boss');
      assert.equal(boss?.displayName, 'Sato, Kenichi');
      assert.equal(boss?.userName, 'sato@example.com');
      const m2 = await getPerson(db, tenant, 'm-2');
      assert.deepEqual([m2?.displayName, m2?.userName, m2?.active, m2?.timeZone], ['Watanabe "Sho"', 'm-2', false, 'Europe/Berlin']);
      assert.deepEqual(
        (await directReports(db, tenant, 'boss')).map((p) => p.id),
        ['m-1'],
      );
      assert.equal(await hasGrant(db, tenant, 'hr', 'hr-admin'), true);
      assert.equal(await hasGrant(db, tenant, 'm-1', 'hr-admin'), false);

      const again = await importPeople(db, tenant, parsePeople(CSV, 'csv'));
      assert.deepEqual([again.created, again.updated, again.unchanged.length], [[], [], 4]);
      assert.equal((await getPerson(db, tenant, 'boss'))?.version, boss?.version);

      const moved = await importPeople(
        db,
        tenant,
        parsePeople(CSV.replace('Asia/Tokyo,boss,Sales,true', 'Asia/Tokyo,hr,Sales,true'), 'csv'),
      );
      assert.deepEqual(moved.updated, ['m-1']);
      assert.deepEqual(
        (await directReports(db, tenant, 'hr')).map((p) => p.id),
        ['m-1'],
      );
    });

    it('reports every bad line and writes nothing', async () => {
      const tenant = tenantName('bad');
      const text = `id,displayName,timeZone,managerId,active,email
ok,Fine,,,,
,No id,,,,
tz,Bad zone,Mars/Olympus,,,
act,Bad active,,,maybe,
mgr,Unknown manager,,ghost,,
ok,Duplicate,,,,
mail,Bad mail,,,,not-an-address
`;
      const r = await importPeople(db, tenant, parsePeople(text, 'csv'));
      assert.deepEqual(r.errors, [
        'line 3: id is required',
        'line 4: timezone: "Mars/Olympus" is not an IANA time zone (e.g. Asia/Tokyo).',
        'line 5: active: expected true or false, got "maybe"',
        'line 8: emails: "not-an-address" is not an address.',
        'line 7: id "ok" is also on line 2',
        'line 7: userName "ok" is also on line 2',
        'line 6: managerId "ghost" is neither in the file nor provisioned',
      ]);
      assert.deepEqual(await listPeople(db, tenant), []);
      assert.match(parsePeople('id,displayName\n"unclosed,x\n', 'csv').errors[0]!, /does not parse/);
      assert.match(parsePeople('{"people": 3}', 'json').errors[0]!, /neither an array/);
      assert.deepEqual(parsePeople('[{"id": "a", "displayName": "A", "role": "boss"}]', 'json').errors, [
        'line 1: unknown column(s) role (known: id, userName, displayName, email, timeZone, managerId, department, active, externalId, hrAdmin)',
      ]);
    });

    it('imports JSON; a dry run says what it would do and writes nothing', async () => {
      const tenant = tenantName('json');
      const json = JSON.stringify({
        people: [
          { id: 'a', displayName: 'A' },
          { id: 'b', displayName: 'B', managerId: 'a', active: false },
        ],
      });
      const dry = await importPeople(db, tenant, parsePeople(json, 'json'), true);
      assert.deepEqual([dry.dryRun, dry.created], [true, ['a', 'b']]);
      assert.deepEqual(await listPeople(db, tenant), []);
      const real = await importPeople(db, tenant, parsePeople(json, 'json'));
      assert.deepEqual(real.created, ['a', 'b']);
      assert.equal((await getPerson(db, tenant, 'b'))?.active, false);
      const dryAgain = await importPeople(db, tenant, parsePeople(json.replace('"B"', '"Bee"'), 'json'), true);
      assert.deepEqual([dryAgain.unchanged, dryAgain.updated], [['a'], ['b']]);
      assert.equal((await getPerson(db, tenant, 'b'))?.displayName, 'B');
    });

    it('seeds the demo organisation through the SCIM write path, with the HR grant, idempotently', async () => {
      const tenant = tenantName('demo');
      assert.equal(await seedPeople(db, tenant), 16);
      assert.equal(await seedPeople(db, tenant), 0);
      assert.deepEqual(
        (await directReports(db, tenant, 'mgr-1')).map((p) => p.id),
        ['mem-1', 'mem-2', 'mem-3', 'mem-4'],
      );
      const mem5 = await getPerson(db, tenant, 'mem-5');
      assert.deepEqual([mem5?.managerId, mem5?.department, mem5?.timeZone], ['mgr-2', '開発部', 'Asia/Tokyo']);
      assert.equal(await hasGrant(db, tenant, 'admin-1', 'hr-admin'), true);
      assert.equal(await hasGrant(db, tenant, 'mgr-1', 'hr-admin'), false);
    });
  });
}

describe('npm run people:import', () => {
  let dir: string;
  before(async () => (dir = await mkdtemp(join(tmpdir(), 'taiwa-import-'))));
  after(() => rm(dir, { recursive: true, force: true }));
  const run = async (...args: string[]) => {
    try {
      const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'server/people-import.ts', ...args], {
        env: { ...process.env, TAIWA_DATA_DIR: join(dir, 'db'), DATABASE_URL: '' },
      });
      return { code: 0, stdout, stderr };
    } catch (err) {
      const e = err as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };

  it('dry-runs, imports, and fails with per-line errors and exit code 1', async () => {
    await writeFile(join(dir, 'people.csv'), CSV);
    await writeFile(join(dir, 'bad.json'), JSON.stringify([{ id: 'x', displayName: 'X', managerId: 'nobody' }]));
    const dry = await run(join(dir, 'people.csv'), '--dry-run');
    assert.equal(dry.code, 0, dry.stderr);
    assert.match(dry.stdout, /Would create 4, update 0, unchanged 0\./);
    const real = await run(join(dir, 'people.csv'));
    assert.match(real.stdout, /Created 4, updated 0, unchanged 0\./);
    const again = await run(join(dir, 'people.csv'));
    assert.match(again.stdout, /Created 0, updated 0, unchanged 4\./);
    const bad = await run(join(dir, 'bad.json'));
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /line 1: managerId "nobody" is neither in the file nor provisioned/);
    assert.match(bad.stdout, /1 error\(s\), nothing written/);
  });
});
