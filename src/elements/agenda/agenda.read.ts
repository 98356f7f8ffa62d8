/** The read-only views of `taiwa-agenda`: the member's submitted summary and the manager's view. */
import { html, nothing, type TemplateResult } from 'lit';
import { format, type Strings } from '../../core/locale.js';
import { reportMissing } from '../../core/developer-error.js';
import { TaiwaSaveEvent } from '../../events/save.js';
import { TaiwaSubmitEvent } from '../../events/submit.js';
import { latest, latestBy, newRecordFields } from '../../model/records.js';
import type { Agenda, Catalog, Locale, MemoVisibility, Topic } from '../../model/schemas.js';
import type en from '../../i18n/agenda/en.js';
import { sharedMemo, validDay, validMoment, type AgendaDraft } from './agenda.model.js';
import { renderForm, renderHints, withTag, type FormState } from './agenda.form.js';
import type { AgendaHost, Thread } from './agenda.thread.js';
import type * as Edit from './agenda.edit.js';

export interface View {
  s: Strings & typeof en;
  locale: Locale;
  sessionId: string;
  topic(id: string): string;
  response(id: string): string;
  /** An inner control's tag (`taiwa-hint-panel`, or its name in the agenda's registration): a validated name, not user text. */
  tag(tag: string): string;
  /** The hint panel's class is among the inner controls (it follows the agenda's content). */
  hints: boolean;
}

interface ShownItem {
  id: string;
  topicId: string;
  title?: string | undefined;
  responseId?: string | undefined;
  memo?: string | undefined;
  memoVisibility: MemoVisibility;
  proposedBy: 'member' | 'manager';
}

/**
 * A calendar date (`YYYY-MM-DD`) in the viewer's words; read as UTC so no time zone shifts the day.
 * What is not a date is shown as it is rather than thrown (a render must not fail on one field).
 */
export const day = (date: string, locale: Locale) =>
  validDay(date) ? new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`)) : date;
/**
 * What the edit part's templates, sends and reads are made with (agenda.thread.ts, agenda.send.ts,
 * agenda.thread-load.ts): it imports none of the content's modules, not even `records.ts`.
 */
export const lib = { html, nothing, format, day, reportMissing, TaiwaSaveEvent, TaiwaSubmitEvent, latest, latestBy, newRecordFields };
const moment = (iso: string, locale: Locale) =>
  validMoment(iso) ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)) : iso;

function renderItem(v: View, item: ShownItem, audience: 'member' | 'manager'): TemplateResult {
  const { s } = v;
  // The manager sees a memo only when it is shared, whatever text a record carries.
  const memo = audience === 'manager' ? sharedMemo(item) : item.memo?.trim() ? item.memo : undefined;
  const memoLabel = audience === 'manager' ? s.memberMemo : item.memoVisibility === 'shared' ? s.sharedMemo : s.privateMemo;
  return html`<li part="item" data-topic=${item.topicId}>
    <p part="item-title">
      <strong part="topic">${v.topic(item.topicId)}</strong
      >${item.title?.trim() ? html`: <span part="free-title">${item.title.trim()}</span>` : nothing} ·
      <span part="response">${item.responseId ? v.response(item.responseId) : audience === 'manager' ? s.noStyleManager : s.noStyle}</span>
    </p>
    ${item.proposedBy === 'manager' ? html`<p part="proposed">${audience === 'manager' ? s.proposedByYou : s.proposedByManager}</p>` : nothing}
    ${
      memo
        ? html`<div part="memo-view" data-visibility=${item.memoVisibility}>
            <span part="memo-label">${memoLabel}</span>
            <p part="memo-text">${memo}</p>
          </div>`
        : nothing
    }
    ${
      // The member chooses how the manager should respond: until they have, the manager is not asked to.
      audience === 'manager' && item.responseId ? renderHints(v, item, 'manager') : nothing
    }
  </li>`;
}

const list = (v: View, items: readonly ShownItem[], audience: 'member' | 'manager') =>
  items.length
    ? html`<ul part="items">
        ${items.map((i) => renderItem(v, i, audience))}
      </ul>`
    : nothing;

const nextLine = (v: View, nextDate: string | undefined) =>
  nextDate ? html`<p part="next">${format(v.s.nextDateOn, { date: day(nextDate, v.locale) })}</p>` : nothing;

/** The member's own agenda after a submit, private memos included (they are on this device). */
export function renderSummary(
  v: View,
  draft: { items: readonly ShownItem[]; nextDate: string; submittedAt?: string | undefined },
  onEdit: () => void,
  sent = true,
): TemplateResult {
  const { s } = v;
  return html`<section part="summary" tabindex="-1" aria-labelledby="summary-title">
    <p part="title" id="summary-title"><strong>${s.summaryTitle}</strong></p>
    ${draft.submittedAt && sent ? html`<p part="submitted">${format(s.submitted, { date: moment(draft.submittedAt, v.locale) })}</p>` : nothing}
    ${list(v, draft.items, 'member')} ${nextLine(v, draft.nextDate)}
    <button part="edit" type="button" @click=${onEdit}>${s.edit}</button>
  </section>`;
}

export interface ManagerState {
  record?: { items: readonly ShownItem[]; nextDate?: string | undefined; submittedAt?: string | undefined } | undefined;
  /** Topics the manager can still propose. */
  available: readonly Topic[];
  canPropose: boolean;
  note: string;
  onPropose: (event: Event) => void;
}

/** The manager's read-only view of the member's agenda, with hints and a way to propose a topic. */
export function renderManager(v: View, m: ManagerState): TemplateResult {
  const { s } = v;
  const record = m.record;
  const submitted = record?.submittedAt !== undefined;
  // Before the member submits, only the manager's own proposals are shown.
  const items = submitted ? record!.items : (record?.items.filter((i) => i.proposedBy === 'manager') ?? []);
  return html`<section part="base" aria-labelledby="manager-title">
    <p part="title" id="manager-title"><strong>${s.managerTitle}</strong></p>
    ${submitted ? html`<p part="submitted">${format(s.submitted, { date: moment(record!.submittedAt!, v.locale) })}</p>` : html`<p part="empty">${s.managerEmpty}</p>`}
    ${list(v, items, 'manager')} ${submitted ? nextLine(v, record!.nextDate) : nothing}
    ${
      !m.canPropose
        ? html`<p part="note">${s.needMember}</p>`
        : m.available.length === 0
          ? html`<p part="note" tabindex="-1">${s.nothingToPropose}</p>`
          : html`<form part="propose" @submit=${m.onPropose}>
              <label for="propose">${s.propose}</label>
              <select id="propose" part="propose-select">
                ${m.available.map((t) => html`<option value=${t.id}>${t.label}</option>`)}
              </select>
              <button part="propose-button" type="submit">${s.proposeButton}</button>
            </form>`
    }
    <p part="status" role="status">${m.note}</p>
  </section>`;
}

/**
 * After a proposal: when it took the last topic, the form is gone, so focus goes to the note that
 * says why (it would fall to the page otherwise); while topics are left it stays on the button.
 */
export function refocus(root: ParentNode): void {
  if (!root.querySelector('[part="propose"]')) root.querySelector<HTMLElement>('[part="note"]')?.focus();
}

/** What `taiwa-agenda` hands over to render once its data is in. */
export interface AgendaState extends Omit<FormState, 'draft'> {
  /** What the status line says (`''`: nothing); `proposed` names the topic just proposed. */
  note: '' | 'draftSaved' | 'submitting' | 'proposed' | 'missingInfo' | 'otherTab';
  proposed: string;
  role: 'member' | 'manager';
  s: View['s'];
  locale: Locale;
  sessionId: string;
  /** The inner controls' tags (see `AgendaBase.innerTag`). */
  innerTag: (tag: string) => string;
  resolved: Catalog;
  draft: AgendaDraft | undefined;
  record: Agenda | undefined;
  canPropose: boolean;
  /** False outside a provider: a submitted agenda went to the page as an event, nowhere else. */
  sent?: boolean;
  edit: () => void;
  propose: (event: Event) => void;
  /** What last time left for this agenda (see agenda.thread.ts). */
  thread?: Thread | undefined;
  /** The topics of the thread's "talk about this again" not on this agenda yet. */
  missing: readonly string[];
  /** The edit part, once in: it shows the thread and the offers (they come after the content). */
  part?: Pick<typeof Edit, 'renderThread' | 'renderOffers'> | undefined;
  /** The agenda, for the edit part's buttons (see agenda.thread.ts). */
  host: AgendaHost;
  /** The action list's class is among the inner controls: 「前回決めたこと」 leads the agenda. */
  actionList: boolean;
  /** The hint panel's class is among the inner controls. */
  hints: boolean;
  memberId: string;
}

export function renderAgenda(a: AgendaState): TemplateResult {
  const { resolved } = a;
  const v: View = {
    s: a.s,
    locale: a.locale,
    sessionId: a.sessionId,
    topic: (id) => resolved.topics.find((t) => t.id === id)?.label ?? id,
    response: (id) => resolved.responses.find((r) => r.id === id)?.label ?? id,
    tag: a.innerTag,
    hints: a.hints,
  };
  const { s, note } = a;
  const top = html`${a.part?.renderThread(v, a.role, a.thread, a.missing, a.host) ?? nothing}${
    a.actionList
      ? withTag(v.tag('taiwa-action-list'))`<{tag}
          part="actions"
          session-id=${a.sessionId}
          member-id=${a.role === 'manager' ? a.memberId || nothing : nothing}
          heading-level="2"
        ></{tag}>`
      : nothing
  }`;
  // Each proposal names its topic, so the status line changes, and is read, every time.
  const status = note === 'proposed' ? format(s.proposed, { topic: v.topic(a.proposed) }) : note ? s[note] : '';
  if (a.role === 'manager') {
    const onAgenda = new Set(a.record?.items.map((i) => i.topicId));
    return html`${top}${renderManager(v, {
      record: a.record,
      available: resolved.topics.filter((t) => !t.disabled && !onAgenda.has(t.id)),
      canPropose: a.canPropose,
      note: status,
      onPropose: a.propose,
    })}`;
  }
  const draft = a.draft!;
  const done = draft.status === 'submitted';
  // One status line for the form and the summary alike: it stays in place when they swap, so
  // "Agenda submitted" is announced as a change of a live region that was already there.
  // Outside a provider nothing was shared: the status says so instead of "submitted".
  const sent = a.sent !== false;
  return html`${top}${done ? html`${renderSummary(v, draft, a.edit, sent)}${a.actionList && a.part ? a.part.renderOffers(a.host) : nothing}` : renderForm(v, { ...a, draft })}
    <p part="status" role="status">${done ? (sent ? s.done : s.notShared) : status}</p>`;
}
