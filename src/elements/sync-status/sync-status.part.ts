/**
 * The sync status's instance code, loaded with its strings at its first connect (not with its
 * class): the list of writes that need attention, with the member's choices on each.
 */
import { html, nothing } from 'lit';
import { format } from '../../core/format.js';
import type { OutboxItem, OutboxState, OutboxStatus } from '../../adapters/outbox.js';
import type en from '../../i18n/sync-status/en.js';
import { TaiwaExportEvent } from '../../events/export.js';
import { TaiwaFixEvent } from '../../events/fix.js';
import { toError } from '../../model/data-error.js';
import type { OutboxLike, TaiwaSyncStatus } from './sync-status.js';
import { isOffline, summary, urgent } from './sync-status.views.js';

export * from './sync-status.views.js';

const keyOf = (i: { kind: string; id: string }) => `${i.kind}|${i.id}`;

function isOutbox(value: unknown): value is OutboxLike {
  const o = value as Partial<OutboxLike> | undefined;
  return (
    !!o &&
    ['status', 'needsAttention', 'retry', 'discard', 'export', 'addEventListener'].every(
      (m) => typeof (o as Record<string, unknown>)[m] === 'function',
    )
  );
}

/** The outbox shown: `outbox`, else the provider's adapter when it is one. */
const sourceOf = (el: TaiwaSyncStatus): OutboxLike | undefined => el.outbox ?? (isOutbox(el.base.adapter) ? el.base.adapter : undefined);

/** The state of the one record shown, with `kind` and `record-id`. */
function recordState(el: TaiwaSyncStatus): OutboxState | undefined {
  if (!el.kind || !el.recordId) return undefined;
  return el.status?.records.find((r) => r.kind === el.kind && r.id === el.recordId)?.state;
}

/** The outbox each element listens to, with its listener. */
const listening = new WeakMap<TaiwaSyncStatus, { source?: OutboxLike; onStatus: (e: Event) => void }>();

/** The element's internal states that only this part sets (made before `setup`). */
export const states = ['status', 'items', 'confirming'];

/** The element's reads: the outbox's status, and the writes that need attention. */
export function setup(el: TaiwaSyncStatus): void {
  const base = el.base;
  el.items = [];
  el.confirming = '';
  listening.set(el, { onStatus: (e) => void (el.status = (e as CustomEvent<OutboxStatus>).detail) });
  // A status event that arrived while the first read was under way is newer than that read.
  base.task({
    args: () => [sourceOf(el)] as const,
    run: async ([source]) => source?.status(),
    apply: (status) => void (el.status ??= status),
  });
  base.task({
    args: () => {
      const refused = (el.status?.records ?? [])
        .filter((r) => r.state === 'needs-attention')
        .map(keyOf)
        .join(' ');
      return [sourceOf(el), refused] as const;
    },
    run: async ([source, refused]) => {
      const items = source && refused ? await source.needsAttention() : [];
      // The two-version view loads only when a write was refused for a change elsewhere.
      if (items.some((i) => i.theirs)) el.conflict ??= await import('./sync-status.conflict.js');
      return items;
    },
    apply: (items) => void (el.items = items),
  });
}

export function willUpdate(el: TaiwaSyncStatus): void {
  const on = listening.get(el)!;
  const source = sourceOf(el);
  if (source !== on.source) {
    on.source?.removeEventListener('status', on.onStatus);
    on.source = source;
    el.status = undefined;
    source?.addEventListener('status', on.onStatus);
  }
}

export function updated(el: TaiwaSyncStatus): void {
  const set = el.base.setState;
  const c = el.status?.counts;
  const one = recordState(el);
  set('attention', one ? one === 'needs-attention' : (c?.needsAttention ?? 0) > 0);
  set('sending', one ? one === 'sending' : (c?.sending ?? 0) > 0);
  set('pending', one ? one === 'pending' : (c?.pending ?? 0) > 0);
  set('sent', one ? one === 'sent' : !!c && c.sent > 0 && c.pending + c.sending + c.needsAttention === 0);
  set('offline', isOffline(el.status));
  set('auth', el.status?.paused === 'auth');
}

export function disconnected(el: TaiwaSyncStatus): void {
  const on = listening.get(el);
  on?.source?.removeEventListener('status', on.onStatus);
  if (on) on.source = undefined;
}

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
  void act(el, () => sourceOf(el)!.discard(item.id, item.kind));
}

function download(el: TaiwaSyncStatus, item: OutboxItem) {
  void act(el, async () => {
    const all = await sourceOf(el)!.export();
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
  keepMine: (item: OutboxItem) => void act(el, () => sourceOf(el)!.keepMine!(item.id, item.kind)),
  takeTheirs: (item: OutboxItem) => void act(el, () => sourceOf(el)!.takeTheirs!(item.id, item.kind)),
});

function renderItem(el: TaiwaSyncStatus, item: OutboxItem, s: typeof en, index: number) {
  const id = `item-${index}`;
  const at = new Intl.DateTimeFormat(el.base.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(item.savedAt);
  const head = html`<span part="label" id=${id}>${s.kinds[item.kind] ?? item.kind}</span>
    <span part="time">${format(s.savedAt, { at })}</span>`;
  if (item.theirs && sourceOf(el)?.keepMine && sourceOf(el)!.takeTheirs && el.conflict)
    return html`<li part="item" class="item">${head} ${el.conflict.renderConflict(item, s, id, conflictActions(el))}</li>`;
  const confirming = el.confirming === keyOf(item);
  return html`<li part="item" class="item">
    ${head}
    <span part="reason">${item.error?.detail ?? s.unknownReason}</span>
    <span part="actions" class="actions">
      <button
        part="button retry"
        type="button"
        aria-describedby=${id}
        @click=${() => void act(el, () => sourceOf(el)!.retry(item.id, item.kind))}
      >
        ${s.retry}
      </button>
      <button part="button fix" type="button" aria-describedby=${id} @click=${() => el.dispatchEvent(new TaiwaFixEvent(item))}>
        ${s.fix}
      </button>
      <button part="button export" type="button" aria-describedby=${id} @click=${() => download(el, item)}>${s.export}</button>
      <button part="button discard" type="button" aria-describedby=${id} @click=${() => discard(el, item)}>
        ${confirming ? s.discardConfirm : s.discard}
      </button>
      ${confirming ? html`<button part="button keep" type="button" @click=${() => (el.confirming = '')}>${s.keep}</button>` : nothing}
    </span>
  </li>`;
}

/** The element's content: the status line, and the writes that need attention. */
export function render(el: TaiwaSyncStatus) {
  const s = el.base.strings!;
  const one = el.kind && el.recordId;
  const items = one ? el.items.filter((i) => i.kind === el.kind && i.id === el.recordId) : el.items;
  const state = one ? recordState(el) : null;
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
