import { html, type PropertyDeclarations } from 'lit';
import { TaiwaPartElement } from '../../core/part-element.js';
import type { OutboxExport, OutboxItem, OutboxStatus } from '../../adapters/outbox.js';
import type { RecordKind } from '../../model/records.js';
import type en from '../../i18n/sync-status/en.js';

/** What the element needs of an outbox (`withOutbox(...)`), so it never loads the outbox itself. */
export interface OutboxLike extends EventTarget {
  status(): Promise<OutboxStatus>;
  needsAttention(): Promise<OutboxItem[]>;
  retry(id: string, kind?: RecordKind): Promise<void>;
  discard(id: string, kind?: RecordKind): Promise<void>;
  export(): Promise<OutboxExport>;
  /** After a 412: send the member's version again on top of the stored one. */
  keepMine?(id: string, kind?: RecordKind): Promise<void>;
  /** After a 412: keep the stored version, remove the member's refused write. */
  takeTheirs?(id: string, kind?: RecordKind): Promise<void>;
}

/**
 * Says where the member's writes are, in words: saved on this device, sending, sent, or needs
 * attention, and whether the backend is out of reach (offline); it announces each change to screen
 * readers. It reads the outbox of the provider's adapter (`withOutbox(createRestAdapter(...))`); with
 * any other adapter it stays empty. Writes the server refused are listed with what the server said
 * and the member's choices: try again, fix (the host opens the widget that made it), download a
 * copy, or remove (asked twice). A write refused because the record changed elsewhere (412) shows
 * both versions, field by field, and asks: keep mine (sent again on top of the other) or take
 * theirs; nothing is dropped without that choice. With `kind` and
 * `record-id` it shows the state of that one record, for a widget to place next to its save button.
 *
 * @summary Where the member's writes are: saved on this device, sending, sent, needs attention.
 * @tag taiwa-sync-status
 *
 * @event {TaiwaFixEvent} taiwa-fix - The member wants to fix a refused write; `detail: { item }` (kind, id, record, error).
 * @event {TaiwaExportEvent} taiwa-export - A copy is about to download; `detail: { data }`. Cancel it to handle the data yourself.
 * @event {TaiwaErrorEvent} taiwa-error - An action on the outbox failed; `detail: { error }`.
 *
 * @csspart base - The wrapper.
 * @csspart summary - The status line (a polite live region).
 * @csspart list - The list of writes that need attention.
 * @csspart item - One write that needs attention.
 * @csspart label - What the write is (agenda, feedback, ...).
 * @csspart time - When it was saved on this device.
 * @csspart reason - Why the server refused it, in the server's words.
 * @csspart actions - The item's buttons.
 * @csspart button - Every button; also `retry`, `fix`, `export`, `discard`, `keep`, `keep-mine`, `take-theirs`.
 * @csspart conflict - A write refused because the record changed elsewhere: both versions and the choice.
 * @csspart versions - The table of the fields where the two versions differ.
 * @csspart mine - The member's value of a field.
 * @csspart theirs - The value saved elsewhere.
 * @csspart error - The error message.
 *
 * @cssproperty [--taiwa-color-warning=#9a6700] - Edge of a write that needs attention.
 * @cssproperty [--taiwa-sync-status-gap=0.5rem] - Space between the items.
 *
 * @cssstate pending - Something is saved on this device, waiting to be sent.
 * @cssstate sending - Something is being sent.
 * @cssstate sent - Everything is sent.
 * @cssstate attention - Something needs the member's attention.
 * @cssstate offline - The backend is out of reach: the device is offline, or a read could not reach it
 *   (the outbox's `unreachable`); changes stay on this device until the connection is back.
 * @cssstate auth - Sending waits for the member to sign in again.
 */
export class TaiwaSyncStatus extends TaiwaPartElement<typeof en> {
  /** The sentences, the styles, the reads and the handlers (sync-status.part.ts) load with the strings, not up front. */
  static override views = () => import('./sync-status.part.js');
  static override strings = {
    ja: () => import('../../i18n/sync-status/ja.js'),
    en: () => import('../../i18n/sync-status/en.js'),
  };

  static override properties: PropertyDeclarations = {
    outbox: { attribute: false },
    kind: {},
    recordId: { attribute: 'record-id' },
  };
  // Accessors at once, not at define (see TaiwaElement's). The internal states are made before
  // the part's setup (its `states`), not here: only the part sets them.
  static {
    this.finalize();
  }

  /** The outbox to show; defaults to the provider's adapter when it is one. */
  outbox?: OutboxLike;
  /** With `record-id`: show the state of this one record (`agenda`, `feedback`, ...). */
  kind = '';
  /** With `kind`: the id of the record to show. */
  recordId = '';

  /** @internal */
  status?: OutboxStatus;
  /** @internal */
  declare items: OutboxItem[];
  /** @internal The item whose removal waits for the second click. */
  declare confirming: string;
  declare protected views?: typeof import('./sync-status.part.js');

  /** @internal The two-version view, loaded when a write was refused for a change elsewhere. */
  declare conflict?: typeof import('./sync-status.conflict.js');

  override connectedCallback(): void {
    super.connectedCallback();
    // The part subscribes to the outbox's status at each update: again after a move in the page.
    this.requestUpdate();
  }

  protected override render() {
    return this.views ? super.render() : html`<p part="summary" role="status" aria-live="polite"></p>`;
  }
}
