import { expect } from '@open-wc/testing';
import { defaultCatalog, defaultHints, resolveCatalog, resolveHints } from '../../src/model/catalog.js';
import { Catalog, Hint } from '../../src/model/schemas.js';
import { parseWith } from '../../src/model/validate.js';
import ja from '../../src/model/catalog/ja.js';
import en from '../../src/model/catalog/en.js';
import { TaiwaDataError } from '../../src/model/errors.js';
import { resolveSections } from '../../src/model/catalog-sections.js';
import enTopics from '../../src/model/catalog/en/topics.js';

describe('the built-in catalogue (trusted code: checked here, not at run time)', () => {
  it('passes the Catalog schema as shipped, in both locales, with unique ids', () => {
    for (const data of [ja, en]) {
      const parsed = parseWith(Catalog, 'catalog', data);
      expect(parsed.ok, parsed.ok ? '' : parsed.error.message).to.equal(true);
      for (const list of [data.topics, data.responses]) expect(new Set(list.map((e) => e.id)).size).to.equal(list.length);
    }
  });

  it('is what resolveCatalog and resolveHints give without overrides: the shipped data, frozen, shared', async () => {
    for (const locale of ['ja', 'en'] as const) {
      const { value } = await resolveCatalog(locale, [undefined, null]);
      expect(value).to.equal(await defaultCatalog(locale));
      expect(Object.isFrozen(value.topics[0])).to.equal(true);
      for (const hint of await defaultHints(locale)) expect(parseWith(Hint, 'hint', hint).ok, hint.id).to.equal(true);
      expect((await resolveHints(locale)).value).to.have.length((await defaultHints(locale)).length);
    }
  });

  it('an override gets a copy: the shared default is never changed', async () => {
    const { value } = await resolveCatalog('en', [{ topics: [{ id: 'work', label: 'Renamed' }] }]);
    expect(value.topics[0]!.label).to.equal('Renamed');
    expect((await defaultCatalog('en')).topics[0]!.label).to.equal('Progress and ways of working');
  });
});

describe('resolveCatalog', () => {
  it('gives the 7 topics, 5 response styles and 6 levels in both locales', async () => {
    for (const locale of ['ja', 'en'] as const) {
      const { value, errors } = await resolveCatalog(locale);
      expect(errors).to.have.length(0);
      expect(value.topics.map((t) => t.id)).to.deep.equal(['work', 'relationships', 'wellbeing', 'career', 'skills', 'private', 'policy', 'free']);
      expect(value.responses.map((r) => r.id)).to.deep.equal(['advice', 'think-together', 'listen', 'opinion', 'report']);
      expect(value.levels.map((l) => l.level)).to.deep.equal([1, 2, 3, 4, 5, 6]);
    }
    expect((await resolveCatalog('ja')).value.topics[0]!.label).to.equal('業務の進捗や進め方');
  });

  it('renames, disables, reorders and adds topics', async () => {
    const { value, errors } = await resolveCatalog('en', [
      { topics: [{ id: 'career', label: { en: 'Career path', ja: 'キャリア' } }, { id: 'okr', label: 'OKRs' }, { id: 'private', disabled: true }] },
    ]);
    expect(errors).to.have.length(0);
    expect(value.topics.slice(0, 3).map((t) => [t.id, t.label, t.disabled ?? false])).to.deep.equal([
      ['career', 'Career path', false],
      ['okr', 'OKRs', false],
      ['private', 'Personal life', true],
    ]);
    expect(value.topics).to.have.length(9);
  });

  it('skips a bad entry with an error naming it and keeps the good ones', async () => {
    const { value, errors } = await resolveCatalog('en', [{ topics: [{ id: 'okr', label: 'OKRs' }, { id: 42 }, { id: 'x' }] }]);
    expect(value.topics.map((t) => t.id)).to.include('okr');
    expect(errors).to.have.length(2);
    expect(errors[0]).to.be.instanceOf(TaiwaDataError);
    expect(errors[0]!.field).to.equal('topics.1.id');
    expect(errors[1]!.reason).to.match(/needs a label/);
  });

  it('checks each merged entry as what it becomes: a 201–2000 character label is skipped, never thrown', async () => {
    const long = 'L'.repeat(201);
    const result = await resolveCatalog('en', [
      { topics: [{ id: 'okr', label: 'OKRs' }, { id: 'work', label: long }, { id: 'new', label: { en: long } }], responses: [{ id: 'coach', label: long }] },
    ]);
    expect(result.value.topics.map((t) => t.id)).to.deep.equal(['okr', 'work', 'relationships', 'wellbeing', 'career', 'skills', 'private', 'policy', 'free']);
    // The default keeps its own label; the bad rename is reported, not applied.
    expect(result.value.topics[1]!.label).to.equal('Progress and ways of working');
    expect(result.value.responses.map((r) => r.id)).to.not.include('coach');
    expect(result.errors.map((e) => e.field)).to.deep.equal(['topics.1.label', 'topics.2.label', 'responses.0.label']);
    expect(result.errors.every((e) => e instanceof TaiwaDataError)).to.equal(true);
  });

  it('refuses a catalogue that is not an object', async () => {
    const { value, errors } = await resolveCatalog('ja', ['nonsense']);
    expect(value.topics).to.have.length(8);
    expect(errors[0]!.message).to.match(/expected a catalogue object/);
  });
});

describe('resolveHints', () => {
  it('loads the hint file for the locale and validates host hints', async () => {
    const { value, errors } = await resolveHints('en', [{ hints: [{ id: 'h1', role: 'manager', text: 'Breathe.' }, { id: 'h2', role: 'boss', text: 'x' }] }]);
    expect(value.find((h) => h.id === 'h1')?.text).to.equal('Breathe.');
    expect(value.some((h) => h.id === 'general.manager.1')).to.equal(true);
    expect(errors).to.have.length(1);
    expect(errors[0]!.field).to.equal('hints.1.role');
  });
});

describe('resolveSections (what an element that shows some sections resolves)', () => {
  const given = { topics: enTopics };
  it('merges and checks only the sections asked for: the same errors as the whole merge for those, none for the others', async () => {
    const override = { topics: [{ id: 'okr', label: 'OKRs' }, { id: 42 }], responses: [{ id: 7 }], levels: 'ignored' };
    const whole = await resolveCatalog('en', [override]);
    const topics = await resolveSections('en', [override], ['topics'], given);
    expect(topics.errors.map((e) => e.field)).to.deep.equal(whole.errors.filter((e) => e.field?.startsWith('topics')).map((e) => e.field));
    expect(topics.errors.map((e) => e.field)).to.deep.equal(['topics.1.id']);
    expect(topics.value.topics).to.deep.equal(whole.value.topics);
    // The sections not asked for stay empty: nothing loaded, nothing merged.
    expect(topics.value.responses).to.deep.equal([]);
    expect(topics.value.levels).to.deep.equal([]);
  });

  it('gives the built-in sections as they are without overrides: frozen, the same object for the same sections', async () => {
    const a = await resolveSections('ja', [undefined], ['levels']);
    const b = await resolveSections('ja', [], ['levels']);
    expect(a.value).to.equal(b.value);
    expect(a.value.levels.map((l) => l.level)).to.deep.equal([1, 2, 3, 4, 5, 6]);
    expect(a.value.levels).to.equal((await defaultCatalog('ja')).levels);
    expect(Object.isFrozen(a.value.levels[0])).to.equal(true);
  });
});
