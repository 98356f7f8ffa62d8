/**
 * The member view's history: the chart of the level after each check-in and the table that reads the
 * same data (its text alternative). Loaded after the member's level and ladder are on screen, once
 * the page is quiet (see level-tracker.ts), never before them. It imports nothing of the tracker's
 * modules but types, not even Lit: `html`, `svg` and `format` come with the call (`Helpers`), since
 * a module shared with the tracker's would be a file of its own, one more request before content.
 */
import type { html as litHtml, svg as litSvg, TemplateResult } from 'lit';
import type { format as formatText } from '../../core/locale.js';
import type { HistoryPoint, PairLevel } from '../../insights/levels.js';
import type { ViewContext } from './level-tracker.views.js';
import en from '../../i18n/level-tracker/en.history.js';

/** Its English texts: the module's default export, so the tracker's loader of these texts is this module (another locale's are requested by the tracker beside it). */
export default en;

/** What the history reads: the tracker's texts with its own. */
export type HistoryView = Omit<ViewContext, 's'> & { s: ViewContext['s'] & typeof en };

/** Lit's `html` and `svg` and the formatter, given by the element. */
export interface Helpers {
  html: typeof litHtml;
  svg: typeof litSvg;
  format: typeof formatText;
}

interface HistoryContext extends HistoryView, Helpers {
  date: (ms: number) => string;
}

/** The chart shows the most recent readings; the table lists all of them. */
const CHART_POINTS = 24;
const W = 320;
const H = 132;
const PAD = { l: 24, r: 10, t: 10, b: 12 };
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function renderChart(c: HistoryContext, history: readonly HistoryPoint[], level: number): TemplateResult {
  const points = history.slice(-CHART_POINTS);
  const last = points[points.length - 1]!;
  const plotW = W - PAD.l - PAD.r;
  const x = (i: number) => PAD.l + (points.length === 1 ? plotW / 2 : (i * plotW) / (points.length - 1));
  const y = (l: number) => PAD.t + ((6 - l) * (H - PAD.t - PAD.b)) / 5;
  const { html, svg, format } = c;
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

function renderHistoryTable(c: HistoryContext, history: readonly HistoryPoint[]): TemplateResult {
  const { s, html } = c;
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

/** @internal The history section: its heading, the chart and the table. */
export function renderHistory(v: HistoryView, pair: PairLevel, locale: string, helpers: Helpers): TemplateResult {
  let dates = dateFormats.get(locale);
  if (!dates) dateFormats.set(locale, (dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' })));
  const fmt = dates;
  const c: HistoryContext = { ...v, ...helpers, date: (ms) => fmt.format(ms) };
  return c.html`<section class="history">
    <h3 part="heading">${c.s.history}</h3>
    ${renderChart(c, pair.history, pair.level)} ${renderHistoryTable(c, pair.history)}
  </section>`;
}

/**
 * A constructed sheet of the text alone (the tracker adopts its `styleSheet`), not Lit's `css`, for
 * the reason above (as level-tracker.team-styles.ts). The text is this module's own, with no interpolation.
 */
function css(text: TemplateStringsArray): { readonly styleSheet: CSSStyleSheet } {
  const styleSheet = new CSSStyleSheet();
  styleSheet.replaceSync(text.join(''));
  return { styleSheet };
}

/** The chart's and the table's styles: adopted with this template, after the tracker's own. */
export const styles = css`
  /* The cells of a data table, as core/table-cells.ts gives them (Lit's css there: not imported here). */
  caption {
    text-align: start;
    padding-block-end: var(--_space-xs);
    color: var(--_color-text-muted);
  }
  th,
  td {
    padding: var(--_space-xs) var(--_space-s);
    border-block-end: 1px solid var(--_color-border);
    text-align: start;
  }
  .table {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: 0.875em;
  }
  :host {
    --_member: var(--taiwa-level-tracker-member-color, var(--_color-accent));
    --_manager: var(--taiwa-level-tracker-manager-color, #b35900);
  }
  .chart {
    display: block;
    inline-size: 100%;
    max-inline-size: 32rem;
    block-size: var(--taiwa-level-tracker-chart-height, 9rem);
  }
  .chart .grid {
    stroke: var(--_color-border);
    stroke-width: 1;
  }
  .chart .axis {
    fill: var(--_color-text-muted);
    font-size: 10px;
    text-anchor: end;
  }
  .chart .pair {
    fill: none;
    stroke: var(--_color-accent);
    stroke-width: 2;
    stroke-linejoin: round;
  }
  .chart .member,
  .key.member {
    fill: var(--_member);
    background: var(--_member);
  }
  .chart .manager,
  .key.manager {
    fill: var(--_color-surface);
    stroke: var(--_manager);
    stroke-width: 2;
    border: 2px solid var(--_manager);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
    align-items: center;
    margin: 0 0 var(--_space-s);
  }
  .key {
    display: inline-block;
    inline-size: 0.7em;
    block-size: 0.7em;
    margin-inline-start: var(--_space-s);
  }
  .key.member {
    border-radius: 50%;
  }
  .key.pair {
    block-size: 2px;
    inline-size: 1em;
    background: var(--_color-accent);
  }
`;

/**
 * Adopts these styles in the tracker's shadow root just after `after` (the tracker's own), once, so
 * a subclass's own styles still come later. Here rather than in the tracker: its page never needs it
 * before this module is in (the team view's module has the same lines).
 */
export function adopt(root: ShadowRoot, after: CSSStyleSheet | undefined): void {
  const sheets = root.adoptedStyleSheets;
  const sheet = styles.styleSheet;
  if (sheets.includes(sheet)) return;
  const i = after ? sheets.indexOf(after) : -1;
  const at = i < 0 ? sheets.length : i + 1;
  root.adoptedStyleSheets = [...sheets.slice(0, at), sheet, ...sheets.slice(at)];
}
