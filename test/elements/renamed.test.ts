/**
 * Host-chosen tag names: this file registers no `taiwa-*` tag (it imports the classes only, and runs
 * in a page of its own), defines every class under another name, and runs the member's agenda flow.
 * Then the same in a scoped custom-element registry, where the agenda's inner controls are the
 * host's scoped classes.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { TaiwaProvider } from '../../src/elements/provider/provider.js';
import { TaiwaAgenda } from '../../src/elements/agenda/agenda.js';
import { TaiwaTopicPicker } from '../../src/elements/topic-picker/topic-picker.js';
import { TaiwaResponseSelector } from '../../src/elements/response-selector/response-selector.js';
import { TaiwaHintPanel } from '../../src/elements/hint-panel/hint-panel.js';
import { TaiwaSatisfactionRater } from '../../src/elements/satisfaction-rater/satisfaction-rater.js';
import { TaiwaLevelTracker } from '../../src/elements/level-tracker/level-tracker.js';
import { TaiwaLevelCheckIn } from '../../src/elements/level-check-in/level-check-in.js';
import { TaiwaStrengthMap } from '../../src/elements/strength-map/strength-map.js';
import { TaiwaSyncStatus } from '../../src/elements/sync-status/sync-status.js';
import type { AgendaElements } from '../../src/elements/agenda/agenda.elements.js';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import { createMemoryDraftStore } from '../../src/adapters/drafts.js';
import type { Agenda } from '../../src/model/schemas.js';
import { member } from '../helpers/records.js';

const classes = {
  provider: TaiwaProvider,
  agenda: TaiwaAgenda,
  'topic-picker': TaiwaTopicPicker,
  'response-selector': TaiwaResponseSelector,
  'hint-panel': TaiwaHintPanel,
  'satisfaction-rater': TaiwaSatisfactionRater,
  'level-tracker': TaiwaLevelTracker,
  'level-check-in': TaiwaLevelCheckIn,
  'strength-map': TaiwaStrengthMap,
  'sync-status': TaiwaSyncStatus,
};
// Subclasses, as a host that extends the kit would write them (and as two registrations need).
for (const [name, ctor] of Object.entries(classes)) customElements.define(`x-${name}`, class extends (ctor as unknown as typeof HTMLElement) {});

const inner = (agenda: Element, part: string) => agenda.shadowRoot!.querySelector<HTMLElement>(`[part~="${part}"]`)!;

/** The member chooses two topics and a style for each, then submits; resolves with the record sent and the inner controls used. */
async function memberFlow(agenda: TaiwaAgenda): Promise<{ record: Agenda; picker: Element; selector: Element; hints: Element | null }> {
  await agenda.updateComplete;
  for (const topic of ['work', 'career'])
    inner(agenda, 'topics').shadowRoot!.querySelector<HTMLInputElement>(`input[value="${topic}"]`)!.click();
  await agenda.updateComplete;
  for (const [topic, style] of [
    ['work', 'advice'],
    ['career', 'listen'],
  ]) {
    inner(agenda, 'responses').shadowRoot!.querySelector<HTMLInputElement>(`input[data-topic="${topic}"][value="${style}"]`)!.click();
  }
  await agenda.updateComplete;
  const used = {
    picker: inner(agenda, 'topics'),
    selector: inner(agenda, 'responses'),
    hints: agenda.shadowRoot!.querySelector('[part~="hints"]'),
  };
  // The hint panel gets the active item through the context, not from a tag it looks for.
  await waitUntil(() => agenda.activeTopic !== '' && (used.hints as TaiwaHintPanel | null)?.currentTopic === agenda.activeTopic);
  const sent = oneEvent(agenda, 'taiwa-submit');
  inner(agenda, 'submit').click();
  return { record: (await sent).detail.record as Agenda, ...used };
}

describe('host-chosen tag names', () => {
  it('runs the member flow with every class under x-* names, registering no taiwa-* tag', async () => {
    const adapter = createMemoryAdapter();
    const provider = await fixture<TaiwaProvider>(
      html`<x-provider lang="en" .adapter=${adapter} .viewer=${member} .drafts=${createMemoryDraftStore()}>
        <x-agenda session-id="s1"></x-agenda>
      </x-provider>`,
    );
    const agenda = provider.querySelector<TaiwaAgenda>('x-agenda')!;
    expect(agenda).to.be.instanceOf(TaiwaAgenda);
    const { record, picker, selector, hints } = await memberFlow(agenda);
    expect(record.items.map((i) => [i.topicId, i.responseId])).to.deep.equal([
      ['work', 'advice'],
      ['career', 'listen'],
    ]);
    expect(adapter.all('agenda')).to.have.length(1);
    // Its inner controls are Taiwa's classes, in the agenda's own registry: the page's has no taiwa-* tag.
    expect(picker).to.be.instanceOf(TaiwaTopicPicker);
    expect(selector).to.be.instanceOf(TaiwaResponseSelector);
    expect(hints).to.be.instanceOf(TaiwaHintPanel);
    for (const name of Object.keys(classes)) expect(customElements.get(`taiwa-${name}`), name).to.equal(undefined);
  });

  it('uses the host’s scoped classes for the agenda’s inner controls', async () => {
    class ScopedPicker extends TaiwaTopicPicker {}
    class ScopedSelector extends TaiwaResponseSelector {}
    class ScopedHints extends TaiwaHintPanel {}
    class ScopedAgenda extends TaiwaAgenda {
      static override elements = async (): Promise<AgendaElements> => ({
        'taiwa-topic-picker': ScopedPicker,
        'taiwa-response-selector': ScopedSelector,
        'taiwa-hint-panel': ScopedHints,
      });
    }
    expect('initialize' in CustomElementRegistry.prototype, 'scoped registries in this Chromium').to.equal(true);
    const registry = new CustomElementRegistry();
    registry.define('my-provider', class extends TaiwaProvider {});
    registry.define('my-agenda', ScopedAgenda);
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open', customElementRegistry: registry } as ShadowRootInit);
    root.innerHTML = '<my-provider lang="en"><my-agenda session-id="s1"></my-agenda></my-provider>';
    const provider = root.querySelector('my-provider') as TaiwaProvider;
    const adapter = createMemoryAdapter();
    Object.assign(provider, { adapter, viewer: member, drafts: createMemoryDraftStore() });
    const agenda = root.querySelector('my-agenda') as ScopedAgenda;
    expect(agenda).to.be.instanceOf(ScopedAgenda);
    const { record, picker, selector, hints } = await memberFlow(agenda);
    expect(record.items).to.have.length(2);
    expect(adapter.all('agenda')).to.have.length(1);
    expect(picker).to.be.instanceOf(ScopedPicker);
    expect(selector).to.be.instanceOf(ScopedSelector);
    expect(hints).to.be.instanceOf(ScopedHints);
    expect(customElements.get('my-agenda')).to.equal(undefined);
  });
});
