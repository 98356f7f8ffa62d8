/**
 * The HTTP contract: the published openapi.json (its freshness against the model is checked in Node
 * by `node scripts/contract.mjs --check`) and the example backend's answers to each case it names.
 */
import { expect } from '@open-wc/testing';
import { parseRecord } from '../src/model/validate.js';
import { RECORD_KINDS } from '../src/model/records.js';
import { pulse, TestTenant } from './adapters/outbox-server.js';

interface Doc {
  openapi: string;
  paths: Record<
    string,
    Record<string, { parameters?: { name: string; in: string; required?: boolean }[]; responses: Record<string, unknown> }>
  >;
  components: { schemas: Record<string, { required?: string[]; properties?: Record<string, unknown> }> };
}

describe('HTTP contract', () => {
  let doc: Doc;
  before(async () => {
    doc = (await (await fetch('/openapi.json')).json()) as Doc;
  });

  it('publishes OpenAPI 3.1 with a PUT and a GET per record kind, and the catalogue', () => {
    expect(doc.openapi).to.equal('3.1.0');
    for (const kind of RECORD_KINDS) {
      const put = doc.paths[`/records/${kind}/{id}`]?.put;
      expect(put, kind).to.not.equal(undefined);
      expect(put!.parameters!.find((p) => p.name === 'Idempotency-Key')).to.deep.include({ in: 'header', required: true });
      expect(Object.keys(put!.responses)).to.include.members(['200', '201', '400', '401', '412', '422', '429', '5XX']);
      expect(doc.paths[`/records/${kind}`]?.get?.parameters!.map((p) => p.name)).to.deep.equal(['personId', 'sessionId', 'from', 'to']);
    }
    expect(doc.paths['/catalog/{locale}']?.get).to.not.equal(undefined);
  });

  it('requires exactly the fields the model requires', () => {
    const sample = { ...pulse(1), engagement: 70 };
    const required = doc.components.schemas.Pulse!.required!;
    expect(parseRecord('pulse', sample).ok).to.equal(true);
    for (const field of Object.keys(doc.components.schemas.Pulse!.properties!)) {
      const { [field]: _gone, ...without } = sample as Record<string, unknown>;
      expect(parseRecord('pulse', without).ok, field).to.equal(!required.includes(field));
    }
  });

  it('the example backend answers each case as documented', async () => {
    const t = new TestTenant('contract');
    const url = `${t.base}/records/pulse/p-1`;
    const put = (body: unknown, key?: string, headers: Record<string, string> = {}) =>
      fetch(url, {
        method: 'PUT',
        body: JSON.stringify(body),
        headers: { 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}), ...signedIn, ...headers },
      });
    const signedIn = await t.headers();
    expect((await put(pulse(1))).status, 'no key').to.equal(400);
    await t.configure({ failIds: { 'p-1': { status: 500, times: 1 } } });
    expect((await put(pulse(1), 'k1')).status, 'injected 500').to.equal(500);
    expect((await put(pulse(1), 'k1')).status, 'a 5xx was not stored as the answer').to.equal(201);
    const replay = await put(pulse(1), 'k1');
    expect([replay.status, replay.headers.get('idempotent-replayed')]).to.deep.equal([201, 'true']);
    expect((await put({ ...pulse(1), growth: 4 }, 'k1')).status, 'key reused with another body').to.equal(422);
    expect((await put({ ...pulse(1), growth: 4 }, 'k2')).status, 'replaced').to.equal(200);
    expect((await put({ ...pulse(1), growth: 99 }, 'k3')).status, 'invalid').to.equal(422);
    expect((await put({ ...pulse(1), growth: 3 }, 'k4', { 'if-match': '"1"' })).status, 'stale revision').to.equal(412);
    expect(
      (await put({ ...pulse(1), createdAt: '2020-01-01T00:00:00Z', updatedAt: '2020-01-01T00:00:00Z' }, 'k4b')).status,
      'an older client clock is applied in arrival order',
    ).to.equal(200);
    expect((await put(pulse(2), 'k5')).status, 'path and body ids differ').to.equal(400);
    await t.configure({ failIds: { 'p-1': { status: 429, times: 1 } }, retryAfterS: 7 });
    const busy = await put(pulse(1), 'k6');
    expect([busy.status, busy.headers.get('retry-after')]).to.deep.equal([429, '7']);
    expect((await put(pulse(1), 'k7', { authorization: 'Bearer x' })).status, 'not a valid token').to.equal(401);
    expect((await put(pulse(1), 'k7')).status).to.equal(200);
    const list = (await (await fetch(`${t.base}/records/pulse`, { headers: signedIn })).json()) as {
      records: unknown[];
    };
    expect(list.records).to.have.length(1);
  });
});
