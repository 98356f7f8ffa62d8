/**
 * Property tests of the server from openapi.json (Schemathesis-style, with fast-check): requests
 * generated from the document's schemas, valid and mutated, sent over real HTTP to the production
 * app on PGlite and on PostgreSQL. Every answer's status must be documented for its operation
 * (and below 500: bad input is never a server error), its body must match the documented schema
 * (records with no property the schema does not name), and a 405 must carry `Allow`. Prints the
 * number of requests.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { RECORD_KINDS } from '../../src/model/records.js';
import { arbitrary, documented, resolve, validate, type Doc, type Operation, type Schema } from './contract-schema.js';
import { requestHeaders, startContractServer, type ContractServer } from './contract-server.js';
import { drivers, tenantName } from './helpers.js';

const doc = JSON.parse(await readFile(new URL('../../openapi.json', import.meta.url), 'utf8')) as Doc;
const RUNS = Number(process.env.TAIWA_CONTRACT_RUNS ?? 40);

interface Sent {
  method: string;
  /** The documented path template, e.g. `/records/{kind}/{id}` expanded per kind. */
  template: string;
  path: string;
  query?: [string, string][];
  headers?: Record<string, string>;
  body?: string;
  /** Statuses this request must get (beyond "documented"), when the case decides them. */
  expect?: number[];
}

const json = { 'content-type': 'application/json' };
const key = () => ({ 'idempotency-key': crypto.randomUUID() });
const recordSchema = (kind: string) => doc.paths[`/records/${kind}/{id}`]!.put!.requestBody!.content['application/json']!.schema;

/** A valid record of `kind`, as generated from its schema (id and times kept in range). */
const record = (kind: string) => arbitrary(doc, recordSchema(kind)).map((r) => r as Record<string, unknown>);

const kinds = fc.constantFrom(...RECORD_KINDS);

const validPut: fc.Arbitrary<Sent> = kinds.chain((kind) =>
  record(kind).map((r) => ({
    method: 'PUT',
    template: `/records/${kind}/{id}`,
    path: `/records/${kind}/${encodeURIComponent(String(r.id))}`,
    headers: { ...json, ...key() },
    body: JSON.stringify(r),
    // Valid by the schema: stored, or refused by a server rule (times, private memos and actions).
    expect: [200, 201, 409, 422],
  })),
);

const mutatedPut: fc.Arbitrary<Sent> = fc
  .tuple(
    kinds,
    fc.constantFrom('drop-required', 'wrong-type', 'unknown-property', 'text-plain', 'not-json', 'no-key', 'other-id'),
    fc.jsonValue({ maxDepth: 1 }),
  )
  .chain(([kind, how, junk]) =>
    record(kind).map((r): Sent => {
      const base = {
        method: 'PUT',
        template: `/records/${kind}/{id}`,
        path: `/records/${kind}/${encodeURIComponent(String(r.id))}`,
        headers: { ...json, ...key() },
      };
      const required = (resolve(doc, recordSchema(kind)).required as string[]).filter((k) => k !== 'id');
      const field = required[Math.abs(JSON.stringify(junk).length) % required.length]!;
      switch (how) {
        case 'drop-required': {
          const { [field]: _gone, ...rest } = r;
          return { ...base, body: JSON.stringify(rest), expect: [422] };
        }
        case 'wrong-type':
          return { ...base, body: JSON.stringify({ ...r, [field]: typeof r[field] === 'string' ? 12345 : 'not this' }), expect: [422] };
        case 'unknown-property':
          return { ...base, body: JSON.stringify({ ...r, fromANewerVersion: junk }), expect: [200, 201, 409, 422] };
        case 'text-plain':
          return { ...base, headers: { 'content-type': 'text/plain', ...key() }, body: JSON.stringify(r), expect: [415] };
        case 'not-json':
          return { ...base, body: `${JSON.stringify(r).slice(0, -1)},`, expect: [400] };
        case 'no-key':
          return { ...base, headers: json, body: JSON.stringify(r), expect: [400] };
        default:
          return {
            ...base,
            path: `/records/${kind}/${encodeURIComponent(`${String(r.id)}-other`)}`,
            body: JSON.stringify(r),
            expect: [400],
          };
      }
    }),
  );

function params(op: Operation): fc.Arbitrary<[string, string][]> {
  const query = (op.parameters ?? []).filter((p) => p.in === 'query');
  return fc
    .record(Object.fromEntries(query.map((p) => [p.name, arbitrary(doc, p.schema).map(String)])), { requiredKeys: [] })
    .map((q) => Object.entries(q) as [string, string][]);
}

const gets: [string, Operation][] = Object.entries(doc.paths)
  .filter(([p, item]) => item.get && !p.includes('{') && p.startsWith('/') && !['/healthz', '/readyz'].includes(p))
  .map(([p, item]) => [p, item.get!]);

const validGet: fc.Arbitrary<Sent> = fc
  .constantFrom(...gets)
  .chain(([template, op]) => params(op).map((query): Sent => ({ method: 'GET', template, path: template, query, expect: [200] })));

const mutatedGet: fc.Arbitrary<Sent> = fc
  .tuple(fc.constantFrom(...gets), fc.constantFrom('bad-value', 'unknown', 'twice'), fc.string({ maxLength: 12 }))
  .chain(([[template, op], asked, junk]) =>
    params(op).map((query): Sent => {
      const names = (op.parameters ?? []).map((p) => p.name);
      // A path with no parameters can only be given an unknown one.
      const how = names.length ? asked : 'unknown';
      const name = names[junk.length % names.length]!;
      const bad =
        how === 'unknown'
          ? [...query, [`x-${junk}`, junk] as [string, string]]
          : how === 'twice'
            ? [...query.filter(([k]) => k !== name), [name, 'a'] as [string, string], [name, 'b'] as [string, string]]
            : [
                ...query.filter(([k]) => k !== name),
                [name, name === 'k' || name === 'prior' ? `x${junk}` : name.endsWith('Id') ? '' : `not-a-date${junk}`] as [string, string],
              ];
      return { method: 'GET', template, path: template, query: bad, expect: [400] };
    }),
  );

const catalog: fc.Arbitrary<Sent> = fc
  .oneof(
    fc.constantFrom('ja', 'en'),
    fc.string({ minLength: 1, maxLength: 8 }).filter((s) => !s.includes('/') && s !== '.' && s !== '..'),
  )
  .map((locale) => ({ method: 'GET', template: '/catalog/{locale}', path: `/catalog/${encodeURIComponent(locale)}`, expect: [200, 404] }));

/** Every path of the document with a method it does not define: 405, `Allow` naming its methods. */
const wrongMethod: fc.Arbitrary<Sent> = fc
  .tuple(
    fc.constantFrom(...RECORD_KINDS),
    fc.constantFrom('GET', 'PUT', 'POST', 'DELETE', 'PATCH'),
    fc.constantFrom('records', 'record', 'catalog', 'strengths'),
  )
  .filter(([, m, where]) => !((where === 'record' && m === 'PUT') || (where !== 'record' && m === 'GET')))
  .map(([kind, method, where]): Sent => {
    const [template, path] =
      where === 'record'
        ? [`/records/${kind}/{id}`, `/records/${kind}/x1`]
        : where === 'records'
          ? [`/records/${kind}`, `/records/${kind}`]
          : where === 'catalog'
            ? ['/catalog/{locale}', '/catalog/ja']
            : ['/insights/strengths', '/insights/strengths'];
    return { method, template, path, headers: method === 'GET' ? {} : json, body: method === 'GET' ? undefined : '{}', expect: [405] };
  });

for (const driver of drivers) {
  describe(`server contract on ${driver.name}, from openapi.json`, () => {
    let server: ContractServer;
    let tenant = '';
    let sent = 0;
    const failures: string[] = [];
    before(async () => {
      server = await startContractServer(driver);
      tenant = tenantName('contract');
    });
    after(async () => {
      console.log(`contract on ${driver.name}: ${sent} requests, ${failures.length} contract failures`);
      await server.close();
    });

    async function send(req: Sent): Promise<void> {
      const url = new URL(`${server.base}/t/${tenant}${req.path}`);
      for (const [k, v] of req.query ?? []) url.searchParams.append(k, v);
      const res = await fetch(url, { method: req.method, headers: { ...(await requestHeaders(tenant)), ...req.headers }, body: req.body });
      sent++;
      const text = await res.text();
      const what = `${req.method} ${url.pathname}${url.search} → ${res.status}`;
      const problems: string[] = [];
      if (res.status >= 500) problems.push('a server error');
      if (req.expect && !req.expect.includes(res.status)) problems.push(`expected ${req.expect.join('|')}`);
      if (res.status === 405) {
        const methods = Object.keys(doc.paths[req.template] ?? {}).map((m) => m.toUpperCase());
        const allow = (res.headers.get('allow') ?? '')
          .split(',')
          .map((m) => m.trim())
          .filter((m) => m !== 'HEAD');
        if (allow.sort().join() !== methods.sort().join())
          problems.push(`Allow "${res.headers.get('allow')}" is not ${methods.join(', ')}`);
      } else {
        const op = doc.paths[req.template]?.[req.method.toLowerCase()];
        const answer = op && documented(op, res.status);
        if (!answer) problems.push(`status ${res.status} is not documented for ${req.method} ${req.template}`);
        const type = (res.headers.get('content-type') ?? '').split(';')[0]!;
        const media = answer?.content?.[type];
        if (answer?.content && !media) problems.push(`content type ${type} is not documented`);
        if (media) {
          let body: unknown;
          try {
            body = JSON.parse(text);
          } catch {
            problems.push('the body is not JSON');
          }
          if (body !== undefined) problems.push(...validate(doc, media.schema as Schema, body, { strict: true }).slice(0, 3));
        }
      }
      if (problems.length) failures.push(`${what}: ${problems.join('; ')} ${text.slice(0, 200)}`);
      assert.deepEqual(problems, [], `${what}: ${text.slice(0, 300)}`);
    }

    const cases: [string, fc.Arbitrary<Sent>][] = [
      ['valid writes of every kind', validPut],
      ['mutated writes: a field missing or of the wrong type, an unknown property, text/plain, not JSON, no key, another id', mutatedPut],
      ['valid reads with generated filters', validGet],
      ['malformed filters: a bad value, an unknown parameter, one given twice', mutatedGet],
      ['the catalogue, for known and unknown locales', catalog],
      ['a method a path does not define', wrongMethod],
    ];
    for (const [name, arb] of cases) {
      it(name, async () => {
        await fc.assert(fc.asyncProperty(arb, send), { numRuns: RUNS, seed: 20261201, endOnFailure: true });
      });
    }

    it('an unknown property is dropped: the record reads back without it', async () => {
      const kind = 'pulse';
      const r = fc.sample(record(kind), { numRuns: 1, seed: 7 })[0]!;
      r.updatedAt = r.createdAt;
      const res = await fetch(`${server.base}/t/${tenant}/records/${kind}/${encodeURIComponent(String(r.id))}`, {
        method: 'PUT',
        headers: { ...(await requestHeaders(tenant)), ...json, ...key() },
        body: JSON.stringify({ ...r, fromANewerVersion: { nested: true } }),
      });
      sent++;
      assert.ok([200, 201].includes(res.status), `${res.status} ${await res.clone().text()}`);
      assert.equal('fromANewerVersion' in ((await res.json()) as object), false);
      const list = (await (await fetch(`${server.base}/t/${tenant}/records/${kind}`, { headers: await requestHeaders(tenant) })).json()) as {
        records: object[];
      };
      sent++;
      assert.ok(list.records.length > 0);
      for (const stored of list.records) assert.equal('fromANewerVersion' in stored, false);
    });

    it('0 contract failures', () => {
      assert.deepEqual(failures, []);
      assert.ok(sent >= RUNS * cases.length, `${sent} requests`);
    });
  });
}
