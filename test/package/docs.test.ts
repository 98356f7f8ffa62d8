// The guide and the contract document stay true: every field of every record schema is named in
// docs/adapters.md under its kind, and every relative link in the README and docs/ reaches a file.
import { expect } from '@open-wc/testing';
import { recordSchemas } from '../../src/model/schemas.js';
import { RECORD_KINDS } from '../../src/model/records.js';

type Def = { type: string; shape?: Record<string, { _zod: { def: Def } }>; element?: { _zod: { def: Def } }; innerType?: { _zod: { def: Def } } };

/** Every field name of a zod/mini schema, nested objects and lists of objects included. */
function fieldsOf(def: Def, out = new Set<string>()): Set<string> {
  if (def.type === 'optional' && def.innerType) return fieldsOf(def.innerType._zod.def, out);
  if (def.type === 'array' && def.element) return fieldsOf(def.element._zod.def, out);
  if (def.type === 'object' && def.shape) {
    for (const [name, schema] of Object.entries(def.shape)) {
      // A field another kind owns, refused here (`?: never`), is documented under that kind.
      if (schema._zod.def.type === 'optional' && schema._zod.def.innerType?._zod.def.type === 'never') continue;
      out.add(name);
      fieldsOf(schema._zod.def, out);
    }
  }
  return out;
}

const text = async (path: string) => {
  const res = await fetch(path);
  expect(res.status, path).to.equal(200);
  return res.text();
};

describe('docs/adapters.md', () => {
  it('names every field of every record kind in that kind’s section', async () => {
    const doc = await text('/docs/adapters.md');
    const sections = doc.split(/^### /m);
    const missing: string[] = [];
    for (const kind of RECORD_KINDS) {
      const section = sections.find((s) => s.startsWith(`\`${kind}\``));
      if (!section) {
        missing.push(`${kind} (no section)`);
        continue;
      }
      const common = ['id', 'createdAt', 'updatedAt'];
      for (const field of fieldsOf(recordSchemas[kind]._zod.def as unknown as Def)) {
        if (!common.includes(field) && !section.includes(`\`${field}\``)) missing.push(`${kind}.${field}`);
      }
    }
    for (const field of ['id', 'createdAt', 'updatedAt']) if (!doc.includes(`\`${field}\``)) missing.push(field);
    expect(missing).to.deep.equal([]);
  });

  it('names the query fields, every error code and the catalogue’s “none” answer', async () => {
    const doc = await text('/docs/adapters.md');
    const codes = ['unavailable', 'quota', 'blocked', 'failed', 'network', 'timeout', 'auth', 'paused', 'rate-limited', 'server', 'rejected'];
    const names = ['personId', 'sessionId', 'from', 'to', 'TaiwaDataError', 'TaiwaStorageError', 'TaiwaHttpError', 'matches', 'taiwa/testing', 'aggregate'];
    expect([...codes, ...names].filter((w) => !doc.includes(`\`${w}\``))).to.deep.equal([]);
    expect(doc.includes('`undefined` or `null` for "no override"'), 'the catalogue’s none answer').to.equal(true);
  });
});

describe('links in the README and docs/', () => {
  it('every relative link reaches a file of the repository', async () => {
    const broken: string[] = [];
    for (const page of ['/README.md', '/docs/adapters.md', '/docs/contract.md', '/CHANGELOG.md']) {
      const doc = await text(page);
      for (const [, target] of doc.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^(https?:|mailto:|#)/.test(target!)) continue;
        const url = new URL(target!.split('#')[0]!, new URL(page, location.origin));
        if ((await fetch(url)).status !== 200) broken.push(`${page} → ${target}`);
      }
    }
    expect(broken).to.deep.equal([]);
  });

  it('the README links the adapter guide and the contract', async () => {
    const readme = await text('/README.md');
    expect(['(docs/adapters.md)', '(docs/contract.md)'].filter((link) => !readme.includes(link))).to.deep.equal([]);
  });
});
