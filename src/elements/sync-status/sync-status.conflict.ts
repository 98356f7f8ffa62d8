/**
 * A write refused because the record changed elsewhere (412): both versions side by side, field by
 * field, and the member's two choices. Kept apart from the sync status's other views so the
 * offline and refused wording (sync-status.views.ts) evolves on its own.
 */
import { html, type TemplateResult } from 'lit';
import type { OutboxItem } from '../../adapters/outbox.js';
import type en from '../../i18n/sync-status/en.js';

/** Fields every version differs in without the member having changed them. */
const BOOKKEEPING = new Set(['id', 'createdAt', 'updatedAt']);
const MAX_SHOWN = 160;

/** One value as text (never markup): a string as it is, anything else as JSON, cut short. */
export function shown(value: unknown): string {
  const text = value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}

/** The top-level fields where the member's version and the stored one differ, in a stable order. */
export function differences(mine: unknown, theirs: unknown): { field: string; mine: unknown; theirs: unknown }[] {
  const a = (mine && typeof mine === 'object' ? mine : {}) as Record<string, unknown>;
  const b = (theirs && typeof theirs === 'object' ? theirs : {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((f) => !BOOKKEEPING.has(f)).sort();
  return fields.filter((f) => JSON.stringify(a[f]) !== JSON.stringify(b[f])).map((field) => ({ field, mine: a[field], theirs: b[field] }));
}

export interface ConflictActions {
  keepMine(item: OutboxItem): void;
  takeTheirs(item: OutboxItem): void;
}

/** The two versions and the choice, for an item with `theirs`. */
export function renderConflict(item: OutboxItem, s: typeof en, labelId: string, act: ConflictActions): TemplateResult {
  const rows = differences(item.record, item.theirs?.record);
  return html`<div part="conflict" class="conflict">
    <p part="reason">${item.theirs?.record === undefined ? s.conflictGone : s.conflict}</p>
    <table part="versions">
      <thead>
        <tr>
          <th scope="col">${s.field}</th>
          <th scope="col">${s.yours}</th>
          <th scope="col">${s.theirs}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (r) =>
            html`<tr>
              <th scope="row">${r.field}</th>
              <td part="mine">${shown(r.mine)}</td>
              <td part="theirs">${shown(r.theirs)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    <span part="actions" class="actions">
      <button part="button keep-mine" type="button" aria-describedby=${labelId} @click=${() => act.keepMine(item)}>${s.keepMine}</button>
      <button part="button take-theirs" type="button" aria-describedby=${labelId} @click=${() => act.takeTheirs(item)}>
        ${s.takeTheirs}
      </button>
    </span>
  </div>`;
}
