/**
 * A schema upgrade blocked by an older tab (issue 15): the widget tells the person, in words and in
 * their language, to close the other tab, and carries on by itself once it is closed.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { createIndexedDbAdapter } from '../../src/adapters/indexeddb.js';
import { createMemoryDraftStore } from '../../src/adapters/drafts.js';
import { databaseName } from '../../src/adapters/db-names.js';
import { TaiwaBlockedError } from '../../src/model/errors.js';
import type { Agenda } from '../../src/model/schemas.js';
import '../../src/define.js';
import { inProvider } from '../helpers/mount.js';
import { member } from '../helpers/records.js';

const agenda: Agenda = {
  id: 'a-old',
  createdAt: '2025-05-01T09:00:00.000Z',
  updatedAt: '2025-05-01T09:00:00.000Z',
  sessionId: 's1',
  memberId: 'm1',
  items: [{ id: 'i1', topicId: 'career', responseId: 'listen', memoVisibility: 'private', proposedBy: 'member' }],
  submittedAt: '2025-05-01T09:00:00.000Z',
};

/** An older tab: version 1 of the database, open, and not stepping aside when a newer page asks. */
function olderTab(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, 1);
    req.onupgradeneeded = () => req.result.createObjectStore('records', { keyPath: ['kind', 'id'] }).put({ kind: 'agenda', id: agenda.id, value: agenda });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

for (const [lang, words] of [
  ['en', 'Close that tab'],
  ['ja', 'そのタブを閉じてください'],
] as const) {
  it(`a blocked upgrade says, in ${lang}, to close the other tab, and the agenda loads once it is closed`, async () => {
    const prefix = `blocked-${crypto.randomUUID()}`;
    const old = await olderTab(databaseName(prefix, 'm1'));
    const adapter = createIndexedDbAdapter({ dbName: prefix, viewerId: 'm1' });
    const { el } = await inProvider('taiwa-agenda', html`<taiwa-agenda session-id="s1"></taiwa-agenda>`, {
      adapter,
      viewer: member,
      drafts: createMemoryDraftStore(),
      lang,
    });
    await waitUntil(() => el.shadowRoot!.querySelector('[part="error"]'), 'the person is told', { timeout: 10_000 });
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain(words);
    expect(el.shadowRoot!.querySelector('[part="summary"]')).to.equal(null);
    // The adapter's own error says the same, with what to wait for.
    const direct = await adapter.query('agenda', {}).catch((e: unknown) => e);
    expect(direct).to.be.instanceOf(TaiwaBlockedError);

    old.close();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="summary"]'), 'the agenda loads by itself', { timeout: 10_000 });
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    // The version 1 record came through the upgrade.
    expect((await adapter.query('agenda', {})).map((r) => r.id)).to.deep.equal([agenda.id]);
    adapter.close();
  });
}
