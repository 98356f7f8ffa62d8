/**
 * A manager's browser receives no rating it may not see (issue 16): the manager's screens (the
 * strength map, the rater's view of each 1on1 with its reflection, the team overview) run against
 * the real server through the REST adapter, signed in as the manager with the policy's relations
 * on. A fetch wrapper keeps every response body the page received; none may hold an unshared
 * member feedback (its id, its per-item ratings, its comment), while the shared one arrives whole.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/elements/provider/define.js';
import '../../src/elements/strength-map/define.js';
import '../../src/elements/satisfaction-rater/define.js';
import '../../src/elements/team-overview/define.js';
import { createRestAdapter } from '../../src/adapters/rest.js';
import { createMemoryDraftStore } from '../../src/adapters/drafts.js';
import type { Feedback, Session } from '../../src/model/schemas.js';
import { inProvider } from '../helpers/mount.js';
import { TestTenant } from '../adapters/outbox-server.js';

const at = (i: number) => new Date(Date.UTC(2026, 0, 5, 9) + i * 86_400_000).toISOString();
const session = (i: number, memberId: string): Session => ({
  id: `s${i}`,
  createdAt: at(i),
  updatedAt: at(i),
  memberId,
  managerId: 'boss',
  scheduledAt: at(i),
  heldAt: at(i),
});
const TOPICS = ['career', 'work', 'skills'];
/** Member feedback on session i; every item and comment carries a marker the bodies are searched for. */
function feedback(i: number, memberId: string, shared: boolean): Feedback {
  const tag = shared ? 'SHARED' : 'UNSHARED';
  return {
    id: `fb-${tag}-${i}`,
    createdAt: at(i),
    updatedAt: at(i),
    sessionId: `s${i}`,
    memberId,
    managerId: 'boss',
    by: 'member',
    sharedWithManager: shared,
    scale: { min: 1, max: 5 },
    overall: 1 + (i % 5),
    items: TOPICS.map((topicId, n) => ({
      topicId,
      responseId: 'listen',
      rating: 1 + ((i + n) % 5),
      agendaItemId: `item-${tag}-${i}-${n}`,
    })),
    comment: `COMMENT-${tag}-${i}`,
  };
}

const SHARED = [1];
const UNSHARED = [2, 3, 4, 5, 6, 7, 8, 9, 10];
const memberOf = (i: number) => (i % 2 ? 'm1' : 'm2');

describe('the manager’s browser receives no rating it may not see', () => {
  let tenant: TestTenant;
  before(async () => {
    tenant = new TestTenant('capture');
    const writer = createRestAdapter({ baseUrl: tenant.base, getHeaders: tenant.headers });
    for (const i of [...SHARED, ...UNSHARED]) {
      await writer.put('session', session(i, memberOf(i)));
      await writer.put('feedback', feedback(i, memberOf(i), SHARED.includes(i)));
    }
    await tenant.people([{ id: 'boss' }, { id: 'm1', managerId: 'boss' }, { id: 'm2', managerId: 'boss' }]);
    await tenant.configure({ relations: true });
  });

  it('strength map, raters and team overview: unshared feedback never arrives, the shared one does', async () => {
    const token = await tenant.tokenFor('boss');
    const bodies: string[] = [];
    let inFlight = 0;
    const capture: typeof fetch = async (...args) => {
      inFlight++;
      try {
        const res = await globalThis.fetch(...args);
        bodies.push(`${String(args[0])}\n${await res.clone().text()}`);
        return res;
      } finally {
        inFlight--;
      }
    };
    const adapter = createRestAdapter({ baseUrl: tenant.base, getHeaders: () => ({ authorization: `Bearer ${token}` }), fetch: capture });
    const { provider } = await inProvider(
      'taiwa-strength-map',
      html`<taiwa-strength-map></taiwa-strength-map>
        ${[...SHARED, ...UNSHARED.slice(0, 2)].map((i) => html`<taiwa-satisfaction-rater session-id=${`s${i}`}></taiwa-satisfaction-rater>`)}
        <taiwa-team-overview></taiwa-team-overview>`,
      { adapter, viewer: { id: 'boss', role: 'manager' }, drafts: createMemoryDraftStore() },
    );
    const widgets = [...provider.children] as (HTMLElement & { updateComplete: Promise<unknown> })[];
    const shadowText = () => widgets.map((w) => w.shadowRoot?.textContent ?? '').join('\n');
    // Settled: every widget rendered past loading, and no request in flight for a few frames.
    for (let quiet = 0, i = 0; quiet < 5 && i < 600; i++) {
      await Promise.all(widgets.map((w) => w.updateComplete));
      await new Promise(requestAnimationFrame);
      const loading = widgets.some((w) => w.shadowRoot?.querySelector('[part~="loading"]'));
      quiet = inFlight === 0 && !loading && bodies.some((b) => b.includes('COMMENT-SHARED-1')) ? quiet + 1 : 0;
    }
    const all = bodies.join('\n');
    expect(bodies.length).to.be.greaterThan(3);
    // The strength map, the raters and the team overview each asked the server.
    expect(all).to.contain('/insights/strengths');
    expect(all).to.contain('/records/feedback');
    expect(all).to.contain('/records/session');
    // The shared feedback arrives whole: its comment and its per-item answers.
    expect(all).to.contain('COMMENT-SHARED-1');
    for (let n = 0; n < TOPICS.length; n++) expect(all).to.contain(`item-SHARED-1-${n}`);
    // The rater of the shared 1on1 knows the member answered (their answers show after the reflection).
    expect(shadowText()).to.contain('The member has answered');
    // No unshared feedback: not its id, not an item, not its comment, in any body or on screen.
    expect(all).to.not.match(/UNSHARED/);
    expect(shadowText()).to.not.match(/UNSHARED/);
    // Every rating that arrived is the shared record's (its items carry their markers).
    for (const body of bodies) {
      const json = body.slice(body.indexOf('\n') + 1);
      if (!json.startsWith('{')) continue;
      const walk = (v: unknown): void => {
        if (Array.isArray(v)) return v.forEach(walk);
        if (!v || typeof v !== 'object') return;
        const o = v as Record<string, unknown>;
        if ('rating' in o) expect(String(o.agendaItemId)).to.match(/^item-SHARED-1-/);
        if (o.by === 'member' && 'overall' in o) expect(o.id).to.equal('fb-SHARED-1');
        Object.values(o).forEach(walk);
      };
      walk(JSON.parse(json));
    }
  });
});
