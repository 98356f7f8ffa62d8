/** The demo's action items: deterministic, valid, open and closed ones, and each viewer's share of them. */
import { expect } from '@open-wc/testing';
import { DEFAULT_NOW, generateSampleData, recordsFor } from '../../demo/data/generate.js';
import { parseRecord } from '../../src/model/validate.js';

const data = generateSampleData();

describe('demo action items', () => {
  it('are the same every time, valid, and open only for the latest held 1on1 of each pair', () => {
    expect(generateSampleData().actions).to.deep.equal(data.actions);
    expect(data.actions.length).to.be.greaterThan(10);
    for (const a of data.actions) expect(parseRecord('action', a).ok, a.id).to.equal(true);
    const statuses = new Set(data.actions.map((a) => a.status));
    expect([...statuses].sort()).to.deep.equal(['done', 'dropped', 'open']);
    const now = Date.parse(DEFAULT_NOW);
    const heldAt = (id: string) => Date.parse(data.sessions.find((s) => s.id === id)!.heldAt!);
    const latestHeld = (memberId: string) =>
      Math.max(
        ...data.sessions
          .filter((s) => s.memberId === memberId && s.heldAt && Date.parse(s.heldAt) <= now)
          .map((s) => Date.parse(s.heldAt!)),
      );
    for (const a of data.actions) {
      expect(a.status === 'open', a.id).to.equal(heldAt(a.sessionId!) === latestHeld(a.memberId));
      // Due by the pair's next 1on1 after the one it was agreed in.
      if (a.dueSessionId)
        expect(Date.parse(data.sessions.find((s) => s.id === a.dueSessionId)!.scheduledAt!)).to.be.greaterThan(
          heldAt(a.sessionId!) - 3_600_000,
        );
      if (a.status !== 'open') expect(a.closedAt, a.id).to.be.a('string');
    }
  });

  it('give a member their own items (private included) and the shared ones; a manager and the server only shared ones', () => {
    const privateOnes = data.actions.filter((a) => a.visibility === 'private');
    expect(privateOnes.length).to.be.greaterThan(0);
    expect(privateOnes.every((a) => a.owner === 'member')).to.equal(true);
    const owner = privateOnes[0]!.memberId;
    const mine = recordsFor(data, owner).action;
    expect(mine.some((a) => a.visibility === 'private')).to.equal(true);
    expect(mine.every((a) => a.memberId === owner)).to.equal(true);
    const team = data.teams.find((t) => t.memberIds.includes(owner))!;
    const boss = recordsFor(data, team.managerId).action;
    expect(boss.length).to.be.greaterThan(0);
    expect(boss.every((a) => a.visibility === 'shared' && a.managerId === team.managerId)).to.equal(true);
    expect(recordsFor(data, 'admin-1').action.every((a) => a.visibility === 'shared')).to.equal(true);
  });
});
