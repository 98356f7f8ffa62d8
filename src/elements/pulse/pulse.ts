import { html, nothing, svg } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TaiwaHrView } from '../../core/hr-view.js';
import { format } from '../../core/locale.js';
import { SaveController } from '../../core/save-controller.js';
import { hostStyles } from '../../core/styles.js';
import { TaiwaSaveEvent } from '../../events/save.js';
import { TaiwaSubmitEvent } from '../../events/submit.js';
import type { Pulse } from '../../model/schemas.js';
import en from '../../i18n/pulse/en.js';
import { styles } from './pulse.styles.js';

/** An engagement item a host asks: its id, and its text per locale (or one text). */
export interface PulseItem {
  id: string;
  label: string | { ja?: string; en?: string };
}

const STATEMENT_IDS = ['insight', 'trust', 'growth', 'productivity'];
const DEFAULT_ITEMS = ['proud', 'recommend', 'motivated'];

/** The engagement index of answers on the 1–5 scale: their mean, rescaled to 0–100. */
export function engagementIndex(values: readonly number[]): number {
  return Math.round(((values.reduce((a, b) => a + b, 0) / values.length - 1) / 4) * 1000) / 10;
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
export class TaiwaPulse extends TaiwaHrView<typeof en> {
  protected override readonly audience = 'members';
  static override styles = [hostStyles, styles];
  static override strings = {
    ja: () => import('../../i18n/pulse/ja.js'),
    en,
  };

  /** The month answered (`YYYY-MM`); empty: the current month. */
  @property() month = '';
  /** Outside a provider: whose pulse. */
  @property({ attribute: 'member-id' }) memberId = '';
  /** The member's manager, stored with the pulse. */
  @property({ attribute: 'manager-id' }) managerId = '';
  /** The engagement items (3–5); empty: the defaults. */
  @property({ attribute: false }) items?: PulseItem[];
  /** The minimum group the sentence names (the backend's k). */
  @property({ type: Number }) k = 5;
  /** Pure UI mode: the member's earlier pulses, for the trend. */
  @property({ attribute: false }) pulses?: Pulse[];

  @state() private answers = new Map<string, number>();
  @state() private notice = '';
  @state() private history: Pulse[] = [];
  readonly #saver = new SaveController(this, (error) => this.setErrors('save', error ? [error] : []));
  private revision = 0;

  protected readonly historyTask = this.task({
    args: () => [this.adapter, this.viewer?.id, this.viewer?.role, this.pulses, this.revision] as const,
    run: async ([adapter, viewerId, role, given]) => {
      if (!adapter) return { records: given ?? [], errors: [] };
      if (!viewerId || role !== 'member') return { records: [], errors: [] };
      return (await this.guarded())!.query('pulse', { personId: viewerId });
    },
    apply: ({ records, errors }) => {
      this.history = records.filter((p) => !this.viewer || p.memberId === this.viewer.id).sort((a, b) => (a.month < b.month ? -1 : 1));
      return errors;
    },
  });

  private get currentMonth(): string {
    return this.month || new Date().toISOString().slice(0, 7);
  }

  private get itemList(): Array<{ id: string; text: string }> {
    const s = this.strings!;
    const given = this.items?.length ? this.items.slice(0, 5) : DEFAULT_ITEMS.map((id) => ({ id, label: s.items[id] ?? id }));
    return given.map((i) => ({
      id: i.id,
      text: typeof i.label === 'string' ? i.label : (i.label[this.locale] ?? i.label.en ?? i.label.ja ?? i.id),
    }));
  }

  /** Sends the answers; resolves to the record, or undefined when something is unanswered or the save failed. */
  async submit(): Promise<Pulse | undefined> {
    const s = this.strings;
    if (!s || this.#saver.state === 'saving') return undefined;
    const items = this.itemList;
    const keys = [...items.map((i) => `item:${i.id}`), 'growth', ...STATEMENT_IDS.map((id) => `statement:${id}`)];
    if (keys.some((k) => !this.answers.has(k))) {
      this.notice = s.answerAll;
      return undefined;
    }
    const memberId = this.viewer?.role === 'member' ? this.viewer.id : this.memberId;
    if (!memberId) {
      this.notice = s.membersOnly;
      return undefined;
    }
    const month = this.currentMonth;
    const now = new Date().toISOString();
    const known = this.history.find((p) => p.month === month);
    const engagementItems = items.map((i) => ({ id: i.id, value: this.answers.get(`item:${i.id}`)! }));
    const record: Pulse = {
      id: `pulse-${memberId}-${month}`,
      createdAt: known?.createdAt ?? now,
      updatedAt: now,
      memberId,
      ...(this.managerId ? { managerId: this.managerId } : {}),
      month,
      growth: this.answers.get('growth')!,
      engagement: engagementIndex(engagementItems.map((a) => a.value)),
      engagementItems,
      statements: STATEMENT_IDS.map((id) => ({ id, value: this.answers.get(`statement:${id}`)! })),
    };
    const adapter = this.adapter;
    this.notice = s.sending;
    const saved = await this.waitFor(
      this.#saver.save(
        async () => (adapter ? (await this.guarded())!.put('pulse', record) : record),
        (r) => ({ adapter, kind: 'pulse', id: r.id }),
      ),
    );
    if (!saved) {
      this.notice = '';
      return undefined;
    }
    this.notice = format(s.sent, { month });
    if (adapter) {
      this.dispatchEvent(new TaiwaSaveEvent('pulse', saved));
      this.revision++;
      this.requestUpdate();
    } else this.history = [...this.history.filter((p) => p.month !== month), saved].sort((a, b) => (a.month < b.month ? -1 : 1));
    this.dispatchEvent(new TaiwaSubmitEvent('pulse', record));
    return record;
  }

  private choose(key: string, value: number) {
    this.answers = new Map(this.answers).set(key, value);
  }

  private renderScale(key: string, text: string) {
    const s = this.strings!;
    const id = key.replace(/[^a-z0-9-]/gi, '-');
    return html`<div class="question" role="radiogroup" aria-labelledby="q-${id}">
      <span id="q-${id}">${text}</span>
      <div class="scale">
        ${s.scale.map(
          (label, i) =>
            html`<label
              ><input
                type="radio"
                name=${key}
                value=${i + 1}
                .checked=${this.answers.get(key) === i + 1}
                @change=${() => this.choose(key, i + 1)}
              />${label}</label
            >`,
        )}
      </div>
    </div>`;
  }

  private renderTrend() {
    const s = this.strings!;
    const points = this.history.filter((p) => typeof p.engagement === 'number');
    if (this.history.length === 0) return this.renderEmpty(s.noTrend);
    const W = 300;
    const H = 120;
    const x = (i: number) => 24 + (points.length < 2 ? (W - 40) / 2 : (i * (W - 40)) / (points.length - 1));
    const y = (v: number) => 10 + ((100 - v) / 100) * (H - 30);
    return html`<h3>${s.trend}</h3>
      ${
        points.length
          ? html`<svg part="trend" viewBox="0 0 ${W} ${H}" role="img" aria-label=${s.trendLabel}>
              ${[0, 50, 100].map((v) => svg`<line class="grid" x1="24" x2=${W - 8} y1=${y(v)} y2=${y(v)}></line><text x="0" y=${y(v) + 3}>${v}</text>`)}
              <polyline class="line" points=${points.map((p, i) => `${x(i)},${y(p.engagement!)}`).join(' ')}></polyline>
              ${points.map((p, i) => svg`<circle class="dot" cx=${x(i)} cy=${y(p.engagement!)} r="3"></circle><text x=${x(i) - 14} y=${H - 4}>${p.month}</text>`)}
            </svg>`
          : nothing
      }
      <table part="table">
        <thead>
          <tr>
            <th scope="col">${s.month}</th>
            <th scope="col">${s.engagement}</th>
            <th scope="col">${s.growthShort}</th>
          </tr>
        </thead>
        <tbody>
          ${this.history.map(
            (p) =>
              html`<tr data-month=${p.month}>
                <th scope="row">${p.month}</th>
                <td>${p.engagement ?? '–'}</td>
                <td>${p.growth}</td>
              </tr>`,
          )}
        </tbody>
      </table>`;
  }

  protected override render() {
    const denied = this.renderAccess();
    if (denied) return denied;
    const s = this.strings!;
    return html`${this.renderErrors()}
      <form part="form" @submit=${(e: Event) => (e.preventDefault(), void this.submit())}>
        <h2>${format(s.title, { month: this.currentMonth })}</h2>
        <fieldset>
          <legend>${s.engagementLegend}</legend>
          ${this.itemList.map((i) => this.renderScale(`item:${i.id}`, i.text))} ${this.renderScale('growth', s.growth)}
        </fieldset>
        <fieldset>
          <legend>${s.statementsLegend}</legend>
          ${STATEMENT_IDS.map((id) => this.renderScale(`statement:${id}`, s.statements[id] ?? id))}
        </fieldset>
        <p part="who">${format(s.who, { k: this.k })}</p>
        <button part="submit" type="submit" ?disabled=${this.#saver.state === 'saving'}>${s.send}</button>
        <p part="status" role="status">${this.notice}</p>
      </form>
      ${this.renderTrend()}`;
  }
}
