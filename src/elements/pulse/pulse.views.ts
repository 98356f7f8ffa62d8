/**
 * The pulse's instance code, loaded with its strings at its first connect (not with its class):
 * its styles, the form with its scales, the send, and the member's trend.
 */
import { html, nothing, svg } from 'lit';
import { renderAccess } from '../../core/hr-view.js';
import { format } from '../../core/format.js';
import type { Pulse } from '../../model/schemas.js';
import { engagementIndex } from '../../insights/engagement.js';
import type { TaiwaPulse } from './pulse.js';

export { styles } from './pulse.styles.js';

/** The element's internal states that only this part sets (made before `setup`). */
export const states = ['answers', 'notice', 'history'];

const STATEMENT_IDS = ['insight', 'trust', 'growth', 'productivity'];
const DEFAULT_ITEMS = ['proud', 'recommend', 'motivated'];

const currentMonth = (el: TaiwaPulse) => el.month || new Date().toISOString().slice(0, 7);
const byMonth = (a: Pulse, b: Pulse) => (a.month < b.month ? -1 : 1);

function itemList(el: TaiwaPulse): Array<{ id: string; text: string }> {
  const s = el.base.strings!;
  const given = el.items?.length ? el.items.slice(0, 5) : DEFAULT_ITEMS.map((id) => ({ id, label: s.items[id] ?? id }));
  const locale = el.base.locale;
  return given.map((i) => ({
    id: i.id,
    text: typeof i.label === 'string' ? i.label : (i.label[locale] ?? i.label.en ?? i.label.ja ?? i.id),
  }));
}

/** `TaiwaPulse.submit()`. */
export async function submit(el: TaiwaPulse): Promise<Pulse | undefined> {
  const base = el.base;
  // The month's pulse already sent keeps its createdAt: a submit while the history is read waits for it.
  if (!el.history) await el.updateComplete;
  const s = base.strings;
  if (!s || el.saver.state === 'saving') return undefined;
  const items = itemList(el);
  const keys = [...items.map((i) => `item:${i.id}`), 'growth', ...STATEMENT_IDS.map((id) => `statement:${id}`)];
  if (keys.some((k) => !el.answers.has(k))) {
    el.notice = s.answerAll;
    return undefined;
  }
  const viewer = base.viewer;
  const memberId = viewer?.role === 'member' ? viewer.id : el.memberId;
  if (!memberId) {
    el.notice = s.membersOnly;
    return undefined;
  }
  const month = currentMonth(el);
  const now = new Date().toISOString();
  const known = el.history?.find((p) => p.month === month);
  const engagementItems = items.map((i) => ({ id: i.id, value: el.answers.get(`item:${i.id}`)! }));
  const record: Pulse = {
    id: `pulse-${memberId}-${month}`,
    createdAt: known?.createdAt ?? now,
    updatedAt: now,
    memberId,
    ...(el.managerId ? { managerId: el.managerId } : {}),
    month,
    growth: el.answers.get('growth')!,
    engagement: engagementIndex(engagementItems.map((a) => a.value)),
    engagementItems,
    statements: STATEMENT_IDS.map((id) => ({ id, value: el.answers.get(`statement:${id}`)! })),
  };
  const adapter = base.adapter;
  el.notice = s.sending;
  const saved = await el.waitFor(
    el.saver.save(
      async () => (adapter ? (await base.guarded())!.put('pulse', record) : record),
      (r) => ({ adapter, kind: 'pulse', id: r.id }),
    ),
  );
  if (!saved) {
    el.notice = '';
    return undefined;
  }
  el.notice = format(s.sent, { month });
  if (adapter) {
    el.fire('save', saved);
    el.revision++;
    el.requestUpdate();
  } else el.history = [...(el.history ?? []).filter((p) => p.month !== month), saved].sort(byMonth);
  el.fire('submit', record);
  return record;
}

function renderScale(el: TaiwaPulse, key: string, text: string) {
  const s = el.base.strings!;
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
              .checked=${el.answers.get(key) === i + 1}
              @change=${() => (el.answers = new Map(el.answers).set(key, i + 1))}
            />${label}</label
          >`,
      )}
    </div>
  </div>`;
}

function renderTrend(el: TaiwaPulse) {
  const s = el.base.strings!;
  const history = el.history;
  // Not read yet: loading in its place (a failed read shows its error above the form).
  if (!history) return el.base.isLoading ? el.base.renderLoading() : nothing;
  if (history.length === 0) return el.base.renderEmpty(s.noTrend);
  const points = history.filter((p) => typeof p.engagement === 'number');
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
        ${history.map(
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

/** The member's earlier pulses (the trend; `history` stays unset until they are read) and the first state. */
export function setup(el: TaiwaPulse): void {
  const base = el.base;
  el.answers = new Map();
  el.notice = '';
  el.revision = 0;
  base.task({
    args: () => [base.adapter, base.viewer?.id, base.viewer?.role, el.pulses, el.revision] as const,
    run: async ([adapter, viewerId, role, given]) => {
      if (!adapter) return { records: given ?? [], errors: [] };
      if (!viewerId || role !== 'member') return { records: [], errors: [] };
      return (await base.guarded())!.query('pulse', { personId: viewerId });
    },
    apply: ({ records, errors }) => {
      const viewer = base.viewer;
      el.history = records.filter((p) => !viewer || p.memberId === viewer.id).sort(byMonth);
      return errors;
    },
  });
}

export const render = (el: TaiwaPulse) => renderAccess(el, true, 'members') ?? renderPulse(el);

/** The element's content once the viewer may see it: the form, then the trend. */
function renderPulse(el: TaiwaPulse) {
  const s = el.base.strings!;
  return html`${el.base.renderErrors()}
    <form part="form" @submit=${(e: Event) => (e.preventDefault(), void el.submit())}>
      <h2>${format(s.title, { month: currentMonth(el) })}</h2>
      <fieldset>
        <legend>${s.engagementLegend}</legend>
        ${itemList(el).map((i) => renderScale(el, `item:${i.id}`, i.text))} ${renderScale(el, 'growth', s.growth)}
      </fieldset>
      <fieldset>
        <legend>${s.statementsLegend}</legend>
        ${STATEMENT_IDS.map((id) => renderScale(el, `statement:${id}`, s.statements[id] ?? id))}
      </fieldset>
      <p part="who">${format(s.who, { k: el.k })}</p>
      <button part="submit" type="submit" ?disabled=${el.saver.state === 'saving'}>${s.send}</button>
      <p part="status" role="status">${el.notice}</p>
    </form>
    ${renderTrend(el)}`;
}
