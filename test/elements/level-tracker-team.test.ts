/**
 * The tracker's team view (level-tracker.team.ts) is not part of a member's page: it loads where the
 * team view shows, beside the records. Held back by the `teamViews` seam: a member's tracker never
 * asks for it; a manager's shows the loading state until it arrives, then the team with its records
 * (never the records without it); with records given, the first update waits for it.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/elements/provider/define.js';
import { TaiwaLevelTracker } from '../../src/elements/level-tracker/level-tracker.js';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import type { LevelAssessment } from '../../src/model/schemas.js';
import { teamStyles } from '../../src/elements/level-tracker/level-tracker.team-styles.js';
import { trackerStyles } from '../../src/elements/level-tracker/level-tracker.styles.js';

const AT = '2025-04-07T09:00:00.000Z';
const level = (id: string, memberId: string, by: 'member' | 'manager', value: number): LevelAssessment => ({
  id,
  createdAt: AT,
  updatedAt: AT,
  memberId,
  managerId: 'k1',
  by,
  method: 'direct',
  level: value,
  sessionId: `${memberId}-s1`,
});
const RECORDS = [
  level('a', 'm1', 'member', 3),
  level('b', 'm1', 'manager', 4),
  level('c', 'm2', 'member', 2),
  level('d', 'm2', 'manager', 2),
];

function heldTracker() {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  let asked = 0;
  const renders: Array<{ rows: number; loading: boolean }> = [];
  class HeldTracker extends TaiwaLevelTracker {
    static override teamViews = async () => {
      asked++;
      await held;
      return TaiwaLevelTracker.teamViews();
    };
    protected override updated(changed: Map<PropertyKey, unknown>): void {
      super.updated(changed);
      renders.push({
        rows: this.shadowRoot!.querySelectorAll('[part="member-row"]').length,
        loading: Boolean(this.shadowRoot!.querySelector('[part="loading"]')),
      });
    }
  }
  const tag = `held-tracker-${Math.random().toString(36).slice(2)}`;
  customElements.define(tag, HeldTracker);
  return { tag: unsafeStatic(tag), release, asked: () => asked, renders };
}

const q = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel);

describe('taiwa-level-tracker: the team view loads where it shows', () => {
  it("a member's tracker never asks for the team view", async () => {
    const { tag, asked } = heldTracker();
    const provider = await fixture(
      staticHtml`<taiwa-provider lang="en" .adapter=${createMemoryAdapter({ level: RECORDS })} .viewer=${{ id: 'm1', role: 'member' }}>
        <${tag}></${tag}>
      </taiwa-provider>`,
    );
    const el = provider.firstElementChild as TaiwaLevelTracker;
    await el.updateComplete;
    expect(q(el, '[part="now"]'), 'the member view is on screen').to.exist;
    expect(asked()).to.equal(0);
    // Nor its styles: the host's and the tracker's own only.
    expect(el.shadowRoot!.adoptedStyleSheets.includes(teamStyles.styleSheet!)).to.equal(false);
    expect(el.shadowRoot!.adoptedStyleSheets.includes(trackerStyles.styleSheet!)).to.equal(true);
  });

  for (const lang of ['en', 'ja']) {
    it(`(${lang}) a manager's tracker shows loading until the team view arrives, then the team with its records`, async () => {
      const { tag, release, asked, renders } = heldTracker();
      // The read is noted when it answers, so the release comes after the records are in.
      const adapter = createMemoryAdapter({ level: RECORDS });
      const query = adapter.query.bind(adapter);
      let read = false;
      adapter.query = (async (...args: Parameters<typeof query>) => {
        const answer = await query(...args);
        read = true;
        return answer;
      }) as typeof adapter.query;
      const provider = await fixture(
        staticHtml`<taiwa-provider lang=${lang} .adapter=${adapter} .viewer=${{ id: 'k1', role: 'manager' }}>
          <${tag}></${tag}>
        </taiwa-provider>`,
      );
      const el = provider.firstElementChild as TaiwaLevelTracker;
      await waitUntil(() => asked() === 1 && read, 'the team view asked for and the records read');
      await new Promise((r) => requestAnimationFrame(r));
      expect(el.matches(':state(loading)')).to.equal(true);
      expect(q(el, '[part="member-row"]')).to.equal(null);
      const before = renders.length;
      release();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('[part="member-row"]')).to.have.length(2);
      // Until the release only loading; then never records without the team view: loading, then both.
      expect(renders.slice(0, before).every((r) => r.loading && r.rows === 0)).to.equal(true);
      expect(renders.slice(before).every((r) => r.loading || r.rows === 2)).to.equal(true);
      expect(renders.at(-1)).to.deep.equal({ rows: 2, loading: false });
      expect(asked()).to.equal(1);
      // The team view's styles came with it, after the tracker's own: the table scrolls on its own,
      // each bar row is a grid, and a member's name is a link-like button.
      const sheets = el.shadowRoot!.adoptedStyleSheets;
      expect(sheets.indexOf(teamStyles.styleSheet!)).to.be.greaterThan(sheets.indexOf(trackerStyles.styleSheet!));
      expect(getComputedStyle(q(el, '[part="members"]')!).overflowX).to.equal('auto');
      expect(getComputedStyle(q(el, '[part="bar-row"]')!).display).to.equal('grid');
      expect(getComputedStyle(q(el, '[part="member-button"]')!).textDecorationLine).to.equal('underline');
      await expect(el).to.be.accessible();
    });
  }

  it('with records given, no render shows them without the team view', async () => {
    const { tag, release, renders } = heldTracker();
    const mounted = fixture(staticHtml`<${tag} lang="en" view="team" .assessments=${RECORDS}></${tag}>`);
    await new Promise((r) => setTimeout(r, 0));
    // The first update waits for the team view, as it waits for the strings.
    expect(renders).to.have.length(0);
    release();
    const tracker = (await mounted) as TaiwaLevelTracker;
    await tracker.updateComplete;
    expect(renders.length).to.be.at.most(2);
    expect(renders.every((r) => r.loading || r.rows === 2)).to.equal(true);
    expect(renders.at(-1)).to.deep.equal({ rows: 2, loading: false });
  });
});
