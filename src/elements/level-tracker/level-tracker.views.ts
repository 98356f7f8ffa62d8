/**
 * The tracker's templates, as functions of precomputed data: the ladder, the history chart and its
 * table (the team's summary is level-tracker.team.ts, loaded only where the team view shows). No
 * state here; the element decides what to show.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { format, type Strings } from '../../core/locale.js';
import type { CommunicationLevel } from '../../model/schemas.js';
import type { HistoryPoint, PairLevel, Trend } from '../../insights/levels.js';
import type en from '../../i18n/level-tracker/en.js';

export { pairLevel, teamLevels } from '../../insights/levels.js';
export { trackerStyles as styles } from './level-tracker.styles.js';

export type S = Strings & typeof en;

export interface ViewContext {
  s: S;
  levels: readonly CommunicationLevel[];
  date: (ms: number) => string;
  name: (memberId: string) => string;
}

const ARROW: Record<Trend, string> = { up: '↑', flat: '→', down: '↓' };
/** The chart shows the most recent readings; the table lists all of them. */
const CHART_POINTS = 24;
const W = 320;
const H = 132;
const PAD = { l: 24, r: 10, t: 10, b: 12 };

const labelOf = (c: ViewContext, level: number) => c.levels.find((l) => l.level === level)?.label ?? '';
/** @internal */
export const levelText = (c: ViewContext, level: number) => `${format(c.s.levelN, { level })} · ${labelOf(c, level)}`;

/** @internal */
export function trend(c: ViewContext, t: Trend) {
  return html`<span part="trend" class=${t}><span aria-hidden="true">${ARROW[t]}</span> ${c.s[t]}</span>`;
}

/**
 * @internal The six levels, the current one marked. Highest first, in the DOM as on screen (a
 * reversed `<ol>`), so screen readers read the ladder in the order it is seen.
 */
export function renderLadder(c: ViewContext, current: number | undefined): TemplateResult {
  const levels = [...c.levels].sort((a, b) => b.level - a.level);
  // The top of the ladder has no "next step": nothing lies above it.
  const top = levels[0]?.level;
  const nextOn = (current ?? 1) < (top ?? 0) ? (current ?? 1) : undefined;
  return html`<section class="ladder-section">
    <h3 part="heading">${c.s.ladder}</h3>
    <ol part="ladder" class="ladder" reversed>
      ${levels.map(
        (l) =>
          html`<li
            part="step"
            value=${l.level}
            class=${l.level === current ? 'step current' : 'step'}
            aria-current=${l.level === current ? 'step' : nothing}
          >
            <span part="step-number" class="number">${l.level}</span>
            <span class="texts">
              <span part="step-label"
                >${l.label}${l.level === current ? html` <span part="now" class="now">${c.s.now}</span>` : nothing}</span
              >
              <span part="step-description" class="muted">${l.description}</span>
              ${l.level === nextOn && l.next ? html`<span part="next" class="next"><strong>${c.s.next}</strong> ${l.next}</span>` : nothing}
            </span>
          </li>`,
      )}
    </ol>
  </section>`;
}

function renderChart(c: ViewContext, history: readonly HistoryPoint[], level: number): TemplateResult {
  const points = history.slice(-CHART_POINTS);
  const last = points[points.length - 1]!;
  const plotW = W - PAD.l - PAD.r;
  const x = (i: number) => PAD.l + (points.length === 1 ? plotW / 2 : (i * plotW) / (points.length - 1));
  const y = (l: number) => PAD.t + ((6 - l) * (H - PAD.t - PAD.b)) / 5;
  const label = format(c.s.chartLabel, { count: history.length, from: c.date(history[0]!.reading.at), to: c.date(last.reading.at), level });
  return html`<svg part="chart" class="chart" role="img" aria-label=${label} viewBox="0 0 ${W} ${H}" preserveAspectRatio="xMidYMid meet">
      ${[1, 2, 3, 4, 5, 6].map(
        (l) =>
          svg`<line class="grid" x1=${PAD.l} x2=${W - PAD.r} y1=${y(l)} y2=${y(l)}></line><text class="axis" x=${PAD.l - 8} y=${y(l) + 4}>${l}</text>`,
      )}
      <polyline class="pair" points=${points.map((p, i) => `${x(i)},${y(p.level)}`).join(' ')}></polyline>
      ${points.map((p, i) =>
        p.reading.by === 'member'
          ? svg`<circle class="member" cx=${x(i)} cy=${y(p.reading.level)} r="3.5"></circle>`
          : svg`<rect class="manager" x=${x(i) - 3.5} y=${y(p.reading.level) - 3.5} width="7" height="7"></rect>`,
      )}
    </svg>
    <p class="legend muted" aria-hidden="true">
      <span class="key pair"></span>${c.s.legendPair} <span class="key member"></span>${c.s.legendMember}
      <span class="key manager"></span>${c.s.legendManager}
    </p>`;
}

function renderHistoryTable(c: ViewContext, history: readonly HistoryPoint[]): TemplateResult {
  const s = c.s;
  return html`<table part="history-table" class="table">
    <caption>
      ${s.historyTable}
    </caption>
    <thead>
      <tr>
        <th scope="col">${s.date}</th>
        <th scope="col">${s.by}</th>
        <th scope="col">${s.method}</th>
        <th scope="col">${s.reading}</th>
        <th scope="col">${s.after}</th>
      </tr>
    </thead>
    <tbody>
      ${[...history].reverse().map(
        (p) =>
          html`<tr>
            <td>${c.date(p.reading.at)}</td>
            <td>${p.reading.by === 'member' ? s.member : s.manager}</td>
            <td>${p.reading.method === 'direct' ? s.direct : s.checkIn}</td>
            <td>${p.reading.level}</td>
            <td>${p.level}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/** @internal One member's standing: level, both views, the ladder and the history. */
export function renderMember(
  c: ViewContext,
  pair: PairLevel | undefined,
  title: string,
  back: TemplateResult | typeof nothing,
): TemplateResult {
  const s = c.s;
  return html`<div part="base" class="member-view">
    <div class="head">
      <h2 part="title">${title}</h2>
      ${back}
    </div>
    ${
      pair
        ? html`<div part="summary" class="summary">
            <p part="current" class="headline">
              <span class="big" aria-hidden="true">${pair.level}</span>
              <span>${format(s.levelOf6, { level: pair.level })} · ${labelOf(c, pair.level)}</span> ${trend(c, pair.trend)}
            </p>
            <dl part="views" class="views">
              <div>
                <dt>${s.memberView}</dt>
                <dd>${pair.member ?? s.notYet}</dd>
              </div>
              <div>
                <dt>${s.managerView}</dt>
                <dd>${pair.manager ?? s.notYet}</dd>
              </div>
            </dl>
          </div>`
        : html`<p part="empty">${s.noReadings}</p>`
    }
    ${renderLadder(c, pair?.level)}
    ${
      pair
        ? html`<section class="history">
            <h3 part="heading">${s.history}</h3>
            ${renderChart(c, pair.history, pair.level)} ${renderHistoryTable(c, pair.history)}
          </section>`
        : nothing
    }
  </div>`;
}
