/**
 * Sending `taiwa-agenda`: the member's submit (what still stops it, the record, the save, the
 * summary and the frame's offers after it) and the manager's proposal. Loaded with the edit part
 * (agenda.edit.ts), after the content; what it needs of the content's modules (the developer
 * error, the submit and save events, whose base the content's picker shares) the agenda hands in (`ui.lib`), so it imports none of them.
 */
import { withoutPrivateMemos } from '../../model/privacy.js';
import type { GuardedAdapter } from '../../core/guard.js';
import type { SaveChain } from '../../core/save-controller.js';
import type { Agenda } from '../../model/schemas.js';
import type { Problems } from './agenda.model.js';
import { problemsOf, proposeTopic, toRecord } from './agenda.submit.js';
import { offersOf } from './agenda.frame.js';
import { frameLines, frameLinesLater, type AgendaHost } from './agenda.thread.js';

/** What of `taiwa-agenda` a submit and a proposal use, beyond `AgendaHost` (its protected members). */
export interface SendHost extends AgendaHost {
  readonly sessionId: string;
  readonly scope: number;
  readonly submitter: SaveChain;
  readonly proposer: SaveChain;
  readonly autosave: { flush(): Promise<void> };
  problems?: Problems | undefined;
  note: string;
  record?: Agenda | undefined;
  proposals?: Agenda | undefined;
  /** The topic proposed last, named in the status line. */
  proposedTopic: string;
  guarded(): Promise<GuardedAdapter | undefined>;
}

/** The member's submit, once the edit part is in. */
export async function submit(host: SendHost): Promise<void> {
  const { draft, ui } = host;
  if (!draft || !ui || host.submitter.state === 'saving') return;
  host.problems = problemsOf(draft);
  if (host.problems) {
    await host.updateComplete;
    // The picker or selector points the browser at the first topic (or group) still to choose.
    const control = host.renderRoot.querySelector<HTMLElement & { reportValidity(): boolean }>(
      host.problems.noTopic ? '[part~="topics"]' : '[part~="responses"]',
    );
    control?.reportValidity();
    return;
  }
  const record = toRecord(draft, {
    sessionId: host.sessionId,
    memberId: host.viewer?.id ?? host.memberId,
    managerId: host.record?.managerId,
  });
  const missing = (['sessionId', 'memberId'] as const).find((f) => !record[f]);
  if (missing) {
    ui.lib.reportMissing(
      host,
      'agenda',
      missing,
      missing === 'sessionId' ? 'set session-id' : 'set member-id, or place it in a provider whose viewer is the member',
    );
    host.note = 'missingInfo';
    return;
  }
  const scope = host.scope;
  const saved = await host.submitter.save(async () => (await host.guarded())?.put('agenda', record) ?? record);
  if (!saved || scope !== host.scope) return;
  host.record = saved;
  // The draft as it is now (the member may have typed while it was sent); its private memos stay on
  // this device, so the member still sees them.
  host.changeDraft({ ...host.draft!, status: 'submitted', submittedAt: record.submittedAt! });
  await host.autosave.flush();
  // The frame's headings in the agenda's locale before the event (another locale's are one request
  // away); if they fail to load (the error is shown), the saved agenda is still announced.
  const lines = await frameLines(host).catch(() => undefined);
  host.dispatchEvent(new ui.lib.TaiwaSubmitEvent('agenda', withoutPrivateMemos(saved)));
  // The frame's last steps become offers (asked, never added silently); without the headings, once
  // a retry brings them, if the agenda still shows this submit.
  const { items } = host.draft!;
  const offer = (lines: string[]) => (host.offers = offersOf(lines, items));
  if (lines) offer(lines);
  else void frameLinesLater(host).then((lines) => scope === host.scope && host.draft?.status === 'submitted' && offer(lines));
  await host.updateComplete;
  host.renderRoot.querySelector<HTMLElement>('[part="summary"]')?.focus();
}

/** The manager proposes `topicId`: into the manager's own record (the member's agenda is never written by the manager). */
export async function propose(host: SendHost, topicId: string, at: { memberId: string; managerId: string }): Promise<void> {
  const ui = host.ui!;
  const scope = host.scope;
  const proposal = proposeTopic(host.proposals, topicId, { sessionId: host.sessionId, ...at }, ui.lib.newRecordFields);
  const saved = await host.proposer.save(async () => (await host.guarded())?.put('agenda', proposal));
  if (!saved || scope !== host.scope) return;
  host.proposals = saved;
  host.record = ui.managerView(host.record?.author === 'manager' ? undefined : host.record, [saved]);
  host.note = 'proposed';
  host.proposedTopic = topicId;
  host.dispatchEvent(new ui.lib.TaiwaSaveEvent('agenda', withoutPrivateMemos(saved)));
  await host.updateComplete;
  ui.refocus(host.renderRoot);
}
