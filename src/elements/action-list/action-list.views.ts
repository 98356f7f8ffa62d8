/**
 * The action list's templates: 「前回決めたこと」 first, this 1on1's items, the closed ones under a
 * disclosure, and the form to add one. Loaded with the strings; every text renders as text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { format } from '../../core/format.js';
import type { Strings } from '../../core/locale.js';
import type { Action, Locale, Session } from '../../model/schemas.js';
import type en from '../../i18n/action-list/en.js';
import type { ActionGroups } from './action-list.model.js';

export { styles } from './action-list.styles.js';
export { groupActions, newAction, nextSession, withStatus } from './action-list.model.js';
export { saveAction } from './action-list.save.js';

export interface ListView {
  s: Strings & typeof en;
  locale: Locale;
  role: 'member' | 'manager';
  groups: ActionGroups;
  sessions: readonly Session[];
  /** The add form is shown (a pair and somewhere to keep the item). */
  canAdd: boolean;
  /** Without a backend: say that only the viewer's own items are here. */
  localOnly: boolean;
  headingLevel: number;
  status: string;
  problem: string;
  busy: boolean;
  onToggle: (event: Event) => void;
  onDrop: (event: Event) => void;
  onReopen: (event: Event) => void;
  onAdd: (event: Event) => void;
}

const heading = (level: number, id: string, text: string) => {
  const n = Math.min(Math.max(level, 0), 6);
  // A static tag per level: lit cannot bind a tag name, and a heading level is the host's choice.
  switch (n) {
    case 2:
      return html`<h2 part="heading" id=${id}>${text}</h2>`;
    case 3:
      return html`<h3 part="heading" id=${id}>${text}</h3>`;
    case 4:
      return html`<h4 part="heading" id=${id}>${text}</h4>`;
    default:
      return html`<p part="heading" id=${id}><strong>${text}</strong></p>`;
  }
};

function ownerOf(v: ListView, a: Action): string {
  if (a.owner === v.role) return v.s.mine;
  return a.owner === 'manager' ? v.s.yourManager : v.s.yourMember;
}

function dueOf(v: ListView, a: Action): string {
  const due = a.dueSessionId ? v.sessions.find((s) => s.id === a.dueSessionId && !s.cancelledAt) : undefined;
  // The due 1on1's date as it is now: a reschedule moves it, the record keeps only the 1on1's id.
  if (due?.scheduledAt) {
    const date = new Intl.DateTimeFormat(v.locale, { dateStyle: 'medium' }).format(new Date(due.scheduledAt));
    return format(v.s.dueOn, { date });
  }
  return v.s.dueNext;
}

function renderOpen(v: ListView, a: Action): TemplateResult {
  const { s } = v;
  const mine = a.owner === v.role;
  const id = `action-${a.id}`;
  return html`<li part="action" data-action=${a.id} data-owner=${a.owner}>
    ${
      mine
        ? html`<input
              type="checkbox"
              part="check"
              id=${id}
              data-action=${a.id}
              aria-label=${format(s.markDone, { text: a.text })}
              @change=${v.onToggle}
            /><label for=${id} part="text">${a.text}</label>`
        : html`<span part="text">${a.text}</span>`
    }
    <span part="meta"
      >${ownerOf(v, a)} ·
      ${dueOf(v, a)}${a.visibility === 'private' ? html` · <span part="private">${s.privateBadge}</span>` : nothing}</span
    >
    ${
      mine
        ? html`<button type="button" part="drop" data-action=${a.id} aria-label=${format(s.dropLabel, { text: a.text })} @click=${v.onDrop}>
            ${s.drop}
          </button>`
        : nothing
    }
  </li>`;
}

function renderClosed(v: ListView, a: Action): TemplateResult {
  const { s } = v;
  return html`<li part="action closed-action" data-action=${a.id} data-status=${a.status}>
    <span part="text">${a.text}</span>
    <span part="meta">${a.status === 'done' ? s.done : s.dropped} · ${ownerOf(v, a)}</span>
    ${
      a.owner === v.role
        ? html`<button
            type="button"
            part="reopen"
            data-action=${a.id}
            aria-label=${format(s.reopenLabel, { text: a.text })}
            @click=${v.onReopen}
          >
            ${s.reopen}
          </button>`
        : nothing
    }
  </li>`;
}

const list = (v: ListView, items: readonly Action[], part: string) =>
  html`<ul part=${part}>
    ${items.map((a) => renderOpen(v, a))}
  </ul>`;

export function renderList(v: ListView): TemplateResult {
  const { s, groups } = v;
  return html`<section part="base" aria-labelledby="carried-title">
    ${heading(v.headingLevel, 'carried-title', s.carried)}
    ${groups.carried.length ? list(v, groups.carried, 'carried') : html`<p part="none">${s.noneCarried}</p>`}
    ${groups.current.length ? html`${heading(v.headingLevel, 'current-title', s.current)} ${list(v, groups.current, 'current')}` : nothing}
    ${v.canAdd ? renderAdd(v) : nothing}
    ${
      groups.closed.length
        ? html`<details part="history">
            <summary>${format(s.closed, { count: String(groups.closed.length) })}</summary>
            <ul part="closed">
              ${groups.closed.map((a) => renderClosed(v, a))}
            </ul>
          </details>`
        : nothing
    }
    ${v.localOnly ? html`<p part="note">${s.localOnly}</p>` : nothing}
    <p part="status" role="status">${v.status}</p>
  </section>`;
}

function renderAdd(v: ListView): TemplateResult {
  const { s } = v;
  return html`<form part="add" novalidate @submit=${v.onAdd}>
    <label for="action-text">${s.addLabel}</label>
    <input
      part="add-text"
      id="action-text"
      name="text"
      type="text"
      maxlength="2000"
      autocomplete="off"
      aria-describedby="action-help${v.problem ? ' action-problem' : ''}"
      aria-invalid=${v.problem ? 'true' : nothing}
    />
    <span class="help" id="action-help">${s.addHelp}</span>
    ${v.problem ? html`<span part="problem" id="action-problem" role="alert">${v.problem}</span>` : nothing}
    <label part="add-share"><input type="checkbox" name="shared" checked /> ${v.role === 'member' ? s.share : s.shareManager}</label>
    <button part="add-button" type="submit" aria-disabled=${v.busy ? 'true' : nothing}>${s.add}</button>
  </form>`;
}
