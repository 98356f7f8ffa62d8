import type { PropertyDeclarations } from 'lit';
import { TaiwaPartElement } from '../../core/part-element.js';
import { SaveController } from '../../core/save-controller.js';
import { TaiwaSaveEvent } from '../../events/save.js';
import type { Action, Session } from '../../model/schemas.js';
import type en from '../../i18n/action-list/en.js';

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
export class TaiwaActionList extends TaiwaPartElement<typeof en> {
  static override strings = {
    ja: () => import('../../i18n/action-list/ja.js'),
    en: () => import('../../i18n/action-list/en.js'),
  };
  /**
   * Its read, templates, styles, handlers and writes (action-list.part.ts) load with its strings, at
   * its first connect: in the agenda the list comes after the agenda's content anyway (agenda.later.ts).
   */
  static override views = () => import('./action-list.part.js');

  static override properties: PropertyDeclarations = {
    memberId: { attribute: 'member-id' },
    managerId: { attribute: 'manager-id' },
    sessionId: { attribute: 'session-id' },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };
  // Accessors at once, not at define (see TaiwaElement's). The internal states are made before
  // the part's setup (its `states`), not here: only the part sets them.
  static {
    this.finalize();
  }

  /** The member of the pair; for a member viewer, always the viewer. */
  memberId = '';
  /** The manager of the pair; for a manager viewer, always the viewer. Else read from the 1on1. */
  managerId = '';
  /** The 1on1 being prepared or held: its own items are "agreed this time", new ones are agreed in it. */
  sessionId = '';
  /** Heading level (2–4) of the headings; 0 renders them as paragraphs. */
  headingLevel = 0;

  /** @internal */
  declare actions: Action[];
  /** @internal */
  declare sessions: Session[];
  /** @internal */
  declare status: string;
  /** @internal */
  declare problem: string;
  declare protected views?: typeof import('./action-list.part.js');
  /** @internal */
  readonly saver = new SaveController(this, (error) => this.setErrors('save', error ? [error] : []));

  /** Reads the items again (after a record was written elsewhere on the page). */
  refresh(): Promise<unknown> {
    // Before the part's setup, its first read is still to come.
    return this.partReady ? this.views!.refresh(this) : this.updateComplete;
  }

  /**
   * Adds an item owned by the viewer, agreed in this 1on1 and due by the next one (the agenda's
   * dialogue frame uses it); resolves once it is kept (or the failure is shown).
   */
  async add(text: string, visibility: 'private' | 'shared' = 'shared'): Promise<void> {
    // Only before the part's setup and its first read: a form submit starts its write at once.
    if (!this.partReady || this.isLoading) await this.updateComplete;
    await this.views?.add(this, text, visibility);
  }

  /**
   * @internal Fires `taiwa-save` for a shared item (here, not in the part: the event class comes
   * with the page's other widgets, and sharing it with a lazy module is a file more).
   */
  saved(action: Action): void {
    this.dispatchEvent(new TaiwaSaveEvent('action', action));
  }
}
