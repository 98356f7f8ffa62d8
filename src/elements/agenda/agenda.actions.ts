/**
 * The thread between 1on1s in `taiwa-agenda`: what last time left for this agenda (read with the
 * data, see agenda.thread.ts), putting its "talk about this again" topics back on the draft, and
 * asking the host for a 1on1 on that day. Internal: the public class is `TaiwaAgenda`.
 */
import type { PropertyDeclarations, PropertyValues } from 'lit';
import { TaiwaScheduleRequestEvent } from '../../events/schedule-request.js';
import type { TaiwaActionList } from '../action-list/action-list.js';
import { format } from '../../core/locale.js';
import { AgendaBase } from './agenda.data.js';
import type * as UI from './agenda.views.js';

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
  protected readonly threadView = {
    missing: [] as string[],
    onAgain: () => this.againTopics(),
    onSchedule: () => this.requestSchedule(),
  };

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
      return edit!.loadThread(await this.guarded(), at);
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
    if (!this.draft?.items.some((i) => i.id === id)) return;
    const edit = this.edit ?? (await this.editPart().catch(() => undefined));
    // Read after the wait: the member may have typed in the memo meanwhile.
    const item = this.draft?.items.find((i) => i.id === id);
    if (!edit || !item || !this.ui || !this.strings) return;
    this.changeDraft(this.ui.withItem(this.draft!, item.id, { memo: edit.withFrame(this.frameLines(), item.memo) }));
    await this.updateComplete;
    const area = this.renderRoot.querySelector<HTMLTextAreaElement>(`textarea[data-item="${CSS.escape(item.id)}"]`);
    area?.focus();
    // The caret after the first heading, where the member starts to write.
    const at = area?.value.indexOf('\n') ?? -1;
    if (area && at >= 0 && !item.memo.trim()) area.setSelectionRange(at + 1, at + 1);
  }

  /** Called after a submit: the frame's last steps become offers (asked, never added silently). */
  protected offerFrame(draft: UI.AgendaDraft): void {
    this.offers = this.strings && this.edit ? this.edit.offersOf(this.frameLines(), draft.items) : [];
  }

  /** The dialogue frame's heading lines in the agenda's strings (agenda.frame.ts is given them). */
  protected frameLines(): string[] {
    const s = this.strings;
    return s ? s.frameHeadings.map((heading) => format(s.frameLine, { heading })) : [];
  }

  /** Answers an offer; the agenda's `updateComplete` includes the write it starts. */
  protected readonly answerOffer = (offer: UI.Offer, yes: boolean): void => {
    const list = this.renderRoot.querySelector<TaiwaActionList>('[part~="actions"]');
    this.offers = this.offers.filter((o) => o !== offer);
    if (yes && list) void this.waitFor(list.add(offer.text, offer.visibility));
    // Focus goes to the next offer, else back to the summary (the pressed button is gone).
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part="frame-yes"], [part="summary"]')?.focus());
  };

  /** The element's one way to change the draft (it keeps it on this device). */
  protected abstract changeDraft(draft: UI.AgendaDraft): void;

  /** The topics the last agenda named for "next time we talk about this", back on this one. */
  protected againTopics(): void {
    const again = this.thread?.again;
    if (!again || !this.draft || !this.ui) return;
    this.changeDraft(this.ui.withTopics(this.draft, [...this.draft.items.map((i) => i.topicId), ...again.topicIds]));
    this.activeTopic = again.topicIds[0] ?? this.activeTopic;
  }

  /** Asks the host for a 1on1 on the day the last agenda named, with the topics to carry into it. */
  protected requestSchedule(): void {
    const { thread } = this;
    if (!thread?.again) return;
    const member = this.perspective === 'member';
    this.dispatchEvent(
      new TaiwaScheduleRequestEvent({
        memberId: member ? (this.viewer?.id ?? '') : this.memberId || (this.record?.memberId ?? ''),
        managerId: member ? this.record?.managerId : this.viewer?.id,
        date: thread.again.date,
        topicIds: [...thread.again.topicIds],
        fromSessionId: thread.sessionId,
      }),
    );
  }
}
