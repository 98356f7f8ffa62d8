/**
 * Two people writing one record through their own outboxes against the example backend (issue 15):
 * a write made from a revision that moved on is refused (412), kept under "needs attention" with both
 * versions, and the member's choice decides: keep mine (sent on top) or take theirs. Nothing is
 * dropped silently, and a device clock a year ahead decides nothing.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { createRestAdapter } from '../../src/adapters/rest.js';
import { withOutbox, type Outbox } from '../../src/adapters/outbox.js';
import type { Session } from '../../src/model/schemas.js';
import type { TaiwaSyncStatus } from '../../src/elements/sync-status/sync-status.js';
import '../../src/elements/sync-status/define.js';
import { seeded, TestTenant, when } from './outbox-server.js';

const open: Outbox[] = [];
const YEAR = 365 * 24 * 3600 * 1000;

/** The pair of these tests, in the tenant's org chart: the member m-1 and their manager. */
const ID = { member: 'm-1', manager: 'boss' } as const;

/** `Authorization` for one of the pair, signed by the harness once per tenant and person. */
const tokens = new Map<string, Promise<string>>();
async function authOf(tenant: TestTenant, who: keyof typeof ID): Promise<Record<string, string>> {
  const key = `${tenant.name}/${who}`;
  if (!tokens.has(key))
    tokens.set(key, tenant.people([{ id: ID.manager }, { id: ID.member, managerId: ID.manager }]).then(() => tenant.tokenFor(ID[who])));
  return { authorization: `Bearer ${await tokens.get(key)}` };
}

/** One person's outbox over REST, signed in as them (the policy lets either of the pair write the session). */
function person(tenant: TestTenant, viewerId: keyof typeof ID): Outbox {
  const rest = createRestAdapter({ baseUrl: tenant.base, timeoutMs: 4000, getHeaders: () => authOf(tenant, viewerId) });
  const outbox = withOutbox(rest, {
    viewerId: `${viewerId}-${tenant.name}`,
    dbName: `outbox-rev-${tenant.name}`,
    baseDelayMs: 5,
    maxDelayMs: 40,
    random: seeded(3),
  });
  open.push(outbox);
  return outbox;
}

const session = (patch: Partial<Session> = {}): Session => ({
  id: 's-rev',
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  memberId: 'm-1',
  managerId: 'boss',
  heldAt: '2025-02-01T01:00:00.000Z',
  ...patch,
});

async function stored(tenant: TestTenant) {
  const answer = (await (await fetch(`${tenant.base}/records/session?personId=m-1`, { headers: await authOf(tenant, 'manager') })).json()) as {
    records: Session[];
    revisions: Record<string, string>;
  };
  return { record: answer.records[0], revision: answer.revisions['s-rev'] };
}

describe('two people, one record: revisions through the outbox', () => {
  afterEach(() => open.splice(0).forEach((o) => o.close()));

  it('a stale write waits under "needs attention" with both versions; keep mine sends it on top, take theirs removes it', async () => {
    const tenant = new TestTenant('rev-two');
    const member = person(tenant, 'member');
    const manager = person(tenant, 'manager');
    await member.put('session', session());
    await member.drained();
    // Both read revision 1.
    await manager.query('session', {});
    // The member's device clock is a year ahead; the member moves the 1on1 first.
    const ahead = new Date(Date.now() + YEAR).toISOString();
    const moved = session({ heldAt: '2025-02-03T01:00:00.000Z', updatedAt: ahead });
    await member.put('session', moved);
    await member.drained();
    expect(await stored(tenant)).to.deep.equal({ record: moved, revision: '2' });

    // The manager, still on revision 1, moves it elsewhere: refused, nothing overwritten.
    const mine = session({ heldAt: '2025-02-04T05:00:00.000Z', updatedAt: new Date().toISOString() });
    await manager.put('session', mine);
    const status = await manager.drained();
    expect(status.counts.needsAttention).to.equal(1);
    expect(status.records[0]!.error).to.deep.include({ code: 'conflict', status: 412, rule: 'stale-revision' });
    expect(await stored(tenant)).to.deep.equal({ record: moved, revision: '2' });
    const [item] = await manager.needsAttention();
    expect(item!.record).to.deep.equal(mine);
    expect(item!.theirs).to.deep.equal({ record: moved, revision: '2' });

    // The sync status shows both versions and the choice.
    const el = await fixture<TaiwaSyncStatus>(html`<taiwa-sync-status lang="en" .outbox=${manager}></taiwa-sync-status>`);
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('[part~="conflict"] [part~="reason"]')!.textContent).to.contain('Changed elsewhere');
    expect(root.querySelector('[part~="mine"]')!.textContent).to.equal(mine.heldAt);
    expect(root.querySelector('[part~="theirs"]')!.textContent).to.equal(moved.heldAt);
    await expect(el).to.be.accessible();

    // Keep mine: sent on top of revision 2 (a later write with an earlier clock, applied).
    root.querySelector<HTMLButtonElement>('[part~="keep-mine"]')!.click();
    await when(manager, 'status', () => manager.current.counts.needsAttention === 0 && manager.current.counts.pending === 0);
    await manager.drained();
    expect(await stored(tenant)).to.deep.equal({ record: mine, revision: '3' });

    // The member, still on revision 2, edits again: refused; take theirs keeps the manager's.
    await member.put('session', session({ heldAt: '2025-02-05T01:00:00.000Z', updatedAt: ahead }));
    expect((await member.drained()).counts.needsAttention).to.equal(1);
    const [theirs] = await member.needsAttention();
    expect(theirs!.theirs).to.deep.equal({ record: mine, revision: '3' });
    await member.takeTheirs('s-rev', 'session');
    expect(await member.needsAttention()).to.deep.equal([]);
    expect(await stored(tenant)).to.deep.equal({ record: mine, revision: '3' });
    expect(await member.query('session', {})).to.deep.equal([mine]);
    // The member's next write builds on revision 3 and goes through.
    const next = session({ heldAt: '2025-02-06T01:00:00.000Z' });
    await member.put('session', next);
    expect((await member.drained()).counts.needsAttention).to.equal(0);
    expect(await stored(tenant)).to.deep.equal({ record: next, revision: '4' });
  });

  it('one person editing quickly never conflicts with their own writes (each builds on the last delivered)', async () => {
    const tenant = new TestTenant('rev-self');
    const member = person(tenant, 'member');
    for (let i = 0; i < 8; i++) void member.put('session', session({ heldAt: `2025-02-0${i + 1}T01:00:00.000Z` }));
    await member.put('session', session({ heldAt: '2025-03-01T01:00:00.000Z' }));
    for (let i = 0; i < 5; i++) {
      await member.drained();
      await member.put('session', session({ heldAt: `2025-03-0${i + 2}T01:00:00.000Z` }));
    }
    const status = await member.drained();
    expect(status.counts.needsAttention).to.equal(0);
    expect((await stored(tenant)).record!.heldAt).to.equal('2025-03-06T01:00:00.000Z');
  });
});
