/**
 * The thread between 1on1s in `taiwa-agenda`: what last time left for this agenda (read with the
 * edit part, see agenda.thread.ts, which also shows it and does what its buttons and the dialogue
 * frame's offers ask), and the offers a submit makes. Internal: the public class is `TaiwaAgenda`.
 */
import type { PropertyDeclarations, PropertyValues } from 'lit';
import { AgendaBase } from './agenda.data.js';
import type * as UI from './agenda.views.js';
import type { AgendaHost } from './agenda.thread.js';

export abstract class AgendaThread extends AgendaBase {
  // Not decorators (see TaiwaElement's).
  static override properties: PropertyDeclarations = {
    offers: { state: true, attribute: false },
  };
  // Accessors at once, not at define (see TaiwaElement's).
  static {
    this.finalize();
  }

  /** What last time left for this agenda: tried hints, the manager's note, the day to talk again. */
  protected thread?: UI.Thread;

  protected readonly threadTask = this.task({
    args: () => {
      const role = this.perspective;
      return [
        role,
        this.adapter,
        this.viewer?.id,
        role === 'member' ? this.viewer?.id : this.memberId,
        this.sessionId,
        this.locale,
        // Read once the edit part is in (after the content): the thread is not the agenda's content.
        this.edit,
      ] as const;
    },
    skip: ([role, adapter, viewerId, memberId, sessionId, , edit]) =>
      !edit || !adapter || !viewerId || !memberId || !sessionId || (role !== 'member' && role !== 'manager'),
    run: async ([role, , viewerId, memberId, sessionId, locale, edit]) => {
      const at = { role: role as 'member' | 'manager', viewerId: viewerId!, memberId: memberId!, sessionId, locale };
      return edit!.loadThread(await this.guarded(), at, this.ui!.lib);
    },
    apply: ({ thread, errors }) => {
      this.thread = thread;
      this.requestUpdate();
      return errors;
    },
  });

  /** After a submit: what the member wrote under the dialogue frame's last heading, offered as action items. */
  protected offers: UI.Offer[] = [];

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('sessionId') || changed.has('viewer')) this.offers = [];
  }

  /** Fills the memo of the item whose frame button was pressed with the dialogue frame's headings. */
  protected async useFrame(event: Event): Promise<void> {
    const id = (event.currentTarget as HTMLElement).dataset['frame'];
    const edit = this.edit ?? (await this.editPart().catch(() => undefined));
    // The edit part sees this element's protected members through `AgendaHost`.
    if (id && edit) await edit.useFrame(this as unknown as AgendaHost, id);
  }

  /** The element's one way to change the draft (it keeps it on this device). */
  protected abstract changeDraft(draft: UI.AgendaDraft): void;
}
