import { expect } from '@open-wc/testing';
import { hintPartOf, hintsFor } from '../../src/model/hint-parts.js';
import { defaultCatalog, defaultHints } from '../../src/model/catalog.js';

describe('the built-in hints in parts (general, then one per built-in topic)', () => {
  for (const locale of ['en', 'ja'] as const) {
    it(`(${locale}) a topic's parts are exactly the general hints and that topic's, frozen; together, every hint`, async () => {
      const all = await defaultHints(locale);
      const topics = (await defaultCatalog(locale)).topics.map((t) => t.id).filter((t) => all.some((h) => h.topic === t));
      expect(topics.length, 'built-in topics with hints').to.be.greaterThan(5);
      for (const topic of topics) {
        const got = await hintsFor(locale, [topic]);
        const want = all.filter((h) => h.topic === undefined || h.topic === topic);
        expect(got.map((h) => h.id)).to.deep.equal(want.map((h) => h.id));
        expect(got.map((h) => h.text)).to.deep.equal(want.map((h) => h.text));
        expect(got.every((h) => Object.isFrozen(h))).to.equal(true);
        // Every hint of a part is of that part: ids name their topic, which the agenda's thread relies on.
        expect(got.every((h) => hintPartOf(h.id) === (h.topic ?? 'general'))).to.equal(true);
      }
      const every = await hintsFor(locale, topics);
      expect(new Set(every.map((h) => h.id))).to.deep.equal(new Set(all.map((h) => h.id)));
    });
  }

  it("a host's own topic (or none) has no part: the general hints only", async () => {
    const general = (await defaultHints('en')).filter((h) => h.topic === undefined).map((h) => h.id);
    for (const topics of [[], [''], ['my-own-topic'], ['general', 'general'], ['__proto__', 'constructor']]) {
      expect((await hintsFor('en', topics)).map((h) => h.id), JSON.stringify(topics)).to.deep.equal(general);
    }
  });
});
