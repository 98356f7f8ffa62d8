/**
 * A private action item stays on its owner's device, like a private memo: the guard, the REST
 * adapter and the outbox refuse to send one to a backend that is not local (the server would refuse
 * it too, rule `private-action`), and nothing of it reaches the wire; a local adapter keeps it.
 */
import { expect } from '@open-wc/testing';
import { createRestAdapter } from '../../src/adapters/rest.js';
import { withOutbox } from '../../src/adapters/outbox.js';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import { guard } from '../../src/core/guard.js';
import { TaiwaDataError } from '../../src/model/errors.js';
import type { Action } from '../../src/model/schemas.js';
import { TestTenant } from './outbox-server.js';

const AT = '2025-06-01T00:00:00.000Z';
const item = (visibility: Action['visibility']): Action => ({
  id: `a-${visibility}`,
  createdAt: AT,
  updatedAt: AT,
  memberId: 'm1',
  managerId: 'boss',
  owner: 'member',
  text: `SECRET-${visibility}`,
  status: 'open',
  visibility,
});

async function refusal(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (err) {
    return err;
  }
  throw new Error('expected a refusal');
}

describe('private action items', () => {
  it('are refused by the guard, the REST adapter and the outbox before anything is sent; shared ones go', async () => {
    const t = new TestTenant('private-action');
    const rest = createRestAdapter({ baseUrl: t.base, getHeaders: t.headers });
    const direct = await refusal(rest.put('action', item('private')));
    expect(direct).to.be.instanceOf(TaiwaDataError);
    expect((direct as TaiwaDataError).field).to.equal('visibility');
    expect(await refusal(guard(rest).put('action', item('private')))).to.be.instanceOf(TaiwaDataError);
    const outbox = withOutbox(rest, { viewerId: `v-${t.name}`, dbName: `outbox-${t.name}` });
    expect(await refusal(outbox.put('action', item('private')))).to.be.instanceOf(TaiwaDataError);
    await guard(rest).put('action', item('shared'));
    const captured = await t.requests();
    expect(captured.filter((r) => r.body.includes('SECRET-private'))).to.deep.equal([]);
    expect(captured.filter((r) => r.body.includes('SECRET-shared'))).to.have.length(1);
    outbox.close();
  });

  it('are kept by a local adapter', async () => {
    const local = createMemoryAdapter();
    await guard(local).put('action', item('private'));
    expect((await local.query('action', {})).map((a) => a.text)).to.deep.equal(['SECRET-private']);
  });
});
