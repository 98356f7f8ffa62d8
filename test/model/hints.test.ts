import { expect } from '@open-wc/testing';
import { resolveCatalog, resolveHints } from '../../src/model/catalog.js';
import { Hint } from '../../src/model/schemas.js';
import { parseWith } from '../../src/model/validate.js';
import { TaiwaDataError } from '../../src/model/errors.js';
import type { Hint as HintT, Locale } from '../../src/model/schemas.js';
import enHints from '../../src/model/hints/en.js';
import jaHints from '../../src/model/hints/ja.js';

const files: Record<Locale, readonly unknown[]> = { ja: jaHints, en: enHints };
const ROLES = ['manager', 'member'] as const;

/** The seed's seven topics × five styles. The free theme (`free`, a title of the member's own) has no cell hints: the general ones apply to it. */
async function cells() {
  const { value } = await resolveCatalog('en');
  return value.topics.filter((t) => t.id !== 'free').flatMap((t) => value.responses.map((r) => [t.id, r.id] as const));
}

describe('the hint catalogue', () => {
  it('covers the 7 × 5 combinations of the seed, beside the free theme', async () => {
    expect(await cells()).to.have.length(35);
    expect((await resolveCatalog('en')).value.topics.map((t) => t.id)).to.include('free');
  });

  for (const locale of ['ja', 'en'] as const) {
    describe(locale, () => {
      it('every entry passes the Hint schema, and ids are unique', () => {
        const ids = new Set<string>();
        files[locale].forEach((raw, i) => {
          const parsed = parseWith(Hint, 'hint', raw);
          if (!parsed.ok) expect.fail(`${locale} hint ${i}: ${parsed.error.message}`);
          expect(ids.has(parsed.value.id), `duplicate id ${parsed.value.id}`).to.equal(false);
          ids.add(parsed.value.id);
        });
        expect(ids.size).to.equal(files[locale].length);
      });

      it('ids follow <topic>.<response>.<role>.<n> or general.<role>.<n> and agree with the fields', () => {
        for (const h of files[locale] as HintT[]) {
          const expected = h.topic === undefined && h.response === undefined ? `general.${h.role}.` : `${h.topic}.${h.response}.${h.role}.`;
          expect(h.id.startsWith(expected), h.id).to.equal(true);
          expect(h.id.slice(expected.length), h.id).to.match(/^[1-9]\d*$/);
        }
      });

      it('every cell has at least 2 manager and 2 member hints, and general hints exist for both roles', async () => {
        const hints = files[locale] as HintT[];
        for (const [topic, response] of await cells()) {
          for (const role of ROLES) {
            const n = hints.filter((h) => h.topic === topic && h.response === response && h.role === role).length;
            expect(n, `${locale} ${topic} × ${response} (${role})`).to.be.at.least(2);
          }
        }
        for (const role of ROLES) expect(hints.filter((h) => h.role === role && !h.topic && !h.response).length, role).to.be.at.least(2);
      });

      it('no hint text is repeated: each cell has its own advice', () => {
        const seen = new Map<string, string>();
        for (const h of files[locale] as HintT[]) {
          const key = h.text.trim();
          expect(seen.get(key), `${h.id} repeats ${seen.get(key)}`).to.equal(undefined);
          seen.set(key, h.id);
        }
      });

      it('loads through resolveHints without errors', async () => {
        const { value, errors } = await resolveHints(locale);
        expect(errors).to.have.length(0);
        expect(value.map((h) => h.id)).to.deep.equal((files[locale] as HintT[]).map((h) => h.id));
      });
    });
  }

  it('has identical ids, roles, topics and responses in both locales, in the same order', () => {
    const shape = (list: readonly unknown[]) => (list as HintT[]).map(({ id, role, topic, response }) => ({ id, role, topic, response }));
    expect(shape(jaHints)).to.deep.equal(shape(enHints));
  });

  it('is written in each locale’s language', () => {
    const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;
    expect((jaHints as HintT[]).every((h) => japanese.test(h.text))).to.equal(true);
    expect((enHints as HintT[]).some((h) => japanese.test(h.text))).to.equal(false);
  });
});

describe('a host hint override', () => {
  it('keeps the good hints and names each broken entry', async () => {
    const { value, errors } = await resolveHints('ja', [
      {
        hints: [
          { id: 'host.1', role: 'member', topic: 'career', response: 'listen', text: '自社の制度を紹介してもらいましょう。' },
          { id: 'career.listen.manager.1', role: 'manager', topic: 'career', response: 'listen', text: '置き換えたヒント' },
          { id: '', role: 'member', text: 'no id' },
          { id: 'host.2', role: 'boss', text: 'bad role' },
          { id: 'host.3', role: 'member', text: '' },
          'not a hint',
        ],
      },
    ]);
    expect(errors.map((e) => e.field)).to.deep.equal(['hints.2.id', 'hints.3.role', 'hints.4.text', 'hints.5']);
    expect(errors.every((e) => e instanceof TaiwaDataError && e.kind === 'hint')).to.equal(true);
    expect(errors[1]!.recordId).to.equal('host.2');
    expect(value.find((h) => h.id === 'host.1')?.text).to.equal('自社の制度を紹介してもらいましょう。');
    expect(value.find((h) => h.id === 'career.listen.manager.1')?.text).to.equal('置き換えたヒント');
    expect(value).to.have.length(jaHints.length + 1);
  });

  it('refuses hints that are not a list, and an override that is not an object, keeping the defaults', async () => {
    const { value, errors } = await resolveHints('en', [{ hints: 'all of them' }, 42, null]);
    expect(errors).to.have.length(1);
    expect(errors[0]!.field).to.equal('hints');
    expect(value).to.have.length(enHints.length);
  });

  it('applies overrides in order: a later one replaces an earlier hint with the same id', async () => {
    const first = { hints: [{ id: 'x', role: 'member', text: 'first' }] };
    const second = { hints: [{ id: 'x', role: 'member', text: 'second' }] };
    const { value } = await resolveHints('en', [first, second]);
    expect(value.filter((h) => h.id === 'x').map((h) => h.text)).to.deep.equal(['second']);
  });
});
