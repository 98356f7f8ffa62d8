/**
 * taiwa/register: the kit under a suffix and under the host's own names, in a page of its own that
 * loads no `taiwa/define` (so no default tag is registered unless a test does it). Composition holds:
 * the agenda under a suffix renders its picker and saves; two registrations of the strength map each
 * render their own hint panel.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { defineTaiwa, tagNames, TAIWA_ELEMENTS, type DefineTaiwaOptions } from '../../src/registry.js';
import { tagIn } from '../../src/core/tag-names.js';
import { TaiwaAgenda } from '../../src/elements/agenda/agenda.js';
import { TaiwaTopicPicker } from '../../src/elements/topic-picker/topic-picker.js';
import { TaiwaResponseSelector } from '../../src/elements/response-selector/response-selector.js';
import { TaiwaHintPanel } from '../../src/elements/hint-panel/hint-panel.js';
import { TaiwaStrengthMap } from '../../src/elements/strength-map/strength-map.js';
import type { TaiwaProvider } from '../../src/elements/provider/provider.js';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import { createMemoryDraftStore } from '../../src/adapters/drafts.js';
import type { Agenda, Feedback } from '../../src/model/schemas.js';
import { member } from '../helpers/records.js';

const inner = (el: Element, part: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${part}"]`)!;

/** The member picks work (advice) and career (listen) and submits; resolves with the record sent. */
async function memberFlow(agenda: TaiwaAgenda, beforeSubmit = () => {}): Promise<Agenda> {
  await agenda.updateComplete;
  for (const topic of ['work', 'career'])
    inner(agenda, 'topics').shadowRoot!.querySelector<HTMLInputElement>(`input[value="${topic}"]`)!.click();
  await agenda.updateComplete;
  for (const [topic, style] of [
    ['work', 'advice'],
    ['career', 'listen'],
  ])
    inner(agenda, 'responses').shadowRoot!.querySelector<HTMLInputElement>(`input[data-topic="${topic}"][value="${style}"]`)!.click();
  await agenda.updateComplete;
  beforeSubmit();
  const sent = oneEvent(agenda, 'taiwa-submit');
  inner(agenda, 'submit').click();
  return (await sent).detail.record as Agenda;
}

/** Nine ratings of m1 at career × listen, all low: a weakness, so the cell opens hints. */
const feedback: Feedback[] = Array.from({ length: 9 }, (_, i) => {
  const at = new Date(Date.UTC(2025, 3, 1 + i)).toISOString();
  return {
    id: `fb-${i}`,
    createdAt: at,
    updatedAt: at,
    sessionId: `s-${i}`,
    memberId: `u${i % 3}`,
    managerId: 'm1',
    by: 'member',
    scale: { min: 1, max: 5 },
    overall: 2,
    items: [{ topicId: 'career', responseId: 'listen', rating: 1 + (i % 2) }],
  };
});

/** Opens the first rated cell of a strength map and gives the hint panel it renders. */
async function openHints(map: TaiwaStrengthMap): Promise<Element> {
  await map.updateComplete;
  await waitUntil(() => map.shadowRoot!.querySelector('tbody button'), 'the map renders its table');
  const career = [...map.shadowRoot!.querySelectorAll('tbody tr')][3]!;
  career.querySelectorAll<HTMLButtonElement>('button')[2]!.click();
  await map.updateComplete;
  return inner(map, 'hints');
}

describe('taiwa/register: tag names', () => {
  it('registers every tag under a suffix, leaving the default names free', () => {
    const names = defineTaiwa({ suffix: 'acme' });
    expect(names['taiwa-agenda']).to.equal('taiwa-agenda-acme');
    for (const [tag, base] of Object.entries(TAIWA_ELEMENTS)) {
      const ctor = customElements.get(`${tag}-acme`);
      expect(ctor && (ctor === base || ctor.prototype instanceof base), tag).to.equal(true);
      expect(customElements.get(tag), tag).to.equal(undefined);
    }
    expect(tagIn(customElements.get('taiwa-strength-map-acme')!, 'taiwa-hint-panel')).to.equal('taiwa-hint-panel-acme');
    // The kit's own classes stay free for taiwa/define's default names.
    expect(tagIn(TaiwaStrengthMap, 'taiwa-hint-panel')).to.equal('taiwa-hint-panel');
  });

  it('runs the member agenda flow under the suffix: the agenda renders its picker and saves', async () => {
    defineTaiwa({ suffix: 'acme' });
    const adapter = createMemoryAdapter();
    const provider = await fixture<TaiwaProvider>(
      html`<taiwa-provider-acme lang="en" .adapter=${adapter} .viewer=${member} .drafts=${createMemoryDraftStore()}>
        <taiwa-agenda-acme session-id="s1"></taiwa-agenda-acme>
      </taiwa-provider-acme>`,
    );
    const agenda = provider.querySelector<TaiwaAgenda>('taiwa-agenda-acme')!;
    expect(agenda).to.be.instanceOf(TaiwaAgenda);
    await agenda.updateComplete;
    expect(inner(agenda, 'topics')).to.be.instanceOf(TaiwaTopicPicker);
    let selector: Element | undefined;
    const record = await memberFlow(agenda, () => (selector = inner(agenda, 'responses')));
    expect(selector).to.be.instanceOf(TaiwaResponseSelector);
    expect(record.items.map((i) => [i.topicId, i.responseId])).to.deep.equal([
      ['work', 'advice'],
      ['career', 'listen'],
    ]);
    expect(adapter.all('agenda').map((a) => a.sessionId)).to.deep.equal(['s1']);
    await expect(agenda).to.be.accessible();
  });

  it('keeps two registrations of one class apart: each strength map renders its own hint panel', async () => {
    defineTaiwa({ suffix: 'acme' });
    const beta = defineTaiwa({ names: { 'taiwa-strength-map': 'beta-map', 'taiwa-hint-panel': 'beta-hints' }, suffix: 'beta' });
    expect(beta['taiwa-strength-map']).to.equal('beta-map');
    expect(beta['taiwa-agenda']).to.equal('taiwa-agenda-beta');
    expect(customElements.get('beta-map')).not.to.equal(customElements.get('taiwa-strength-map-acme'));
    const page = await fixture<HTMLElement>(
      html`<div>
        <taiwa-strength-map-acme lang="en" manager-id="m1" .feedback=${feedback}></taiwa-strength-map-acme>
        <beta-map lang="en" manager-id="m1" .feedback=${feedback}></beta-map>
      </div>`,
    );
    const [acme, betaMap] = [page.children[0] as TaiwaStrengthMap, page.children[1] as TaiwaStrengthMap];
    const [acmeHints, betaHints] = [await openHints(acme), await openHints(betaMap)];
    expect(acmeHints.localName).to.equal('taiwa-hint-panel-acme');
    expect(betaHints.localName).to.equal('beta-hints');
    for (const hints of [acmeHints, betaHints]) {
      expect(hints).to.be.instanceOf(TaiwaHintPanel);
      await (hints as TaiwaHintPanel).updateComplete;
      expect(hints.shadowRoot!.textContent).to.match(/\S/);
    }
  });

  it('is silent on the same names again, warns on a name another class holds, and never throws for it', () => {
    customElements.define('taken-agenda', class extends HTMLElement {});
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      defineTaiwa({ suffix: 'acme' });
      defineTaiwa({ suffix: 'acme' });
      expect(warnings).to.deep.equal([]);
      const names = defineTaiwa({ names: { 'taiwa-agenda': 'taken-agenda' }, suffix: 'gamma' });
      expect(names['taiwa-agenda']).to.equal('taken-agenda');
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<taken-agenda>');
    expect(customElements.get('taiwa-topic-picker-gamma')?.prototype).to.be.instanceOf(TaiwaTopicPicker);
  });

  it('refuses bad names with a TypeError before registering anything', () => {
    const bad: DefineTaiwaOptions[] = [
      { suffix: 'Acme' },
      { suffix: '-x' },
      { suffix: 'a b' },
      { names: { 'taiwa-agenda': 'agenda' } },
      { names: { 'taiwa-agenda': 'Acme-agenda' } },
      { names: { 'taiwa-agenda': 'font-face' } },
      { names: { 'taiwa-agenda': 'x-one', 'taiwa-pulse': 'x-one' } },
      { names: { 'taiwa-nothing': 'x-nothing' } as never },
    ];
    for (const options of bad) {
      expect(() => defineTaiwa({ ...options, suffix: options.suffix ?? 'delta' }), JSON.stringify(options)).to.throw(
        TypeError,
        /\[taiwa\]/,
      );
    }
    expect(customElements.get('taiwa-provider-delta')).to.equal(undefined);
    expect(tagNames({ suffix: 'v2' })['taiwa-provider']).to.equal('taiwa-provider-v2');
  });

  it('without a registry of its own the agenda renders its controls under its registration’s names', async () => {
    defineTaiwa({ suffix: 'acme' });
    const agenda = document.createElement('taiwa-agenda-acme') as TaiwaAgenda;
    // A shadow root attached before the agenda connects has the page's registry, as in a browser without scoped registries.
    agenda.attachShadow({ ...TaiwaAgenda.shadowRootOptions });
    agenda.sessionId = 's1';
    const adapter = createMemoryAdapter();
    const provider = await fixture<TaiwaProvider>(
      html`<taiwa-provider-acme lang="en" .adapter=${adapter} .viewer=${member} .drafts=${createMemoryDraftStore()}></taiwa-provider-acme>`,
    );
    provider.append(agenda);
    await agenda.updateComplete;
    await waitUntil(() => agenda.shadowRoot!.querySelector('[part~="topics"]'), 'the agenda renders its picker');
    expect(inner(agenda, 'topics').localName).to.equal('taiwa-topic-picker-acme');
    expect(customElements.get('taiwa-topic-picker')).to.equal(undefined);
    let hints = '';
    const record = await memberFlow(agenda, () => (hints = inner(agenda, 'hints').localName));
    expect(record.items).to.have.length(2);
    expect(hints).to.equal('taiwa-hint-panel-acme');
    expect(adapter.all('agenda')).to.have.length(1);
  });
});
