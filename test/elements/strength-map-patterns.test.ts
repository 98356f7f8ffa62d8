/**
 * The strength map's organisation mode (`patterns`, HR) and the manager's "HR viewed this map" line.
 * Generated data with a known answer: three managers weak at career × listen by construction, one
 * strong there, one neither; two rate skills × report (fewer than five managers: hidden). Through
 * the real server (REST adapter, signed in as HR; the policy's relations on) and in pure UI mode,
 * axe-clean in both languages. The server's own figures are test/server/strengths-org.test.ts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/provider/define.js';
import '../../src/elements/strength-map/define.js';
import type { TaiwaStrengthMap } from '../../src/elements/strength-map/strength-map.js';
import { createRestAdapter } from '../../src/adapters/rest.js';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import type { TaiwaAdapter } from '../../src/model/adapter.js';
import type { Viewer } from '../../src/model/schemas.js';
import { inProvider } from '../helpers/mount.js';
import { TestTenant } from '../adapters/outbox-server.js';
import { plannedFeedback, type Plan } from '../helpers/strength-plans.js';

const MANAGERS: [string, Plan][] = [
  ['mgr-w0', 'weak'],
  ['mgr-w1', 'weak'],
  ['mgr-w2', 'weak'],
  ['mgr-s0', 'strong'],
  ['mgr-n0', 'neither'],
];

const feedback = MANAGERS.flatMap(([id, plan], i) => plannedFeedback(id, plan, i >= 3, 6));

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
// Default catalogue order: topics work, relationships, wellbeing, career, skills, …; responses advice, think-together, listen, opinion, report.
const td = (el: HTMLElement, topic: number, response: number) =>
  el.shadowRoot!.querySelectorAll('tbody tr')[topic]!.querySelectorAll('td')[response]!;
const WORK = 0;
const CAREER = 3;
const SKILLS = 4;
const ADVICE = 0;
const LISTEN = 2;
const REPORT = 4;

async function settle(el: TaiwaStrengthMap, ready: () => boolean) {
  for (let i = 0; i < 200 && !ready(); i++) {
    await el.updateComplete;
    await new Promise(requestAnimationFrame);
  }
}

describe('taiwa-strength-map patterns (HR)', () => {
  let tenant: TestTenant;
  before(async () => {
    tenant = new TestTenant('patterns');
    // Written as the harness's tester (relations off), then read with the policy's relations on.
    const writer = createRestAdapter({ baseUrl: tenant.base, getHeaders: tenant.headers });
    for (const f of feedback) await writer.put('feedback', f);
    await tenant.people([
      { id: 'hr-1', hrAdmin: true },
      ...MANAGERS.flatMap(([id]) => [{ id }, { id: `${id}-m0`, managerId: id }, { id: `${id}-m1`, managerId: id }]),
    ]);
    await tenant.configure({ relations: true });
  });

  const asPerson = async (personId: string): Promise<TaiwaAdapter> => {
    const token = await tenant.tokenFor(personId);
    return createRestAdapter({ baseUrl: tenant.base, getHeaders: () => ({ authorization: `Bearer ${token}` }) });
  };
  const hr: Viewer = { id: 'hr-1', role: 'admin' };

  for (const lang of ['en', 'ja'] as const) {
    it(`counts managers per cell from the server, names none, hides small cells (${lang})`, async () => {
      const { el } = await inProvider('taiwa-strength-map', html`<taiwa-strength-map patterns></taiwa-strength-map>`, {
        adapter: await asPerson('hr-1'),
        viewer: hr,
        lang,
      });
      await settle(el, () => !!el.shadowRoot!.querySelector('[part~="pattern"]'));
      const career = td(el, CAREER, LISTEN);
      expect(text(career.querySelector('[part="weak"]'))).to.equal('▼ 3');
      expect(text(career.querySelector('[part="strong"]'))).to.equal('▲ 1');
      expect(text(td(el, WORK, ADVICE).querySelector('[part="weak"]'))).to.equal('▼ 1');
      expect(text(td(el, WORK, ADVICE).querySelector('[part="strong"]'))).to.equal('▲ 3');
      const said = text(career.querySelector('.visually-hidden'));
      expect(said).to.equal(lang === 'en' ? '3 weak, 1 strong, of 5 managers' : '5人中、苦手 3人、得意 1人');
      // Two managers rated skills × report: fewer than five, so it says so and counts nothing.
      const small = td(el, SKILLS, REPORT);
      expect(small.getAttribute('part')).to.equal('pattern hidden');
      expect(text(small)).to.contain(lang === 'en' ? 'fewer than 5 managers' : 'マネジャー5人未満');
      const who = text(el.shadowRoot!.querySelector('[part="who-sees"]'));
      expect(who).to.contain(lang === 'en' ? 'HR is not shown any manager’s name' : '人事には各マネジャーの名前は表示されません');
      const all = text(el.shadowRoot as unknown as Element);
      for (const [id] of MANAGERS) expect(all).to.not.contain(id);
      await expect(el).to.be.accessible();
    });
  }

  it('refuses HR a named map when the policy keeps HR to patterns, and the manager is told of no read', async () => {
    const { el } = await inProvider('taiwa-strength-map', html`<taiwa-strength-map manager-id="mgr-w0"></taiwa-strength-map>`, {
      adapter: await asPerson('hr-1'),
      viewer: hr,
    });
    await settle(el, () => !!el.shadowRoot!.querySelector('[part="error"]'));
    expect(text(el.shadowRoot!.querySelector('[part="error"]'))).to.match(/403|not open to HR/);
    expect(el.shadowRoot!.querySelector('tbody')).to.equal(null);
    const own = await inProvider('taiwa-strength-map', html`<taiwa-strength-map></taiwa-strength-map>`, {
      adapter: await asPerson('mgr-w0'),
      viewer: { id: 'mgr-w0', role: 'manager' },
    });
    await settle(own.el, () => !!own.el.shadowRoot!.querySelector('caption'));
    expect(own.el.shadowRoot!.querySelector('caption')).to.not.equal(null);
    expect(own.el.shadowRoot!.querySelector('[part="read-by"]')).to.equal(null);
  });

  it('counts what the device holds in pure UI mode, in both languages', async () => {
    for (const lang of ['en', 'ja']) {
      const el = await fixture<TaiwaStrengthMap>(
        html`<taiwa-strength-map lang=${lang} patterns .feedback=${feedback}></taiwa-strength-map>`,
      );
      await settle(el, () => !!el.shadowRoot!.querySelector('[part~="pattern"]'));
      expect(text(td(el, CAREER, LISTEN).querySelector('[part="weak"]'))).to.equal('▼ 3');
      expect(text(el.shadowRoot!.querySelector('caption'))).to.contain(
        lang === 'en' ? 'How many managers' : '苦手・得意なマネジャーの人数',
      );
      await expect(el).to.be.accessible();
    }
  });
});

describe('taiwa-strength-map: the manager sees when HR opened their map', () => {
  const year = new Date().getFullYear();
  const reads = [{ at: `${year}-03-15T03:00:00.000Z` }];
  /** A memory adapter whose own-map answer carries the server's `readBy`. */
  const withReads = (readBy: { at: string }[]) => {
    const inner = createMemoryAdapter({ feedback: feedback.map((f) => ({ ...f, managerId: 'boss' })) });
    const aggregate = inner.aggregate.bind(inner);
    return Object.assign(inner, {
      aggregate: (async (insight, query) => ({ ...(await aggregate(insight, query)), readBy })) as typeof inner.aggregate,
    });
  };

  for (const [lang, words] of [
    ['en', 'HR viewed this map on Mar 15.'],
    ['ja', '人事が 3月15日 にこのマップを閲覧しました。'],
  ] as const) {
    it(`shows the date in the viewer's locale, and the caption says who can see the map (${lang})`, async () => {
      const { el } = await inProvider('taiwa-strength-map', html`<taiwa-strength-map></taiwa-strength-map>`, {
        adapter: withReads(reads),
        viewer: { id: 'boss', role: 'manager' },
        lang,
      });
      await settle(el, () => !!el.shadowRoot!.querySelector('[part="read-by"]'));
      expect(text(el.shadowRoot!.querySelector('[part="read-by"]'))).to.equal(words);
      expect(text(el.shadowRoot!.querySelector('caption'))).to.contain(
        lang === 'en' ? 'seen by you, and by HR only where' : '閲覧できるのはあなたと',
      );
      await expect(el).to.be.accessible();
    });
  }

  it('says how many times, and nothing when HR never opened it', async () => {
    const { el } = await inProvider('taiwa-strength-map', html`<taiwa-strength-map></taiwa-strength-map>`, {
      adapter: withReads([...reads, { at: `${year}-02-01T03:00:00.000Z` }]),
      viewer: { id: 'boss', role: 'manager' },
    });
    await settle(el, () => !!el.shadowRoot!.querySelector('[part="read-by"]'));
    expect(text(el.shadowRoot!.querySelector('[part="read-by"]'))).to.equal('HR viewed this map 2 times, last on Mar 15.');
    const none = await inProvider('taiwa-strength-map', html`<taiwa-strength-map></taiwa-strength-map>`, {
      adapter: withReads([]),
      viewer: { id: 'boss', role: 'manager' },
    });
    await settle(none.el, () => !!none.el.shadowRoot!.querySelector('caption'));
    expect(none.el.shadowRoot!.querySelector('[part="read-by"]')).to.equal(null);
  });
});
