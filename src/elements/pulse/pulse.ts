import type { PropertyDeclarations } from 'lit';
import { TaiwaPartElement } from '../../core/part-element.js';
import { SaveController } from '../../core/save-controller.js';
import { TaiwaSaveEvent } from '../../events/save.js';
import { TaiwaSubmitEvent } from '../../events/submit.js';
import type { Pulse } from '../../model/schemas.js';
import type en from '../../i18n/pulse/en.js';

/** An engagement item a host asks: its id, and its text per locale (or one text). */
export interface PulseItem {
  id: string;
  label: string | { ja?: string; en?: string };
}

/**
 * 月次アンケート: the member's monthly check-in: a short engagement index (3–5 items; `items`, or
 * the defaults), 先月を振り返っての成長実感, and the seed's four statements, each on a 5-point agree
 * scale, saved as the month's `pulse` record (one per member and month: answering again replaces
 * it). Before sending it says who will see the answers. Below the form the member sees their own
 * trend, as a small chart with the same figures in a table. A host with its own survey imports
 * `pulse` records with `engagement` (0–100) instead (see the README).
 *
 * @summary The member's monthly pulse, and their own trend.
 * @tag taiwa-pulse
 *
 * @event {TaiwaSaveEvent} taiwa-save - The pulse was saved through the adapter; `detail: { kind, record }`.
 * @event {TaiwaSubmitEvent} taiwa-submit - The member sent it (also outside a provider); `detail: { kind, record }`.
 * @event {TaiwaErrorEvent} taiwa-error - A failed read or save; `detail: { error }`.
 *
 * @csspart form - The `<form>`.
 * @csspart who - The "who will see this" sentence.
 * @csspart submit - The send button.
 * @csspart status - What happened to the last send.
 * @csspart trend - The trend chart `<svg>`.
 * @csspart table - The trend's `<table>`.
 * @csspart empty - Shown when there is nothing to show.
 * @csspart error - The error message.
 *
 * @cssproperty [--taiwa-pulse-line-color=#2f6fde] - The trend line (the accent colour).
 */
export class TaiwaPulse extends TaiwaPartElement<typeof en> {
  static override strings = {
    ja: () => import('../../i18n/pulse/ja.js'),
    en: () => import('../../i18n/pulse/en.js'),
  };
  /** Its styles, read, form and trend (pulse.views.ts) load with its strings, at its first connect. */
  static override views = () => import('./pulse.views.js');
  declare protected views?: typeof import('./pulse.views.js');

  static override properties: PropertyDeclarations = {
    month: {},
    memberId: { attribute: 'member-id' },
    managerId: { attribute: 'manager-id' },
    items: { attribute: false },
    k: { type: Number },
    pulses: { attribute: false },
  };
  // Accessors at once, not at define (see TaiwaElement's). The internal states are made before
  // the part's setup (its `states`), not here: only the part sets them.
  static {
    this.finalize();
  }

  /** The month answered (`YYYY-MM`); empty: the current month. */
  month = '';
  /** Outside a provider: whose pulse. */
  memberId = '';
  /** The member's manager, stored with the pulse. */
  managerId = '';
  /** The engagement items (3–5); empty: the defaults. */
  items?: PulseItem[];
  /** The minimum group the sentence names (the backend's k). */
  k = 5;
  /** Pure UI mode: the member's earlier pulses, for the trend. */
  pulses?: Pulse[];

  /** @internal */
  declare answers: Map<string, number>;
  /** @internal */
  declare notice: string;
  /** @internal The member's pulses, once read (until then the trend shows loading). */
  declare history?: Pulse[];
  /** @internal */
  readonly saver = new SaveController(this, (error) => this.setErrors('save', error ? [error] : []));
  /** @internal */
  declare revision: number;

  /** Sends the answers; resolves to the record, or undefined when something is unanswered or the save failed. */
  async submit(): Promise<Pulse | undefined> {
    // Before the part's setup (its answers, its read), after it: updateComplete waits for both.
    if (!this.partReady) await this.updateComplete;
    return this.views?.submit(this);
  }

  /**
   * @internal Fires `taiwa-save` or `taiwa-submit` for `record` (here, not in the views: the event
   * classes come with the page's other widgets, and sharing them with a lazy module is a file more).
   */
  fire(kind: 'save' | 'submit', record: Pulse): void {
    this.dispatchEvent(kind === 'save' ? new TaiwaSaveEvent('pulse', record) : new TaiwaSubmitEvent('pulse', record));
  }
}
