import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/provider/define.js';
import '../../src/elements/level-tracker/define.js';
import { TaiwaLevelTracker } from '../../src/elements/level-tracker/level-tracker.js';
import type { TaiwaProvider } from '../../src/elements/provider/provider.js';
import { createIndexedDbAdapter } from '../../src/adapters/indexeddb.js';
import type { LevelAssessment } from '../../src/model/schemas.js';

// This file runs in its own page: what it fetched is what such a page fetched.
const fetched = (name: string) => performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname.endsWith(name));
const q = (el: HTMLElement, sel: string) => el.shadowRoot!.querySelector(sel);

const T0 = Date.parse('2025-04-07T09:00:00Z');
const readings: LevelAssessment[] = [2, 3, 3].map((level, i) => {
  const at = new Date(T0 + i * 7 * 86_400_000).toISOString();
  return {
    id: `r${i}`,
    createdAt: at,
    updatedAt: at,
    memberId: 'm1',
    managerId: 'k1',
    by: 'member',
    method: 'direct',
    level,
    sessionId: `s${i}`,
  };
});

/** A tracker whose history module waits for the test (`release`), or fails once (`failNext`). */
let release: () => void = () => {};
let asked = 0;
let failNext = false;
/** Per ask: whether the tracker's level and ladder were on screen already. */
const shownWhenAsked: boolean[] = [];
class HeldTracker extends TaiwaLevelTracker {
  static override historyViews = () => {
    asked++;
    const shown = [...document.querySelectorAll('held-level-tracker')].map((el) => !!el.shadowRoot?.querySelector('[part="now"]'));
    shownWhenAsked.push(shown.every(Boolean));
    if (failNext) {
      failNext = false;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    }
    return new Promise<void>((r) => (release = r)).then(() => TaiwaLevelTracker.historyViews());
  };
}
customElements.define('held-level-tracker', HeldTracker);

describe('taiwa-level-tracker: the history comes after the content', () => {
  it('shows the level and the ladder of stored check-ins first, then the history once its module is in', async () => {
    const dbName = `tracker-later-${crypto.randomUUID()}`;
    const seed = createIndexedDbAdapter({ dbName, viewerId: 'm1' });
    for (const r of readings) await seed.put('level', r);
    seed.close();
    const adapter = createIndexedDbAdapter({ dbName, viewerId: 'm1' });
    const provider = await fixture<TaiwaProvider>(
      html`<taiwa-provider lang="en" .adapter=${adapter} .viewer=${{ id: 'm1', role: 'member' }}>
        <taiwa-level-tracker></taiwa-level-tracker>
      </taiwa-provider>`,
    );
    const el = provider.querySelector('taiwa-level-tracker')!;
    await el.updateComplete;
    expect(q(el, '[part="current"]')!.textContent).to.contain('Level 3 of 6');
    expect(fetched('/level-tracker.history.ts')).to.equal(true);
    expect(q(el, 'svg[part="chart"]')!.querySelectorAll('circle.member')).to.have.length(3);
    expect(el.shadowRoot!.querySelectorAll('[part="history-table"] tbody tr')).to.have.length(3);
    // Its styles are adopted: the member's colour is the chart's.
    expect(getComputedStyle(q(el, 'circle.member')!).fill).to.equal('rgb(47, 111, 222)');
    expect(getComputedStyle(q(el, '[part="history-table"] td')!).borderBottomWidth).to.equal('1px');
    adapter.close();
  });

  it('while the module is held back the level and ladder stay shown; a failed load is shown and tried again', async () => {
    const el = fixtureSync<TaiwaLevelTracker>(html`<held-level-tracker lang="en" .assessments=${readings}></held-level-tracker>`);
    await waitUntil(() => asked === 1);
    // Asked for once the level and ladder were on screen, not before.
    expect(shownWhenAsked).to.deep.equal([true]);
    expect(q(el, '[part="now"]')).to.not.equal(null);
    expect(q(el, '[part="chart"]')).to.equal(null);
    release();
    await el.updateComplete;
    expect(q(el, '[part="chart"]')).to.not.equal(null);

    failNext = true;
    const offline = fixtureSync<TaiwaLevelTracker>(html`<held-level-tracker lang="en" .assessments=${readings}></held-level-tracker>`);
    await offline.updateComplete;
    expect(q(offline, '[part="error"]')).to.not.equal(null);
    expect(q(offline, '[part="now"]')).to.not.equal(null);
    // The next update asks again.
    offline.requestUpdate();
    await waitUntil(() => asked === 3);
    release();
    await offline.updateComplete;
    expect(q(offline, '[part="error"]')).to.equal(null);
    expect(q(offline, '[part="chart"]')).to.not.equal(null);
  });

  it("the history's and the team view's texts follow the language: another locale's load beside them, and again when it changes", async () => {
    const team = [...readings, ...readings.map((r) => ({ ...r, id: `k-${r.id}`, by: 'manager' as const }))];
    const member = await fixture<TaiwaLevelTracker>(html`<taiwa-level-tracker lang="ja" .assessments=${readings}></taiwa-level-tracker>`);
    await member.updateComplete;
    expect(member.shadowRoot!.querySelector('.history h3')!.textContent).to.equal('推移');
    expect(member.shadowRoot!.querySelector('[part="history-table"] th')!.textContent).to.equal('日付');
    member.lang = 'en';
    await member.updateComplete;
    expect(member.shadowRoot!.querySelector('.history h3')!.textContent).to.equal('History');
    expect(q(member, '[part="chart"]')!.getAttribute('aria-label')).to.match(/^Level after each check-in: 3 readings/);

    const manager = await fixture<TaiwaLevelTracker>(
      html`<taiwa-level-tracker lang="en" view="team" .assessments=${team}></taiwa-level-tracker>`,
    );
    await manager.updateComplete;
    expect(q(manager, '[part="title"]')!.textContent).to.equal("Your team's communication level");
    manager.lang = 'ja';
    await manager.updateComplete;
    expect(q(manager, '[part="title"]')!.textContent).to.equal('チームのコミュニケーションレベル');
    expect(manager.shadowRoot!.querySelector('[part="members"] th')!.textContent).to.equal('メンバー');
    // The team's sheet brings its table's cells and its buttons' styles.
    expect(getComputedStyle(q(manager, '[part="members"] td')!).borderBottomWidth).to.equal('1px');
    expect(getComputedStyle(q(manager, '[part="member-button"]')!).cursor).to.equal('pointer');
  });

  it('a team view whose module fails shows the error and asks again only at a later update, not in a loop', async () => {
    let asks = 0;
    let fail = true;
    class FailingTeam extends TaiwaLevelTracker {
      static override teamViews = () => (
        asks++,
        fail ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : TaiwaLevelTracker.teamViews()
      );
    }
    customElements.define('failing-team-tracker', FailingTeam);
    const team = [...readings, ...readings.map((r) => ({ ...r, id: `k-${r.id}`, by: 'manager' as const }))];
    const el = fixtureSync<TaiwaLevelTracker>(
      html`<failing-team-tracker lang="en" view="team" .assessments=${team}></failing-team-tracker>`,
    );
    await el.updateComplete;
    expect(q(el, '[part="error"]')).to.not.equal(null);
    const asked = asks;
    for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
    await el.updateComplete;
    expect(asks).to.equal(asked);
    fail = false;
    el.requestUpdate();
    await el.updateComplete;
    await waitUntil(() => q(el, '[part="title"]'));
    expect(q(el, '[part="title"]')!.textContent).to.equal("Your team's communication level");
    expect(q(el, '[part="error"]')).to.equal(null);
  });
});
