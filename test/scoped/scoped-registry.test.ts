/**
 * The scoped-registry recipe of the README, in Chromium's native scoped custom element registries:
 * the host registers the kit in a shadow root's own registry (`defineTaiwa({ registry })`), the
 * page's registry stays empty, and the member rates a 1on1 and sends it there.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { defineTaiwa, TAIWA_ELEMENTS } from '../../src/registry.js';
import type { TaiwaProvider } from '../../src/elements/provider/provider.js';
import { TaiwaSatisfactionRater } from '../../src/elements/satisfaction-rater/satisfaction-rater.js';
import { TaiwaHintPanel } from '../../src/elements/hint-panel/hint-panel.js';
import type { TaiwaStrengthMap } from '../../src/elements/strength-map/strength-map.js';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import { createMemoryDraftStore } from '../../src/adapters/drafts.js';
import type { Feedback } from '../../src/model/schemas.js';
import { agendaOf, manager, member, session } from '../helpers/records.js';

const agenda = agendaOf([
  { id: 'i1', topicId: 'career', responseId: 'listen', memoVisibility: 'private', proposedBy: 'member' },
  { id: 'i2', topicId: 'work', responseId: 'advice', memoVisibility: 'shared', memo: 'status', proposedBy: 'member' },
]);

/** A host element with a shadow root of its own registry, holding `markup`. */
async function scopedRoot(registry: CustomElementRegistry, markup: string): Promise<ShadowRoot> {
  const host = await fixture<HTMLElement>(html`<div></div>`);
  const root = host.attachShadow({ mode: 'open', customElementRegistry: registry } as ShadowRootInit);
  // Static markup of the test's own (no user text): the recipe's host writes its template the same way.
  root.innerHTML = markup;
  return root;
}

const radio = (el: Element, name: string, value: string) =>
  el.shadowRoot!.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!;

describe('a scoped custom element registry', () => {
  it('holds the whole kit: the member rates the 1on1 and sends it, the page’s registry untouched', async () => {
    expect('initialize' in CustomElementRegistry.prototype, 'scoped registries in this Chromium').to.equal(true);
    const registry = new CustomElementRegistry();
    const names = defineTaiwa({ registry });
    expect(names['taiwa-satisfaction-rater']).to.equal('taiwa-satisfaction-rater');
    // As the README's recipe does it: elements created in the registry, then put in the shadow root.
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open', customElementRegistry: registry } as ShadowRootInit);
    const create = (tag: string) => document.createElement(tag, { customElementRegistry: registry } as ElementCreationOptions);
    const provider = create('taiwa-provider') as TaiwaProvider;
    const adapter = createMemoryAdapter({ session: [session], agenda: [agenda] });
    Object.assign(provider, { adapter, viewer: member, drafts: createMemoryDraftStore(), lang: 'en' });
    const rater = create('taiwa-satisfaction-rater') as TaiwaSatisfactionRater;
    rater.setAttribute('session-id', 's1');
    provider.append(rater);
    root.append(provider);
    expect(rater).to.be.instanceOf(TaiwaSatisfactionRater);
    await waitUntil(() => rater.shadowRoot?.querySelector('input[name="r1"]'), 'the rater shows the agenda’s items');
    await expect(rater).to.be.accessible();

    radio(rater, 'overall', '4').click();
    radio(rater, 'r0', '2').click();
    radio(rater, 'r1', '5').click();
    await rater.updateComplete;
    const sent = oneEvent(rater, 'taiwa-submit');
    rater.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    const record = (await sent).detail.record as Feedback;
    expect(record.overall).to.equal(4);
    expect(record.items.map((i) => [i.topicId, i.rating])).to.deep.equal([
      ['career', 2],
      ['work', 5],
    ]);
    const stored = adapter.all('feedback');
    expect(stored.map((f) => [f.sessionId, f.memberId, f.overall])).to.deep.equal([['s1', 'm1', 4]]);
    for (const tag of Object.keys(TAIWA_ELEMENTS)) expect(customElements.get(tag), tag).to.equal(undefined);
  });

  it('keeps the children of an element in the scoped registry: the strength map’s hint panel upgrades', async () => {
    const registry = new CustomElementRegistry();
    defineTaiwa({ registry, suffix: 'scoped' });
    const root = await scopedRoot(
      registry,
      '<taiwa-provider-scoped lang="en"><taiwa-strength-map-scoped></taiwa-strength-map-scoped></taiwa-provider-scoped>',
    );
    const at = (i: number) => new Date(Date.UTC(2025, 3, 1 + i)).toISOString();
    const feedback: Feedback[] = Array.from({ length: 9 }, (_, i) => ({
      id: `fb-${i}`,
      createdAt: at(i),
      updatedAt: at(i),
      sessionId: `s-${i}`,
      memberId: 'u1',
      managerId: 'boss',
      by: 'member',
      scale: { min: 1, max: 5 },
      overall: 2,
      items: [{ topicId: 'career', responseId: 'listen', rating: 1 }],
    }));
    Object.assign(root.querySelector('taiwa-provider-scoped')!, { adapter: createMemoryAdapter({ feedback }), viewer: manager });
    const map = root.querySelector('taiwa-strength-map-scoped') as TaiwaStrengthMap;
    await waitUntil(() => map.shadowRoot?.querySelector('tbody button'), 'the map renders its table');
    [...map.shadowRoot!.querySelectorAll('tbody tr')][3]!.querySelectorAll<HTMLButtonElement>('button')[2]!.click();
    await map.updateComplete;
    const hints = map.shadowRoot!.querySelector('[part~="hints"]')!;
    expect(hints.localName).to.equal('taiwa-hint-panel-scoped');
    expect(hints).to.be.instanceOf(TaiwaHintPanel);
    expect(customElements.get('taiwa-hint-panel-scoped')).to.equal(undefined);
  });
});
