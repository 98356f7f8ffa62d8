/**
 * The thread between 1on1s in `taiwa-agenda`: what last time left for this agenda (read with the
 * data, see agenda.thread.ts), putting its "talk about this again" topics back on the draft, and
 * asking the host for a 1on1 on that day. Internal: the public class is `TaiwaAgenda`.
 */
import { TaiwaScheduleRequestEvent } from '../../events/schedule-request.js';
import { AgendaBase } from './agenda.data.js';
import type * as UI from './agenda.views.js';

export abstract class AgendaThread extends AgendaBase {
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
      ] as const;
    },
    skip: ([role, adapter, viewerId, memberId, sessionId]) =>
      !adapter || !viewerId || !memberId || !sessionId || (role !== 'member' && role !== 'manager'),
    run: async ([role, , viewerId, memberId, sessionId, locale]) => {
      const ui = (this.ui ??= await import('./agenda.views.js'));
      const at = { role: role as 'member' | 'manager', viewerId: viewerId!, memberId: memberId!, sessionId, locale };
      return ui.loadThread(await this.guarded(), at);
    },
    apply: ({ thread, errors }) => {
      this.thread = thread;
      this.requestUpdate();
      return errors;
    },
  });

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
