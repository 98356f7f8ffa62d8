import { expect, html } from '@open-wc/testing';
import { property } from 'lit/decorators.js';
import { TaiwaElement } from '../../src/core/base-element.js';

/** Each run for a key waits until the test releases it, so the answers arrive in the order the test picks. */
const gates = new Map<string, () => void>();
const signals = new Map<string, AbortSignal>();

class TaskProbe extends TaiwaElement {
  @property() key = 'a';
  shown = '';
  readonly probe = this.task({
    args: () => [this.key] as const,
    run: async ([key], signal) => {
      signals.set(key, signal);
      await new Promise<void>((r) => gates.set(key, r));
      if (key === 'bad') throw new Error('backend down');
      return `answer ${key}`;
    },
    apply: (value) => void (this.shown = value),
  });
  override render() {
    return html`${this.renderErrors()}
      <p>${this.shown}</p>`;
  }
}
customElements.define('task-probe', TaskProbe);

/** A run that ignores its signal (as most adapter reads must), and args that can mean "nothing to do". */
class SkipProbe extends TaiwaElement {
  @property() key = 'x';
  shown = 'nothing';
  readonly probe = this.task({
    args: () => [this.key] as const,
    skip: ([key]) => key === '',
    run: async ([key]) => {
      await new Promise<void>((r) => gates.set(key, r));
      return `answer ${key}`;
    },
    apply: (value) => void (this.shown = value),
  });
  override render() {
    return html`<p>${this.shown}</p>`;
  }
}
customElements.define('skip-probe', SkipProbe);

const until = async (check: () => boolean) => {
  while (!check()) await new Promise((r) => setTimeout(r));
};

describe('TaiwaElement.task', () => {
  it('a skip supersedes a run in flight: its late answer is never applied', async () => {
    const el = document.createElement('skip-probe') as SkipProbe;
    el.lang = 'en';
    document.body.append(el);
    await until(() => gates.has('x'));
    el.key = '';
    // The skip happens in that update; the run it supersedes cannot stop and answers afterwards.
    await until(() => !el.isUpdatePending);
    gates.get('x')!();
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(el.shown).to.equal('nothing');
    el.remove();
  });

  it('aborts the superseded run, never applies its answer, and updateComplete waits for the latest', async () => {
    const el = document.createElement('task-probe') as TaskProbe;
    el.lang = 'en';
    document.body.append(el);
    await until(() => gates.has('a'));
    el.key = 'b';
    await until(() => gates.has('b'));
    expect(signals.get('a')!.aborted).to.equal(true);
    expect(signals.get('b')!.aborted).to.equal(false);
    let settled = false;
    const done = el.updateComplete.then(() => (settled = true));
    gates.get('b')!();
    await until(() => el.shown === 'answer b');
    gates.get('a')!();
    await done;
    expect(settled).to.equal(true);
    expect(el.shown).to.equal('answer b');
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('answer b');
    el.remove();
  });

  it('shows what a run throws as an error and fires taiwa-error, until the next answer', async () => {
    const el = document.createElement('task-probe') as TaskProbe;
    el.lang = 'en';
    el.key = 'bad';
    const errors: string[] = [];
    el.addEventListener('taiwa-error', (e) => errors.push(e.detail.error.message));
    gates.delete('bad');
    document.body.append(el);
    await until(() => gates.has('bad'));
    gates.get('bad')!();
    await el.updateComplete;
    expect(errors).to.deep.equal(['backend down']);
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('backend down');
    gates.delete('c');
    el.key = 'c';
    await until(() => gates.has('c'));
    gates.get('c')!();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    el.remove();
  });
});
