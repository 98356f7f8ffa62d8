import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/provider/define.js';
import '../../src/elements/level-tracker/define.js';
import '../../src/elements/level-check-in/define.js';
import type { TaiwaLevelTracker } from '../../src/elements/level-tracker/level-tracker.js';
import type { TaiwaProvider } from '../../src/elements/provider/provider.js';
import { createIndexedDbAdapter } from '../../src/adapters/indexeddb.js';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import type { TaiwaAdapter } from '../../src/adapters/types.js';
import type { LevelAssessment } from '../../src/model/schemas.js';
import type { TaiwaDataError } from '../../src/model/errors.js';
import type { TaiwaErrorEvent } from '../../src/events/index.js';

const T0 = Date.parse('2025-04-07T09:00:00Z');
const WEEK = 7 * 86_400_000;
let seq = 0;

/** One record per 1on1 and side: `levels[i]` is the reading of the i-th weekly 1on1. */
function history(memberId: string, by: 'member' | 'manager', levels: number[], managerId = 'k1'): LevelAssessment[] {
  return levels.map((level, i) => {
    const at = new Date(T0 + i * WEEK + (by === 'manager' ? 3_600_000 : 0)).toISOString();
    const signals = Array.from({ length: level }, (_, j) => j + 1);
    return {
      id: `l-${++seq}`,
      createdAt: at,
      updatedAt: at,
      memberId,
      managerId,
      by,
      method: 'check-in',
      level,
      signals,
      sessionId: `${memberId}-s${i}`,
    };
  });
}

const TEAM = [
  ...history('m1', 'member', [2, 3, 3, 4, 4]),
  ...history('m1', 'manager', [2, 3, 4, 4, 4]),
  ...history('m2', 'member', [2, 2, 2, 2]),
  ...history('m2', 'manager', [2, 2, 2, 2]),
  ...history('m3', 'member', [5, 6, 6, 6]),
  ...history('m3', 'manager', [3, 3, 3, 3]),
];
const NAMES = [
  { id: 'm1', name: 'Aoi' },
  { id: 'm2', name: 'Ren' },
  { id: 'm3', name: '<b>Sora</b>' },
];

const root = (el: HTMLElement) => el.shadowRoot!;
const q = <E extends Element = HTMLElement>(el: HTMLElement, sel: string) => root(el).querySelector<E>(sel);
const qa = <E extends Element = HTMLElement>(el: HTMLElement, sel: string) => [...root(el).querySelectorAll<E>(sel)];
const text = (el: HTMLElement, sel: string) => q(el, sel)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function tracker(template: TemplateResult) {
  const el = await fixture<TaiwaLevelTracker>(template);
  await el.updateComplete;
  return el;
}

describe('taiwa-level-tracker', () => {
  it('is accessible in every view and state', async () => {
    const member = await tracker(html`<taiwa-level-tracker lang="en" member-id="m1" .assessments=${TEAM}></taiwa-level-tracker>`);
    await expect(member).to.be.accessible();
    const empty = await tracker(html`<taiwa-level-tracker lang="ja" .assessments=${[]}></taiwa-level-tracker>`);
    await expect(empty).to.be.accessible();
    const team = await tracker(
      html`<taiwa-level-tracker lang="en" view="team" .assessments=${TEAM} .members=${NAMES}></taiwa-level-tracker>`,
    );
    await expect(team).to.be.accessible();
    q(team, '[part="member-button"]')!.click();
    await team.updateComplete;
    await expect(team).to.be.accessible();
    const teamEmpty = await tracker(html`<taiwa-level-tracker lang="ja" view="team" .assessments=${[]}></taiwa-level-tracker>`);
    await expect(teamEmpty).to.be.accessible();
    expect(teamEmpty.matches(':state(empty)')).to.equal(true);
  });

  it('is accessible while loading and with bad records (error state)', async () => {
    const memory = createMemoryAdapter({ level: TEAM });
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    // A host adapter whose backend answers late: the tracker shows its loading state meanwhile.
    const slow: TaiwaAdapter = {
      local: true,
      put: (k, r) => memory.put(k, r),
      query: async (k, query) => (await gate, memory.query(k, query)),
    };
    const provider = await fixture<TaiwaProvider>(
      html`<taiwa-provider lang="en" .adapter=${slow} .viewer=${{ id: 'm1', role: 'member' }}>
        <taiwa-level-tracker></taiwa-level-tracker>
      </taiwa-provider>`,
    );
    const el = provider.querySelector('taiwa-level-tracker')!;
    await waitUntil(() => el.matches(':state(loading)') && text(el, '[part="loading"]') === 'Loading…');
    await expect(el).to.be.accessible();
    release();
    await el.updateComplete;
    expect(el.matches(':state(loading)')).to.equal(false);
    expect(text(el, '[part="current"]')).to.contain('Level 4 of 6');

    const bad = { ...TEAM[0]!, id: 'bad', level: 9 } as unknown as LevelAssessment;
    const broken = await fixture<TaiwaProvider>(
      html`<taiwa-provider lang="en" .adapter=${createMemoryAdapter({ level: [...TEAM, bad] })} .viewer=${{ id: 'm1', role: 'member' }}>
        <taiwa-level-tracker></taiwa-level-tracker>
      </taiwa-provider>`,
    );
    const errorEl = broken.querySelector('taiwa-level-tracker')!;
    const errors: Error[] = [];
    errorEl.addEventListener('taiwa-error', (e: TaiwaErrorEvent) => errors.push(e.detail.error));
    await errorEl.updateComplete;
    expect(q(errorEl, '[part="error"]')!.getAttribute('role')).to.equal('alert');
    expect(text(errorEl, '[part="error"]')).to.contain('#bad');
    expect(text(errorEl, '[part="current"]')).to.contain('Level 4 of 6');
    await expect(errorEl).to.be.accessible();
  });

  it('checks records given as a property: null and junk are data errors, the valid ones still show', async () => {
    const el = await tracker(html`<taiwa-level-tracker lang="en" member-id="m1"></taiwa-level-tracker>`);
    const errors: Error[] = [];
    el.addEventListener('taiwa-error', (e: TaiwaErrorEvent) => errors.push(e.detail.error));
    el.assessments = [null, { id: 'junk', level: 'high' }, ...TEAM] as unknown as LevelAssessment[];
    await el.updateComplete;
    expect(text(el, '[part="error"]')).to.contain('Some data could not be shown');
    // One summary for both bad records (issue 15 item 4), the bad ones kept as examples.
    expect(text(el, '[part="error"]')).to.contain('2 level records could not be read');
    expect(errors.map((e) => e.name)).to.deep.equal(['TaiwaDataError']);
    expect((errors[0] as TaiwaDataError).examples.map((e) => e.recordId)).to.deep.equal([undefined, 'junk']);
    expect(text(el, '[part="current"]')).to.contain('Level 4 of 6');
    el.assessments = TEAM;
    await el.updateComplete;
    expect(q(el, '[part="error"]')).to.equal(null);
    expect(text(el, '[part="current"]')).to.contain('Level 4 of 6');
  });

  it('member view: current level, both views, the ladder with descriptions and the next step', async () => {
    const el = await tracker(
      html`<taiwa-level-tracker lang="en" member-id="m3" .assessments=${TEAM} .members=${NAMES}></taiwa-level-tracker>`,
    );
    expect(text(el, '[part="title"]')).to.equal('Communication level: <b>Sora</b>');
    expect(q(el, 'b')).to.equal(null);
    // The member says 6, the manager 3: the pair stands at the lower view.
    expect(text(el, '[part="current"]')).to.contain('Level 3 of 6 · Confirming what goes well');
    expect(qa(el, '[part="views"] dt').map((d) => d.textContent)).to.deep.equal(["Member's view", "Manager's view"]);
    expect(qa(el, '[part="views"] dd').map((d) => d.textContent)).to.deep.equal(['6', '3']);
    const steps = qa(el, '[part="ladder"] > li');
    expect(steps).to.have.length(6);
    expect(steps.map((s) => s.getAttribute('aria-current'))).to.deep.equal([null, null, null, 'step', null, null]);
    expect(steps[5]!.textContent).to.contain('Building trust through more communication');
    expect(text(el, '[aria-current="step"] [part="next"]')).to.equal(
      'To reach the next level: Put what is going well into words and confirm it together.',
    );
    expect(qa(el, '[part="next"]')).to.have.length(1);
  });

  it('member view: at level 6, the top of the ladder, there is no next step', async () => {
    const top = [...history('m9', 'member', [6, 6, 6]), ...history('m9', 'manager', [6, 6, 6])];
    for (const lang of ['en', 'ja']) {
      const el = await tracker(html`<taiwa-level-tracker lang=${lang} member-id="m9" .assessments=${top}></taiwa-level-tracker>`);
      expect(q(el, '[part="ladder"] > li[aria-current="step"]')!.getAttribute('value')).to.equal('6');
      expect(qa(el, '[part="next"]'), lang).to.have.length(0);
      expect(root(el).textContent).not.to.contain(lang === 'en' ? 'To reach the next level' : '次の段階に進むには');
    }
  });

  it('member view: the ladder reads 6 to 1 in the DOM, as it is shown (no visual reordering)', async () => {
    const el = await tracker(html`<taiwa-level-tracker lang="en" member-id="m3" .assessments=${TEAM}></taiwa-level-tracker>`);
    const ladder = q<HTMLOListElement>(el, '[part="ladder"]')!;
    expect(ladder.reversed).to.equal(true);
    expect(getComputedStyle(ladder).flexDirection).to.equal('column');
    const steps = qa<HTMLLIElement>(el, '[part="ladder"] > li');
    expect(steps.map((li) => li.querySelector('[part="step-number"]')!.textContent)).to.deep.equal(['6', '5', '4', '3', '2', '1']);
    expect(steps.map((li) => li.value)).to.deep.equal([6, 5, 4, 3, 2, 1]);
    // Top to bottom on screen is the DOM order.
    const tops = steps.map((li) => li.getBoundingClientRect().top);
    expect([...tops].sort((a, b) => a - b)).to.deep.equal(tops);
  });

  it('member view: history as an SVG chart with a label and a table that reads the same data', async () => {
    const el = await tracker(html`<taiwa-level-tracker lang="en" member-id="m1" .assessments=${TEAM}></taiwa-level-tracker>`);
    const chart = q<SVGSVGElement>(el, 'svg[part="chart"]')!;
    expect(chart.getAttribute('role')).to.equal('img');
    expect(chart.getAttribute('aria-label')).to.match(/10 readings from .+ to .+, now level 4\.$/);
    expect(chart.querySelectorAll('circle.member')).to.have.length(5);
    expect(chart.querySelectorAll('rect.manager')).to.have.length(5);
    const points = chart.querySelector('polyline')!.getAttribute('points')!.split(' ');
    expect(points).to.have.length(10);
    const rows = qa<HTMLTableRowElement>(el, '[part="history-table"] tbody tr');
    expect(rows).to.have.length(10);
    // Newest first: the manager's last check-in (level 4), after which the pair stands at 4.
    expect([...rows[0]!.cells].map((c) => c.textContent!.trim()).slice(1)).to.deep.equal(['Manager', 'Check-in', '4', '4']);
    expect([...rows[9]!.cells].map((c) => c.textContent!.trim()).slice(1)).to.deep.equal(['Member', 'Check-in', '2', '2']);
  });

  it('renders in Japanese from the catalogue and follows lang', async () => {
    const wrap = await fixture(html`<div lang="ja"><taiwa-level-tracker member-id="m2" .assessments=${TEAM}></taiwa-level-tracker></div>`);
    const el = wrap.querySelector('taiwa-level-tracker')!;
    await el.updateComplete;
    expect(text(el, '[part="current"]')).to.contain('レベル2（6段階中） · 自己開示');
    expect(text(el, '[aria-current="step"] [part="step-description"]')).to.equal('「自己開示」によって、相互理解を進展中');
    wrap.setAttribute('lang', 'en');
    await el.updateComplete;
    await el.updateComplete;
    expect(text(el, '[part="current"]')).to.contain('Level 2 of 6 · Self-disclosure');
  });

  it('team view: average, distribution, each member with level and trend, and the gaps', async () => {
    const el = await tracker(
      html`<taiwa-level-tracker lang="en" view="team" .assessments=${TEAM} .members=${NAMES}></taiwa-level-tracker>`,
    );
    expect(el.matches(':state(team)')).to.equal(true);
    // m1 4, m2 2, m3 3 (member 6, manager 3).
    expect(text(el, '[part="average"]')).to.contain('Team average: 3.0 of 6');
    expect(qa(el, '[part="bar-count"]').map((c) => c.textContent)).to.deep.equal([
      '0 members',
      '1 member',
      '1 member',
      '1 member',
      '0 members',
      '0 members',
    ]);
    const rows = qa<HTMLTableRowElement>(el, '[part="member-row"]').map((r) =>
      [...r.cells].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()),
    );
    expect(rows).to.deep.equal([
      ['Ren', 'Level 2 · Self-disclosure', '→ Steady', '2', '2'],
      ['<b>Sora</b>', 'Level 3 · Confirming what goes well', '→ Steady', '6', '3'],
      ['Aoi', 'Level 4 · Questions and feedback', '↑ Rising', '4', '4'],
    ]);
    expect(qa(el, '[part="gap"]').map((g) => g.textContent)).to.deep.equal(['<b>Sora</b>: they answered level 6, you answered level 3.']);
    // The members table is named by its heading.
    const table = q(el, '[part="members"]')!;
    const heading = root(el).getElementById(table.getAttribute('aria-labelledby')!)!;
    expect(heading.localName).to.equal('h3');
    expect(heading.textContent).to.equal('Members');
  });

  it('team view: a manager opens a member with the keyboard and returns to the team', async () => {
    const el = await tracker(
      html`<taiwa-level-tracker lang="en" view="team" .assessments=${TEAM} .members=${NAMES}></taiwa-level-tracker>`,
    );
    qa(el, '[part="member-button"]')[2]!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text(el, '[part="title"]')).to.equal('Communication level: Aoi');
    expect(root(el).activeElement).to.equal(q(el, '[part="back"]'));
    expect(qa(el, '[part="history-table"] tbody tr')).to.have.length(10);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.matches(':state(team)')).to.equal(true);
    expect(root(el).activeElement?.textContent?.trim()).to.equal('Aoi');
  });

  it('inside a provider reads level records for a member (IndexedDB) and a manager', async () => {
    const dbName = `levels-${crypto.randomUUID()}`;
    const adapter = createIndexedDbAdapter({ dbName, viewerId: 'm1' });
    for (const r of TEAM.filter((r) => r.memberId === 'm1')) await adapter.put('level', r);
    const provider = await fixture<TaiwaProvider>(
      html`<taiwa-provider lang="en" .adapter=${adapter} .viewer=${{ id: 'm1', role: 'member' }}>
        <taiwa-level-tracker></taiwa-level-tracker>
      </taiwa-provider>`,
    );
    const el = provider.querySelector('taiwa-level-tracker')!;
    await el.updateComplete;
    expect(text(el, '[part="title"]')).to.equal('Communication level');
    expect(text(el, '[part="current"]')).to.contain('Level 4 of 6');
    adapter.close();

    const other = { ...TEAM[0]!, id: 'other-team', memberId: 'k1', managerId: 'boss', level: 1, signals: [1] };
    const manager = await fixture<TaiwaProvider>(
      html`<taiwa-provider lang="en" .adapter=${createMemoryAdapter({ level: [...TEAM, other] })} .viewer=${{ id: 'k1', role: 'manager' }}>
        <taiwa-level-tracker></taiwa-level-tracker>
      </taiwa-provider>`,
    );
    const team = manager.querySelector('taiwa-level-tracker')!;
    await team.updateComplete;
    // The manager's own record as someone's member is not part of their team.
    expect(qa(team, '[part="member-row"]')).to.have.length(3);
  });

  it('end to end: check-ins from both sides change the member level and the team view', async () => {
    const adapter = createMemoryAdapter({ level: TEAM.filter((r) => r.memberId !== 'm1') });
    const wrap = await fixture(
      html`<div>
        <taiwa-provider lang="en" .adapter=${adapter} .viewer=${{ id: 'm1', role: 'member' }}>
          <taiwa-level-check-in manager-id="k1" session-id="s-new"></taiwa-level-check-in>
          <taiwa-level-tracker></taiwa-level-tracker>
        </taiwa-provider>
        <taiwa-provider lang="en" .adapter=${adapter} .viewer=${{ id: 'k1', role: 'manager' }}>
          <taiwa-level-check-in member-id="m1" session-id="s-new"></taiwa-level-check-in>
          <taiwa-level-tracker></taiwa-level-tracker>
        </taiwa-provider>
      </div>`,
    );
    const [memberCheckIn, managerCheckIn] = [...wrap.querySelectorAll('taiwa-level-check-in')];
    const [mine, team] = [...wrap.querySelectorAll('taiwa-level-tracker')];
    await Promise.all([mine!.updateComplete, team!.updateComplete, memberCheckIn!.updateComplete, managerCheckIn!.updateComplete]);
    expect(text(mine!, '[part="empty"]')).to.contain('No check-ins yet');
    expect(qa(team!, '[part="member-row"]')).to.have.length(2);

    // The member ticks statements 1, 2, 3 and 5 with the keyboard and saves: the ladder has a gap at 4,
    // so the check-in reads as level 3, not 5.
    qa<HTMLInputElement>(memberCheckIn!, 'input')[0]!.focus();
    await sendKeys({ press: 'Space' });
    for (let i = 0; i < 2; i++) {
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
    }
    for (let i = 0; i < 2; i++) await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    qa(memberCheckIn!, '[part="submit"]')[0]!.focus();
    const saved = oneEvent(memberCheckIn!, 'taiwa-save');
    await sendKeys({ press: 'Enter' });
    expect((await saved).detail.record).to.deep.include({ memberId: 'm1', managerId: 'k1', by: 'member', level: 3, signals: [1, 2, 3, 5] });
    await Promise.all([mine!.updateComplete, team!.updateComplete]);
    expect(text(mine!, '[part="current"]')).to.contain('Level 3 of 6');
    expect(qa(mine!, '[part="views"] dd').map((d) => d.textContent)).to.deep.equal(['3', 'no answer received']);
    expect(qa(team!, '[part="member-row"]')).to.have.length(3);
    expect(text(team!, '[part="average"]')).to.contain('2.7 of 6');

    // The manager sees it differently (level 1): the pair drops to 1, the member reads the manager's
    // view as it is (not "no answer"), and the team shows a gap.
    managerCheckIn!.setValues(['1']);
    await managerCheckIn!.submit();
    await Promise.all([mine!.updateComplete, team!.updateComplete]);
    expect(text(mine!, '[part="current"]')).to.contain('Level 1 of 6');
    expect(qa(mine!, '[part="views"] dd').map((d) => d.textContent)).to.deep.equal(['3', '1']);
    expect(qa(team!, '[part="gap"]').map((g) => g.textContent)).to.include('m1: they answered level 3, you answered level 1.');
    expect(adapter.all('level').filter((r) => r.sessionId === 's-new')).to.have.length(2);
  });
});
