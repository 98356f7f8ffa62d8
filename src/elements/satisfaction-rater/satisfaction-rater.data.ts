/**
 * The data side of `taiwa-satisfaction-rater`, kept apart from the element's public file: its
 * properties, what it reads (session, agenda, earlier answers, the draft on this device), its form
 * entries and its draft writes. Internal: the public class is `TaiwaSatisfactionRater`.
 */
import type { PropertyDeclarations } from 'lit';
import { ContextConsumer } from '../../core/context.js';
import { policyContext } from '../../core/context.js';
import type { SharingPolicy } from '../../model/adapter.js';
import { RaterSummaryHost } from './satisfaction-rater.summary-host.js';
import type { SaveController } from '../../core/save-controller.js';
import type { RunningTask } from '../../core/task-host.js';
import { TaskStatus } from '../../core/task.js';
import type { DraftStore } from '../../model/adapter.js';
// Its tasks are shown together (`with`): the wait comes with the rater, not one request after its reads.
import '../../core/task-with.js';
import type { Agenda, Feedback, Session } from '../../model/schemas.js';
import type en from '../../i18n/satisfaction-rater/en.js';
import type { Fields } from './satisfaction-rater.record.js';
import { writeAhead } from '../../core/write-ahead.js';
import type { Answer, Draft, RaterItem, Texts } from './satisfaction-rater.model.js';
import { keyOf } from './satisfaction-rater.views.js';
// Its reads come with it (a stored answer is its content: no request level more for them), and so
// does the provider's default draft store, which it shows with its content (src/adapters/drafts-default.ts).
import { load as loadAnswers, readDraft } from './satisfaction-rater.io.js';
import { createDraftStore } from '../../adapters/drafts.js';
import { offerDraftStore } from '../../adapters/drafts-default.js';

offerDraftStore(createDraftStore);

type Note = '' | 'draftRestored' | 'requiredChoice' | 'missingInfo';

/** The next task (a message, which a hidden tab does not throttle as it does timers). */
const nextTask = () =>
  new Promise<void>((done) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => (channel.port1.close(), done());
    channel.port2.postMessage(0);
  });

const int = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.round(Number.isFinite(n) ? n : lo)));
export const noTexts = (): Texts => ({ comment: '', wentWell: '', nextTime: '' });

export class RaterBase extends RaterSummaryHost<typeof en> {
  /** The submit's module, loaded at the first submit (a seam: a test holds it back or fails it). */
  static recordModule = (): Promise<typeof import('./satisfaction-rater.record.js')> => import('./satisfaction-rater.record.js');

  // Not decorators: they cost a bundler's runtime helper, a file of its own before content.
  static override properties: PropertyDeclarations = {
    min: { type: Number },
    max: { type: Number },
    sessionId: { attribute: 'session-id' },
    memberId: { attribute: 'member-id' },
    managerId: { attribute: 'manager-id' },
    viewerRole: { attribute: 'viewer-role', reflect: true },
    items: { attribute: false },
    answers: { state: true, attribute: false },
    texts: { state: true, attribute: false },
    mine: { state: true, attribute: false },
    theirs: { state: true, attribute: false },
    submitted: { state: true, attribute: false },
    note: { state: true, attribute: false },
    share: { state: true, attribute: false },
    policy: { state: true, attribute: false },
  };
  // Accessors at once, not at define (see TaiwaElement's).
  static {
    this.finalize();
  }

  /** The lowest point of the scale (0–9). */
  min = 1;
  /** The highest point of the scale (up to 10); more than 7 points show as a `<select>`. */
  max = 5;
  /** The 1on1 being rated; inside a provider its agenda, people and earlier answers are read. */
  sessionId = '';
  /** The member of the 1on1, when no session record says so. */
  memberId = '';
  /** The manager of the 1on1, when no session record says so. */
  managerId = '';
  /** `member` or `manager`; defaults to the viewer's role. (Not `role`, which is ARIA's.) */
  viewerRole: '' | 'member' | 'manager' = '';
  /** Agenda items to rate in pure UI mode, instead of the session's agenda; a malformed entry is skipped and shown as an error. */
  items?: RaterItem[];

  protected answers: Record<string, Answer> = {};
  protected texts: Texts = noTexts();
  /** The viewer's own answer and, for a manager, the member's: read from the backend. */
  protected mine?: Feedback | undefined;
  protected theirs?: Feedback | undefined;
  protected submitted?: Feedback | undefined;
  protected note: Note = '';
  /** The member's share choice for this 1on1; `undefined` until they touch the switch (the policy's default applies). */
  protected share?: boolean | undefined;
  protected policy?: SharingPolicy | undefined;
  readonly #policyCtx = new ContextConsumer(this, { context: policyContext, subscribe: true });
  declare protected views?: Pick<
    typeof import('./satisfaction-rater.views.js'),
    'checkItems' | 'keyOf' | 'renderRater' | 'statusOf' | 'styles'
  >;
  protected session?: Session;
  protected agenda?: Agenda;
  protected edited = false;
  protected pendingFields?: Fields | undefined;
  protected reads = 0;
  /** The scope whose records were read: until then the form's items (or their absence) are unknown. */
  protected readFor?: string;
  /** The scope for which a draft on this device was found: the form is what follows, so it shows while the records load. */
  protected draftAhead?: string;
  /** The first update's draft read, begun before that update (see `scheduleUpdate`) and taken over by `draftTask`. */
  #early?: { drafts: DraftStore; key: string; read: Promise<unknown> };
  /** The submit: saving, then sent or kept on this device (an outbox while offline). Made with the first submit (satisfaction-rater.record.ts). */
  protected saver?: SaveController;
  #draftWrites: Promise<unknown> = Promise.resolve();

  /**
   * Draft writes on this device, one after another so the last one wins and none overlap. A failed
   * write is dropped: the write-ahead copy keeps the answers, and the next write tries again.
   */
  protected queueDraft(write: () => Promise<unknown>): Promise<void> {
    const run = this.#draftWrites.then(write).then(
      () => undefined,
      () => undefined,
    );
    this.#draftWrites = run;
    return run;
  }
  /** The session and people the answers are for. */
  protected scope?: string;
  /** The valid entries of `items`. */
  protected checked: RaterItem[] = [];

  /**
   * The first update inside a provider begins the read of the draft on this device and waits one
   * task at most for it (a store in memory answers by then; IndexedDB mostly later, and the draft
   * task then shows the form once it answers): with a draft, the form shows while the records load;
   * without, the loading state does, so no form shows that a stored answer's summary would replace.
   * Not longer: the records' read and the strings' load begin with that update.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const { drafts, draftKey: key } = this;
    if (this.hasUpdated || !this.adapter || !this.sessionId || !drafts || !key) return super.scheduleUpdate();
    // A store that throws at once fails like one that rejects: in the draft task, as an error shown.
    const read = (async () => drafts.get(key))();
    this.#early = { drafts, key, read };
    const scope = this.scopeKey;
    const found = read.then(
      (value) => void (readDraft(value) && this.#draftFound(scope)),
      () => undefined,
    );
    return Promise.race([found, nextTask()]).then(() => super.scheduleUpdate());
  }

  /** A draft for `scope` was read: while the records are out, the form (the draft's, once applied) shows meanwhile. */
  #draftFound(scope: string): void {
    if (this.draftAhead === scope) return;
    this.draftAhead = scope;
    if (this.hasUpdated && this.awaitingRecords) this.requestUpdate();
  }

  /** The stored draft under `key`: the first update's read when it was begun for these, else a new one. */
  #readStored(drafts: DraftStore, key: string): Promise<unknown> {
    const early = this.#early;
    this.#early = undefined;
    return early && early.drafts === drafts && early.key === key ? early.read : drafts.get(key);
  }

  /** The records of the shown scope are still being read for the first time (a refresh keeps what is shown). */
  protected get awaitingRecords(): boolean {
    return this.recordsTask.status === TaskStatus.PENDING && this.readFor !== this.scopeKey;
  }

  protected get scopeKey(): string {
    return [this.sessionId, this.memberId, this.managerId, this.viewer?.id].join('\n');
  }

  #checkedFrom?: readonly [unknown, unknown];

  /** The valid entries of `items` (pure UI mode): checked synchronously once the views are in, so the first render has them. */
  protected checkItems(): void {
    const { items, views } = this;
    if (!views || (this.#checkedFrom && this.#checkedFrom[0] === items && this.#checkedFrom[1] === views)) return;
    this.#checkedFrom = [items, views];
    const found = views.checkItems(items);
    this.checked = found.items;
    this.setErrors('items', found.errors);
  }

  /** The session, its agenda and its earlier answers, read through the validating adapter. */
  protected readonly recordsTask = this.task({
    args: () => [this.adapter, this.scopeKey, this.perspective, this.reads] as const,
    skip: ([adapter]) => !adapter || !this.sessionId,
    // With the draft read beside it, whichever ends first (see draftTask).
    with: (): readonly RunningTask[] => [this.draftTask],
    run: async ([adapter, , perspective]) => {
      if (!adapter || !this.sessionId) return undefined;
      const store = await this.guarded();
      const id = this.viewer?.id;
      const loaded = await loadAnswers(store!, this.sessionId, id || this.memberId || this.managerId, this.memberId, perspective, id);
      // An answer to show: its summary comes with it, in the same render.
      if (loaded.own) await this.loadSummary();
      return loaded;
    },
    apply: (loaded) => {
      if (!loaded) return [];
      this.readFor = this.scopeKey;
      this.session = loaded.session;
      this.agenda = loaded.agenda;
      this.mine = loaded.own;
      this.theirs = loaded.member;
      return loaded.errors;
    },
  });

  /** Who sees what: the backend's policy through the adapter, else the provider's, else nothing by name. */
  // Without an adapter that has a policy there is nothing to wait for: the provider's policy (read
  // in `sharing`) applies at once, so a rater with properties still renders in one pass.
  protected readonly policyTask = this.task({
    args: () => [this.adapter, this.#policyCtx.value] as const,
    skip: ([adapter]) => !adapter?.policy,
    // Shown with the records it goes with (who sees the answers), in one render.
    with: () => [this.recordsTask],
    run: async ([adapter, provided]) => {
      try {
        if (adapter?.policy) return await adapter.policy();
      } catch {
        // Unreachable or no policy: the provider's, or nothing by name (the safe default).
      }
      return provided;
    },
    apply: (policy) => {
      this.policy = policy;
      return [];
    },
  });

  /** The switch as it stands: the member's choice, else the policy's default (off). */
  protected get sharing(): { share: boolean; shareDefault: boolean; k: number } {
    const policy = (this.adapter?.policy ? this.policy : undefined) ?? this.#policyCtx.value;
    const shareDefault = policy?.shareRatingsByDefault === true;
    return { share: this.share ?? shareDefault, shareDefault, k: policy?.k ?? 3 };
  }

  /** The answers kept on this device for this session, unless the user has changed anything since. */
  protected readonly draftTask = this.task({
    args: () => [this.drafts, this.draftKey, this.scopeKey] as const,
    skip: ([drafts, key]) => !drafts || !key,
    // Read beside the records, applied with them: the form renders once with both, whichever
    // answers first and however long the other takes (the loading state shows meanwhile).
    with: () => [this.recordsTask],
    run: async ([drafts, key, scope]) => {
      if (!drafts || !key) return undefined;
      const draft = readDraft(await this.#readStored(drafts, key));
      if (draft) this.#draftFound(scope);
      return draft;
    },
    apply: (d) => {
      if (!d || this.edited) return;
      if (d.overall) this.values = [d.overall];
      this.answers = d.answers;
      this.texts = { comment: d.comment, wentWell: d.wentWell, nextTime: d.nextTime };
      if (d.share !== undefined) this.share = d.share;
      this.note = 'draftRestored';
    },
  });

  /** Whose view this is. */
  get perspective(): 'member' | 'manager' {
    return (this.viewerRole || this.viewer?.role) === 'manager' ? 'manager' : 'member';
  }

  /** The scale in use, kept within what a `Feedback` record can hold (0–10, at least two points). */
  get scale(): { min: number; max: number } {
    const min = int(this.min, 0, 9);
    return { min, max: int(this.max, min + 1, 10) };
  }

  protected get rateItems(): RaterItem[] {
    return this.items
      ? this.checked
      : (this.agenda?.items ?? []).flatMap((i) => (i.responseId ? [{ id: i.id, topicId: i.topicId, responseId: i.responseId }] : []));
  }

  /** The viewer's own answer: just sent, or read from the backend. */
  protected get own(): Feedback | undefined {
    return this.submitted ?? this.mine;
  }

  protected get draftKey(): string {
    const id = this.viewer?.id;
    return id && this.sessionId ? `rating:${this.sessionId}:${id}` : '';
  }

  /**
   * Every answer in `FormData`: the overall rating under `name`, each item's rating under
   * `name.item.<topicId>:<responseId>`, its "responded as asked?" under `name.match.<topicId>:<responseId>`,
   * and each text written under `name.comment` (the manager's: `name.wentWell`, `name.nextTime`).
   */
  protected override formEntries(): [string, string][] {
    const { name } = this;
    const entries = super.formEntries();
    for (const item of this.rateItems) {
      const a = this.answers[keyOf(item)];
      const cell = `${item.topicId}:${item.responseId}`;
      if (a?.rating !== undefined) entries.push([`${name}.item.${cell}`, String(a.rating)]);
      if (a?.styleMatch) entries.push([`${name}.match.${cell}`, a.styleMatch]);
    }
    for (const [key, text] of Object.entries(this.texts)) if (text) entries.push([`${name}.${key}`, text]);
    return entries;
  }

  /**
   * Keeps the answers on the device; writes queue so the last one wins and none overlap. Each holds
   * its store, key and answers from now, so a change of session never writes one session's answers
   * (or a cleared form) under another's key.
   */
  protected saveDraft() {
    const { drafts, draftKey: key } = this;
    if (!drafts || !key) return;
    const draft: Draft = {
      overall: this.value,
      answers: this.answers,
      ...this.texts,
      ...(this.share !== undefined ? { share: this.share } : {}),
    };
    // The device's copy now, in the input's own task, before any write queued ahead of this one.
    writeAhead(drafts, key, draft);
    void this.waitFor(this.queueDraft(() => drafts.set(key, draft)));
  }
}
