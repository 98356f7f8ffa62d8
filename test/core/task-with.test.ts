import { expect, html, nextFrame } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { TaiwaElement } from '../../src/core/base-element.js';
import type { RunningTask } from '../../src/core/task-host.js';
import '../../src/core/task-with.js';

/**
 * A draft shown `with` records (as the rater's are): the draft answers when the test lets it, the
 * records only when the test releases them. Every wait here is for a condition the test controls.
 */
let releaseDraft = () => {};
let releaseRecords = () => {};

class WithProbe extends TaiwaElement {
  draft = '';
  records = '';
  readonly recordsTask = this.task({
    args: () => ['r'] as const,
    with: (): readonly RunningTask[] => [this.draftTask],
    run: () => new Promise<string>((r) => (releaseRecords = () => r('records'))),
    apply: (value) => void (this.records = value),
  });
  readonly draftTask = this.task({
    args: () => ['d'] as const,
    with: (): readonly RunningTask[] => [this.recordsTask],
    run: () => new Promise<string>((r) => (releaseDraft = () => r('draft'))),
    apply: (value) => void (this.draft = value),
  });
  override render() {
    return html`<input aria-label="overall" name="overall" /><slot></slot>`;
  }
}
customElements.define('with-probe', WithProbe);

/**
 * Lets the draft answer. What follows its answer (the wait, or the apply) is microtasks, which all
 * run before the next frame. (Its `taskComplete` would wait for the records too.)
 */
async function draftAnswers() {
  releaseDraft();
  await nextFrame();
}

/** A probe on the page, removed after the test. */
function probe(child?: HTMLElement): WithProbe {
  const el = document.createElement('with-probe') as WithProbe;
  if (child) el.append(child);
  document.body.append(el);
  placed.push(el);
  return el;
}
const placed: HTMLElement[] = [];

describe('a task shown with others (task-with.ts)', () => {
  afterEach(async () => {
    releaseRecords();
    await resetMouse();
    placed.splice(0).forEach((el) => el.remove());
  });

  it('without the user, waits for the records and applies both in one update', async () => {
    const el = probe();
    await nextFrame();
    await draftAnswers();
    await nextFrame();
    expect(el.draft, 'held for the records').to.equal('');
    releaseRecords();
    await el.updateComplete;
    expect([el.draft, el.records]).to.deep.equal(['draft', 'records']);
  });

  it('applies at once when the user is in the element already as the draft answers', async () => {
    const el = probe();
    await nextFrame();
    el.shadowRoot!.querySelector('input')!.focus();
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('input'));
    await draftAnswers();
    expect(el.draft).to.equal('draft');
    expect(el.recordsTask.status, 'the records are still out').to.equal(1);
  });

  it('applies at once when the user is in a slotted child as the draft answers', async () => {
    const child = document.createElement('button');
    child.textContent = 'in the slot';
    const el = probe(child);
    await nextFrame();
    child.focus();
    await draftAnswers();
    expect(el.draft).to.equal('draft');
    expect(el.recordsTask.status).to.equal(1);
  });

  it('a real Tab into the element ends the wait, with the records still out', async () => {
    // A real key press reaches the page (and gives it focus) whether or not it had focus: a
    // programmatic focus() in a page without focus moves activeElement but dispatches no focusin.
    const el = probe();
    await nextFrame();
    (document.activeElement as HTMLElement | null)?.blur();
    await draftAnswers();
    expect(el.draft, 'held for the records').to.equal('');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement, 'the user is in the form').to.equal(el.shadowRoot!.querySelector('input'));
    expect(el.draft).to.equal('draft');
    expect(el.recordsTask.status).to.equal(1);
  });

  it('a pointer press on the element ends the wait, with the records still out', async () => {
    const el = probe();
    await nextFrame();
    await draftAnswers();
    expect(el.draft, 'held for the records').to.equal('');
    const box = el.shadowRoot!.querySelector('input')!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.x + 4), Math.round(box.y + 4)] });
    expect(el.draft, 'a pointer passing over is not a turn to the element').to.equal('');
    await sendMouse({ type: 'down' });
    expect(el.draft).to.equal('draft');
    expect(el.recordsTask.status).to.equal(1);
  });
});
