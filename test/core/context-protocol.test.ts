import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ContextConsumer as LitConsumer } from '@lit/context';
import { ContextConsumer, ContextProvider, createContext } from '../../src/core/context-protocol.js';
import { attachContextRoot } from '../../src/core/context.js';

const key = createContext<string | undefined>(Symbol('test/context-protocol'));

class Reader extends LitElement {
  readonly ctx = new ContextConsumer(this, { context: key, subscribe: true });
  updates = 0;
  protected override updated() {
    this.updates++;
  }
}
class Giver extends LitElement {
  readonly ctx = new ContextProvider(this, { context: key, initialValue: 'outer' });
  protected override createRenderRoot() {
    return this;
  }
}
class LitReader extends LitElement {
  readonly ctx = new LitConsumer(this, { context: key, subscribe: true });
}
customElements.define('cp-reader', Reader);
customElements.define('cp-giver', Giver);
customElements.define('cp-lit-reader', LitReader);

describe('context protocol (core/context-protocol.ts)', () => {
  it('answers at once, follows each new value, and stops after a disconnect', async () => {
    const giver = await fixture<Giver>(html`<cp-giver><cp-reader></cp-reader><cp-lit-reader></cp-lit-reader></cp-giver>`);
    const reader = giver.querySelector<Reader>('cp-reader')!;
    const lit = giver.querySelector<LitReader>('cp-lit-reader')!;
    expect(reader.ctx.value).to.equal('outer');
    expect(lit.ctx.value, '@lit/context consumer').to.equal('outer');
    giver.ctx.setValue('next');
    expect(reader.ctx.value).to.equal('next');
    expect(lit.ctx.value).to.equal('next');
    reader.remove();
    giver.ctx.setValue('after');
    expect(reader.ctx.value, 'unsubscribed on disconnect').to.equal('next');
    expect(lit.ctx.value).to.equal('after');
  });

  it('hands a widget to a provider that upgrades later between it and the outer one', async () => {
    const giver = await fixture<Giver>(html`<cp-giver><cp-mid><cp-reader></cp-reader></cp-mid></cp-giver>`);
    const reader = giver.querySelector<Reader>('cp-reader')!;
    expect(reader.ctx.value).to.equal('outer');
    customElements.define('cp-mid', class extends Giver {});
    const mid = giver.querySelector<Giver>('cp-mid')!;
    mid.ctx.setValue('inner');
    expect(reader.ctx.value).to.equal('inner');
    giver.ctx.setValue('outer again');
    expect(reader.ctx.value, 'the outer provider no longer reaches it').to.equal('inner');
  });

  it('replays what no provider answered once one appears (the root)', async () => {
    attachContextRoot();
    const host = await fixture(html`<cp-late><cp-reader></cp-reader></cp-late>`);
    const reader = host.querySelector<Reader>('cp-reader')!;
    expect(reader.ctx.value).to.equal(undefined);
    customElements.define('cp-late', class extends Giver {});
    expect(reader.ctx.value).to.equal('outer');
    await reader.updateComplete;
    expect(reader.updates).to.be.greaterThan(1);
  });
});
