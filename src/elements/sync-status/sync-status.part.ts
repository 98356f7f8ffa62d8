/**
 * The sync status's instance code, loaded with its strings at its first connect (not with its
 * class): the list of writes that need attention, with the member's choices on each.
 */
import { html, nothing } from 'lit';
import { format } from '../../core/locale.js';
import type { OutboxItem } from '../../adapters/outbox.js';
import type en from '../../i18n/sync-status/en.js';
import { TaiwaExportEvent } from '../../events/export.js';
import { TaiwaFixEvent } from '../../events/fix.js';
import { toError } from '../../model/records.js';
import type { TaiwaSyncStatus } from './sync-status.js';
import { summary, urgent } from './sync-status.views.js';

export * from './sync-status.views.js';

// As the class has it (a value import of the class module would make it a chunk of its own).
const keyOf = (i: { kind: string; id: string }) => `${i.kind}|${i.id}`;

async function act(el: TaiwaSyncStatus, work: () => Promise<unknown>) {
  try {
    await work();
    el.base.setErrors('action', []);
  } catch (err) {
    el.base.setErrors('action', [toError(err)]);
  }
}

function discard(el: TaiwaSyncStatus, item: OutboxItem) {
  if (el.confirming !== keyOf(item)) {
    el.confirming = keyOf(item);
    return;
  }
  el.confirming = '';
  void act(el, () => el.source!.discard(item.id, item.kind));
}

function download(el: TaiwaSyncStatus, item: OutboxItem) {
  void act(el, async () => {
    const all = await el.source!.export();
    const data = { ...all, records: all.records.filter((r) => keyOf(r) === keyOf(item)) };
    const event = new TaiwaExportEvent(data);
    el.dispatchEvent(event);
    if (event.defaultPrevented) return;
    const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `taiwa-${item.kind}-${item.id}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  });
}

/** The member's choice on a write refused because the record changed elsewhere (both are explicit). */
const conflictActions = (el: TaiwaSyncStatus) => ({
  keepMine: (item: OutboxItem) => void act(el, () => el.source!.keepMine!(item.id, item.kind)),
  takeTheirs: (item: OutboxItem) => void act(el, () => el.source!.takeTheirs!(item.id, item.kind)),
});

function renderItem(el: TaiwaSyncStatus, item: OutboxItem, s: typeof en, index: number) {
  const id = `item-${index}`;
  const at = new Intl.DateTimeFormat(el.base.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(item.savedAt);
  const head = html`<span part="label" id=${id}>${s.kinds[item.kind] ?? item.kind}</span>
    <span part="time">${format(s.savedAt, { at })}</span>`;
  if (item.theirs && el.source?.keepMine && el.source.takeTheirs && el.conflict)
    return html`<li part="item" class="item">${head} ${el.conflict.renderConflict(item, s, id, conflictActions(el))}</li>`;
  const confirming = el.confirming === keyOf(item);
  return html`<li part="item" class="item">
    ${head}
    <span part="reason">${item.error?.detail ?? s.unknownReason}</span>
    <span part="actions" class="actions">
      <button part="button retry" type="button" aria-describedby=${id} @click=${() => void act(el, () => el.source!.retry(item.id, item.kind))}>
        ${s.retry}
      </button>
      <button part="button fix" type="button" aria-describedby=${id} @click=${() => el.dispatchEvent(new TaiwaFixEvent(item))}>${s.fix}</button>
      <button part="button export" type="button" aria-describedby=${id} @click=${() => download(el, item)}>${s.export}</button>
      <button part="button discard" type="button" aria-describedby=${id} @click=${() => discard(el, item)}>
        ${confirming ? s.discardConfirm : s.discard}
      </button>
      ${confirming ? html`<button part="button keep" type="button" @click=${() => (el.confirming = '')}>${s.keep}</button>` : nothing}
    </span>
  </li>`;
}

/** The element's content: the status line, and the writes that need attention. */
export function renderStatus(el: TaiwaSyncStatus) {
  const s = el.base.strings!;
  const one = el.kind && el.recordId;
  const items = one ? el.items.filter((i) => i.kind === el.kind && i.id === el.recordId) : el.items;
  const state = one ? el.recordState : null;
  const said = summary(s, el.status, state);
  return html`<div part="base">
    ${el.base.renderErrors()}
    ${
      urgent(el.status, state)
        ? html`<p part="summary alert" role="alert">${said}</p>`
        : html`<p part="summary" role="status" aria-live="polite">${said}</p>`
    }
    ${
      items.length > 0
        ? html`<ul part="list" class="list" aria-label=${s.heading}>
            ${items.map((item, i) => renderItem(el, item, s, i))}
          </ul>`
        : nothing
    }
  </div>`;
}
