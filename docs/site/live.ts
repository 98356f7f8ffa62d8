/**
 * The live example of an element's docs page: the markup is in the page already; this gives its
 * provider the browser-only adapter over the demo's sample data (IndexedDB, one database per viewer,
 * filled on the first visit; the HR organisation in a memory adapter) and the viewer, sets the
 * example's properties, and follows the language switch. Nothing here writes HTML: it sets
 * attributes and properties only.
 */
import '../../src/define.js';
import { createIndexedDbAdapter } from '../../src/adapters/indexeddb.js';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import { withOutbox } from '../../src/adapters/outbox.js';
import { guard } from '../../src/core/guard.js';
import type { TaiwaAdapter } from '../../src/adapters/types.js';
import type { TaiwaProvider } from '../../src/elements/provider/provider.js';
import { RECORD_KINDS } from '../../src/model/records.js';
import type { Locale, Person } from '../../src/model/schemas.js';
import { generateSampleData, recordsFor } from '../../demo/data/generate.js';
import { generateOrg } from '../../demo/data/org.js';
import { PEOPLE, nameFor } from '../../demo/data/people.js';
import { EXAMPLES, type Example } from './examples.js';

const DB = 'taiwa-docs';
const people: Person[] = PEOPLE.map((p) => ({
  id: p.id,
  displayName: p.name,
  ...(p.managerId ? { managerId: p.managerId } : {}),
  active: true,
}));

/** The viewer's IndexedDB database, filled from the sample the first time (writes go through the guard, as the widgets' do). */
async function browserOnly(viewerId: string): Promise<TaiwaAdapter> {
  const db = createIndexedDbAdapter({ dbName: DB, viewerId });
  // One tab fills the database; another docs tab opened meanwhile waits for the whole sample.
  await navigator.locks.request(`${DB}-fill:${viewerId}`, async () => {
    if ((await db.query('session', {})).length > 0) return;
    const records = recordsFor(generateSampleData(), viewerId);
    const seam = guard(db);
    for (const kind of RECORD_KINDS) {
      const list = records[kind] as never[];
      for (let i = 0; i < list.length; i += 32) await Promise.all(list.slice(i, i + 32).map((r) => seam.put(kind, r)));
    }
    await db.setPeople(people);
  });
  return db;
}

/** The HR sample organisation (300 people, a year of 1on1s) in memory. */
function organisation(): TaiwaAdapter {
  const org = generateOrg();
  return createMemoryAdapter(
    { session: org.sessions, series: org.series, feedback: org.feedback, pulse: org.pulse },
    {
      people: org.people.map((p) => ({
        id: p.id,
        displayName: p.displayName,
        ...(p.managerId ? { managerId: p.managerId } : {}),
        department: p.department,
        active: true,
      })),
    },
  );
}

async function adapterFor(tag: string, ex: Example): Promise<TaiwaAdapter> {
  if (ex.memory) return organisation();
  const local = await browserOnly(ex.viewer);
  if (tag !== 'taiwa-sync-status') return local;
  // The sync status shows an outbox: here one whose backend is the same browser-only store. The
  // member's latest agenda is written again through it (an upsert by id), so there is a write to speak of.
  const outbox = withOutbox(local, { viewerId: ex.viewer });
  const agenda = (await local.query('agenda', {})).sort((x, y) => (x.createdAt < y.createdAt ? 1 : -1))[0];
  if (agenda) await outbox.put('agenda', agenda);
  return outbox;
}

function setLocale(stage: HTMLElement, tag: string, ex: Example, locale: Locale) {
  stage.lang = locale;
  stage.querySelector('taiwa-provider')?.setAttribute('lang', locale);
  const el = stage.querySelector(tag);
  if (el && ex.properties) Object.assign(el, ex.properties(locale));
}

async function start(stage: HTMLElement) {
  const tag = `taiwa-${stage.dataset.example}`;
  const ex = EXAMPLES[tag];
  const provider = stage.querySelector<TaiwaProvider>('taiwa-provider');
  if (!ex || !provider) throw new Error(`docs: no example for ${tag}`);
  stage.addEventListener('taiwa-error', (e) => console.error(`docs example ${tag}:`, (e as CustomEvent<{ error: Error }>).detail?.error));
  const person = PEOPLE.find((p) => p.id === ex.viewer)!;
  const locale = (document.querySelector<HTMLInputElement>('input[name="example-lang"]:checked')?.value ?? 'ja') as Locale;
  setLocale(stage, tag, ex, locale);
  provider.viewer = { id: person.id, role: person.role, name: nameFor(person.id, locale) };
  provider.adapter = await adapterFor(tag, ex);
  for (const input of document.querySelectorAll<HTMLInputElement>('input[name="example-lang"]')) {
    input.addEventListener('change', () => input.checked && setLocale(stage, tag, ex, input.value as Locale));
  }
  stage.dataset.ready = 'true';
}

for (const stage of document.querySelectorAll<HTMLElement>('.stage[data-example]')) {
  start(stage).catch((err) => {
    console.error(err);
    stage.dataset.ready = 'failed';
  });
}
