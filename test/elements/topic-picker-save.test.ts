/**
 * The picker's write (`topic-picker.save.ts`) is not part of its content: a picker shows the stored
 * choice without loading it, and the first change loads it and saves. (This file runs in a page of
 * its own, so no other test has loaded the module before.)
 */
import { expect, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/topic-picker/define.js';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import type { Agenda } from '../../src/model/schemas.js';
import { agendaOf, member, session } from '../helpers/records.js';
import { inProvider } from '../helpers/mount.js';

const loaded = () => performance.getEntriesByType('resource').some((e) => e.name.includes('topic-picker.save'));

describe('taiwa-topic-picker: its write loads at the first save', () => {
  it('shows the stored choice without the write module, then loads it at the first change and saves', async () => {
    const adapter = createMemoryAdapter({
      session: [session],
      agenda: [agendaOf([{ id: 'i1', topicId: 'career', memoVisibility: 'private', proposedBy: 'member' }])],
    });
    const { el } = await inProvider('taiwa-topic-picker', html`<taiwa-topic-picker session-id="s1"></taiwa-topic-picker>`, {
      adapter,
      viewer: member,
    });
    await el.updateComplete;
    const input = (id: string) => el.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${id}"]`)!;
    expect(input('career').checked).to.equal(true);
    expect(el.value).to.equal('career');
    expect(loaded()).to.equal(false);

    const saved = oneEvent(el, 'taiwa-save');
    input('work').click();
    const { detail } = (await saved) as CustomEvent<{ kind: string; record: Agenda }>;
    expect(loaded()).to.equal(true);
    expect(detail.record.items.map((i) => i.topicId)).to.deep.equal(['work']);
    // The same agenda, updated: no second agenda for the session.
    const records = await adapter.query('agenda', { sessionId: 's1' });
    expect(records).to.have.length(1);
    expect(records[0]!.items.map((i) => i.topicId)).to.deep.equal(['work']);
  });
});
