import { expect, html } from '@open-wc/testing';
import { openDB, unwrap } from 'idb';
import '../../src/elements/topic-picker/define.js';
import { createIndexedDbAdapter } from '../../src/adapters/indexeddb.js';
import { readStrengths } from '../../src/adapters/indexeddb-strengths.js';
import { strengthsOf } from '../../src/insights/strengths-aggregate.js';
import { CHECKED_WITH, MAX_ID, plainQuery } from '../../src/model/checked.js';
import { inProvider } from '../helpers/mount.js';

// This file runs in its own page: what it fetched is what such a page fetches.
const fetched = () => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
const validation = () => fetched().filter((p) => /zod|\/model\/(schemas|schema-base|validate|insights)\.ts$/.test(p));
const at = new Date(Date.UTC(2026, 0, 5)).toISOString();
const agenda = (id: string, topicId: unknown) => ({
  id,
  sessionId: 's1',
  memberId: 'm1',
  items: [{ id: `${id}-i`, topicId, memoVisibility: 'private', proposedBy: 'member' }],
  createdAt: at,
  updatedAt: at,
});

/** Writes a value the way the adapter keeps it, straight into its store (as an earlier page load would have). */
async function store(name: string, kind: string, value: { id: string; sessionId?: string; [field: string]: unknown }, checked?: number) {
  const db = await openDB(name);
  await db.put('records', { kind, id: value.id, value, sessionId: value.sessionId, personKeys: [`${kind}|m1`], createdAt: at, revision: 1, ...(checked ? { checked } : {}) });
  db.close();
}

describe('records the adapter checked on their way in', () => {
  it('show without loading the validation again', async () => {
    const adapter = createIndexedDbAdapter({ dbName: `checked-${crypto.randomUUID()}`, viewerId: 'm1' });
    await adapter.query('session', {}); // creates the database (no validation for a plain query)
    await store(adapter.name, 'agenda', agenda('a1', 'career'), CHECKED_WITH);
    const { el } = await inProvider('taiwa-topic-picker', html`<taiwa-topic-picker session-id="s1" multiple></taiwa-topic-picker>`, {
      adapter,
      viewer: { id: 'm1', role: 'member' },
    });
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('input[value="career"]')!.checked).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    expect(validation()).to.deep.equal([]);
    adapter.close();
  });

  it('a record without the stamp is checked: a bad one is an error, not shown', async () => {
    const adapter = createIndexedDbAdapter({ dbName: `unchecked-${crypto.randomUUID()}`, viewerId: 'm1' });
    await adapter.query('session', {});
    // Same stamp but a record from before it, and one with an older stamp: both go through the schemas.
    await store(adapter.name, 'agenda', agenda('a1', 7));
    await store(adapter.name, 'agenda', { ...agenda('a2', 'career'), memberId: '' }, CHECKED_WITH - 1);
    const { el } = await inProvider('taiwa-topic-picker', html`<taiwa-topic-picker session-id="s1" multiple></taiwa-topic-picker>`, {
      adapter,
      viewer: { id: 'm1', role: 'member' },
    });
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.exist;
    expect(el.shadowRoot!.querySelectorAll('input:checked')).to.have.length(0);
    expect(validation().length).to.be.greaterThan(0);
    adapter.close();
  });

  it('the strengths read checks unstamped records with the narrow schema and counts the bad ones', async () => {
    const adapter = createIndexedDbAdapter({ dbName: `strengths-${crypto.randomUUID()}`, viewerId: 'hr' });
    await adapter.query('session', {});
    const feedback = (id: string, rating: unknown) => ({
      id,
      sessionId: `s-${id}`,
      memberId: 'm1',
      managerId: 'boss',
      by: 'member',
      scale: { min: 1, max: 5 },
      overall: 3,
      items: [{ topicId: 'career', responseId: 'listen', rating }],
      createdAt: at,
      updatedAt: at,
    });
    await store(adapter.name, 'feedback', feedback('f1', 4), CHECKED_WITH);
    await store(adapter.name, 'feedback', { ...feedback('f2', 5), memberId: 'm2' });
    await store(adapter.name, 'feedback', feedback('f3', 'five'));
    await store(adapter.name, 'feedback', feedback('f4', 'six'), CHECKED_WITH + 1);
    const db = await openDB(adapter.name);
    const map = await readStrengths(unwrap(db), {}, CHECKED_WITH);
    db.close();
    expect(map.invalid).to.equal(2);
    // The same answer as the two valid records give by themselves.
    const { invalid, ...rest } = map;
    expect(invalid).to.equal(2);
    expect(rest).to.deep.equal(strengthsOf([feedback('f1', 4), { ...feedback('f2', 5), memberId: 'm2' }] as never, {}));
    adapter.close();
  });

  it('the cheap query look passes only what the query schema passes', async () => {
    const { MAX_ID: schemaMax } = await import('../../src/model/schema-base.js');
    expect(MAX_ID).to.equal(schemaMax);
    expect(plainQuery({})).to.equal(true);
    expect(plainQuery({ sessionId: 's1', personId: 'm1' })).to.equal(true);
    expect(plainQuery({ sessionId: '' })).to.equal(false);
    expect(plainQuery({ sessionId: 'x'.repeat(MAX_ID + 1) })).to.equal(false);
    expect(plainQuery({ sessionId: 3 })).to.equal(false);
    expect(plainQuery({ from: at })).to.equal(false);
    expect(plainQuery({ other: 'x' })).to.equal(false);
    expect(plainQuery([])).to.equal(false);
    // What the look refuses the schema still judges: a date range is a valid query.
    const adapter = createIndexedDbAdapter({ dbName: `query-${crypto.randomUUID()}`, viewerId: 'm1' });
    expect(await adapter.query('session', { from: at })).to.deep.equal([]);
    let error: unknown;
    await adapter.query('session', { other: 'x' } as never).catch((e: unknown) => (error = e));
    expect((error as Error | undefined)?.name).to.equal('TaiwaDataError');
    await adapter.destroy();
  });
});
