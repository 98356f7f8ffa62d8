/**
 * An element whose part (its views, loaded with its strings) fails to load shows the error, not a
 * blank element, and loads again at the next update after it, or when the window comes back online.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { TaiwaScheduler } from '../../src/elements/scheduler/scheduler.js';
import { inProvider } from '../helpers/mount.js';
import { createIndexedDbAdapter } from '../../src/adapters/indexeddb.js';

function failingScheduler() {
  const state = { fail: true, asked: 0 };
  class FailingScheduler extends TaiwaScheduler {
    static override views = () => {
      state.asked++;
      return state.fail ? Promise.reject(new Error('Failed to fetch dynamically imported module: scheduler.part.js')) : import('../../src/elements/scheduler/scheduler.part.js');
    };
  }
  const tag = `failing-scheduler-${Math.random().toString(36).slice(2)}`;
  customElements.define(tag, FailingScheduler);
  return { tag, state };
}

const error = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part="error"]');

describe('an element whose part fails to load', () => {
  it('shows the message (untitled, role=alert), and renders once an update finds the part', async () => {
    const { tag, state } = failingScheduler();
    const el = await fixture<TaiwaScheduler>(staticHtml`<${unsafeStatic(tag)} lang="ja"></${unsafeStatic(tag)}>`);
    await el.updateComplete;
    expect(error(el), 'the error block').to.exist;
    expect(error(el)!.getAttribute('role')).to.equal('alert');
    expect(error(el)!.textContent).to.contain('Failed to fetch dynamically imported module');
    await expect(el).to.be.accessible();
    const asked = state.asked;
    await new Promise((r) => requestAnimationFrame(r));
    expect(state.asked, 'no retry loop while it fails').to.equal(asked);
    state.fail = false;
    el.requestUpdate();
    await el.updateComplete;
    await waitUntil(() => !error(el) && el.shadowRoot!.querySelector('form, [part~="base"], input'), 'rendered after the retry');
  });

  it("is asked again on the window's online event, inside a provider", async () => {
    const { tag, state } = failingScheduler();
    const adapter = createIndexedDbAdapter({ dbName: `bundle-retry-${Math.random()}`, viewerId: 'm1' });
    const t = unsafeStatic(tag);
    const { el } = await inProvider(tag as 'taiwa-scheduler', staticHtml`<${t}></${t}>`, { adapter, viewer: { id: 'm1', role: 'manager' }, lang: 'en' });
    await el.updateComplete;
    await waitUntil(() => error(el), 'the error block');
    state.fail = false;
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => !error(el) && el.shadowRoot!.querySelector('form, [part~="base"], input'), 'rendered after online');
  });
});
