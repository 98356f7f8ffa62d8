import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TaiwaElement } from '../../core/base-element.js';
import { SaveController } from '../../core/save-controller.js';
import { format } from '../../core/locale.js';
import { hostStyles } from '../../core/styles.js';
import { TaiwaSaveEvent } from '../../events/save.js';
import type { Action, Session } from '../../model/schemas.js';
import en from '../../i18n/action-list/en.js';
import * as UI from './action-list.views.js';
import { loadActions } from './action-list.store.js';

/**
 * The action items (宿題) of a member and their manager: the open ones agreed in earlier 1on1s
 * first, under 「前回決めたこと」 / "Agreed last time", each closed with one keystroke (its checkbox:
 * Space) or dropped with the button beside it; then the ones agreed in this 1on1, a form to add one
 * (due by the next 1on1, which it follows when that 1on1 is rescheduled), and the closed ones under
 * a disclosure. Each person writes only their own items; the partner's shared items are shown.
 * A private item never leaves this device: with a backend it is kept in the draft store, never sent.
 * `taiwa-agenda` shows it at its top; a host places it beside the rater or the reflection to add
 * items after the 1on1.
 *
 * @summary The pair's action items: carried over, agreed now, closed.
 * @tag taiwa-action-list
 *
 * @event {TaiwaSaveEvent<'action'>} taiwa-save - A shared item was added, closed, dropped or reopened; `detail: { kind: 'action', record }` (never fired for a private item, whose text stays on this device).
 * @event {TaiwaErrorEvent} taiwa-error - Bad data or a failed read or write; `detail: { error }`.
 *
 * @csspart base - The section around everything.
 * @csspart heading - A heading ("Agreed last time", "Agreed this time").
 * @csspart carried - The list of open items from earlier 1on1s.
 * @csspart current - The list of open items agreed in this 1on1.
 * @csspart none - "Nothing open from earlier 1:1s."
 * @csspart action - One item.
 * @csspart closed-action - One closed item.
 * @csspart check - The checkbox that marks an item done.
 * @csspart text - An item's text.
 * @csspart meta - Who owns it, when it is due, whether it is private.
 * @csspart private - "Private: only you, on this device".
 * @csspart drop - The button that drops an item.
 * @csspart reopen - The button that reopens a closed item.
 * @csspart history - The `<details>` with the closed items.
 * @csspart closed - The list of closed items.
 * @csspart add - The form that adds an item.
 * @csspart add-text - Its text input.
 * @csspart add-share - Its "share" checkbox and label.
 * @csspart add-button - Its button.
 * @csspart problem - Why the item was not added.
 * @csspart note - "Without a backend only your own items are shown".
 * @csspart status - What was just saved, announced politely.
 * @csspart error - The error message.
 * @csspart loading - Shown while the items load.
 * @csspart empty - Shown to a viewer who is neither member nor manager.
 *
 * @cssproperty [--taiwa-action-list-gap=0.5rem] - Space between the items.
 *
 * @cssstate loading - The items are loading.
 * @cssstate error - An error is shown.
 */
export class TaiwaActionList extends TaiwaElement<typeof en> {
  static override styles = hostStyles;
  static override strings = {
    ja: () => import('../../i18n/action-list/ja.js'),
    en,
  };
  /**
   * The templates and styles, and the code that reads the items, come with the element's module:
   * on its own page they are its content, and in the agenda the list comes after the agenda's
   * content anyway (agenda.later.ts).
   */
  static override views = UI;

  /** The member of the pair; for a member viewer, always the viewer. */
  @property({ attribute: 'member-id' }) memberId = '';
  /** The manager of the pair; for a manager viewer, always the viewer. Else read from the 1on1. */
  @property({ attribute: 'manager-id' }) managerId = '';
  /** The 1on1 being prepared or held: its own items are "agreed this time", new ones are agreed in it. */
  @property({ attribute: 'session-id' }) sessionId = '';
  /** Heading level (2–4) of the headings; 0 renders them as paragraphs. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 0;

  @state() private actions: Action[] = [];
  @state() private sessions: Session[] = [];
  @state() private status = '';
  @state() private problem = '';
  declare protected views?: typeof UI;
  readonly #saver = new SaveController(this, (error) => this.setErrors('save', error ? [error] : []));

  protected readonly loadTask = this.task({
    args: () => [this.adapter, this.drafts, this.side, this.pair.memberId, this.pair.managerId, this.viewer?.id] as const,
    skip: ([, , role, memberId, , viewerId]) => !role || !memberId || !viewerId,
    run: async ([, drafts, , memberId, managerId, viewerId]) => {
      return loadActions(await this.guarded(), drafts, { memberId, managerId }, viewerId!);
    },
    apply: (found) => {
      this.actions = found.actions;
      this.sessions = found.sessions;
      return found.errors;
    },
  });

  /** The viewer's side of the pair, or `undefined` for anyone else. */
  private get side(): 'member' | 'manager' | undefined {
    const role = this.viewer?.role;
    return role === 'member' || role === 'manager' ? role : undefined;
  }

  /** The pair: the viewer on their side, the attributes (or the 1on1) on the other. */
  private get pair(): { memberId: string; managerId: string } {
    const viewerId = this.viewer?.id ?? '';
    const session = this.sessions.find((s) => s.id === this.sessionId);
    const memberId = this.side === 'member' ? viewerId : this.memberId || session?.memberId || '';
    const managerId = this.side === 'manager' ? viewerId : this.managerId || session?.managerId || '';
    return { memberId, managerId };
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('sessionId') || changed.has('memberId') || changed.has('managerId')) {
      this.status = this.problem = '';
      this.#saver.reset();
    }
  }

  /** Reads the items again (after a record was written elsewhere on the page). */
  refresh(): Promise<unknown> {
    return this.loadTask.run();
  }

  private find(event: Event): Action | undefined {
    const id = (event.currentTarget as HTMLElement).dataset['action'];
    return this.actions.find((a) => a.id === id);
  }

  private async write(action: Action, said: string, refocus?: () => void) {
    const ui = this.views!;
    const scope = this.sessionId;
    const saved = await this.#saver.save(async () => ui.saveAction(await this.guarded(), this.drafts, action));
    if (!saved || scope !== this.sessionId) return;
    this.actions = [...this.actions.filter((a) => a.id !== saved.id), saved];
    this.status = format(said, { text: saved.text });
    if (saved.visibility === 'shared') this.dispatchEvent(new TaiwaSaveEvent('action', saved));
    await this.updateComplete;
    refocus?.();
  }

  /** After an item leaves the open list, focus goes to the open one that takes its place (or the add field). */
  private focusAfter(id: string) {
    const checks = () => [...this.renderRoot.querySelectorAll<HTMLElement>('[part="check"]')];
    const at = checks().findIndex((b) => b.dataset['action'] === id);
    return () => {
      const left = checks();
      const next = left[Math.min(Math.max(at, 0), left.length - 1)];
      (next ?? this.renderRoot.querySelector<HTMLElement>('[part="add-text"]'))?.focus();
    };
  }

  private readonly handleToggle = (event: Event) => {
    const action = this.find(event);
    if (!action || !this.views || this.#saver.state === 'saving') return;
    void this.write(this.views.withStatus(action, 'done'), this.strings!.closedDone, this.focusAfter(action.id));
  };

  private readonly handleDrop = (event: Event) => {
    const action = this.find(event);
    if (!action || !this.views || this.#saver.state === 'saving') return;
    void this.write(this.views.withStatus(action, 'dropped'), this.strings!.closedDropped, this.focusAfter(action.id));
  };

  private readonly handleReopen = (event: Event) => {
    const action = this.find(event);
    if (!action || !this.views || this.#saver.state === 'saving') return;
    void this.write(this.views.withStatus(action, 'open'), this.strings!.reopened, () =>
      this.renderRoot.querySelector<HTMLElement>(`[part="check"][data-action="${CSS.escape(action.id)}"]`)?.focus(),
    );
  };

  private readonly handleAdd = (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const input = form.querySelector<HTMLInputElement>('[part="add-text"]')!;
    const shared = form.querySelector<HTMLInputElement>('[name="shared"]')!.checked;
    if (!input.value.trim()) {
      this.problem = this.strings?.needText ?? '';
      input.focus();
      return;
    }
    void this.add(input.value, shared ? 'shared' : 'private').then(() => {
      if (this.problem || this.#saver.state !== 'saved') return;
      input.value = '';
      input.focus();
    });
  };

  /**
   * Adds an item owned by the viewer, agreed in this 1on1 and due by the next one (the agenda's
   * dialogue frame uses it); resolves once it is kept (or the failure is shown).
   */
  async add(text: string, visibility: 'private' | 'shared' = 'shared'): Promise<void> {
    // Only before the first render: a form submit starts its write at once.
    if (!this.views || this.isLoading) await this.updateComplete;
    const role = this.side;
    const { memberId, managerId } = this.pair;
    if (!this.views || !role || !memberId || !managerId || !text.trim()) return;
    this.problem = '';
    const due = this.views.nextSession(this.sessions, this.sessionId);
    const action = this.views.newAction({
      memberId,
      managerId,
      owner: role,
      text,
      visibility,
      ...(this.sessionId ? { sessionId: this.sessionId } : {}),
      ...(due ? { dueSessionId: due.id } : {}),
    });
    await this.write(action, this.strings!.added);
  }

  protected override render() {
    const s = this.strings;
    const ui = this.views;
    const role = this.side;
    if (this.viewer && !role) return this.renderEmpty(s?.notForRole);
    if (!s || !ui || this.isLoading) return html`${this.renderErrors()}${this.renderLoading()}`;
    const { memberId, managerId } = this.pair;
    return html`${this.renderErrors()}${ui.renderList({
      s,
      locale: this.locale,
      role: role ?? 'member',
      groups: ui.groupActions(this.actions, { id: this.viewer?.id ?? '', role: role ?? 'member' }, this.sessionId),
      sessions: this.sessions,
      canAdd: Boolean(role && memberId && managerId && (this.adapter || this.drafts)),
      localOnly: this.adapter?.local === true,
      headingLevel: this.headingLevel,
      status: this.#saver.state === 'saving' ? s.saving : this.status,
      problem: this.problem,
      busy: this.#saver.state === 'saving',
      onToggle: this.handleToggle,
      onDrop: this.handleDrop,
      onReopen: this.handleReopen,
      onAdd: this.handleAdd,
    })}`;
  }
}
