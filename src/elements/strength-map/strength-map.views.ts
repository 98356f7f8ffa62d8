/**
 * The strength map's templates: the summary, the legend, the table and the chosen cell's hints.
 * It comes with the element's module (`static views`): it is the element's content;
 * the organisation mode's table (strength-map.patterns.ts) comes with its counts, only in that mode.
 * Every text is rendered as text.
 */
import { html, nothing } from 'lit';
import { format, type Strings } from '../../core/locale.js';
import type { Catalog, Locale } from '../../model/schemas.js';
import type { StrengthCell, StrengthMap } from '../../insights/strengths.js';
import type en from '../../i18n/strength-map/en.js';

export { styles } from './strength-map.styles.js';

export type Row = { id: string; label: string };
type Cell = { topicId: string; responseId: string };

/** What the table reads, and where its events go. */
export interface MapModel {
  s: Strings & typeof en;
  locale: Locale;
  map: StrengthMap;
  topics: Row[];
  responses: Row[];
  selected?: Cell | undefined;
  /** The cell in the tab order (roving tabindex); the first cell when none. */
  active?: Cell | undefined;
  onFocusCell: (topicId: string, responseId: string) => void;
  /** The viewer's own map (a manager's): the caption says "your 1on1s". */
  mine: boolean;
  /** Display names by manager id, for the caption. */
  names?: Record<string, string> | undefined;
  onChoose: (topicId: string, responseId: string) => void;
  onClose: () => void;
  /** The chosen cell's hint panel: one element the map makes under its tag in its registration, and updates. */
  hintPanel: () => HTMLElement & { weak?: boolean | undefined };
  /** The viewer's own map: when HR opened it, newest first. */
  readBy?: { at: string }[] | undefined;
}

const key = (t: string, r: string) => `${t}|${r}`;

/** The table's rows and columns: the catalogue's enabled entries, then ids only the feedback has. */
export function rowsOf(cat: Catalog, map: Pick<StrengthMap, 'topics' | 'responses'>): { topics: Row[]; responses: Row[] } {
  const withExtra = (listed: { id: string; label: string; disabled?: boolean }[], seen: string[]): Row[] => {
    const rows = listed.filter((e) => !e.disabled).map(({ id, label }) => ({ id, label }));
    for (const id of seen) if (!rows.some((r) => r.id === id)) rows.push({ id, label: id });
    return rows;
  };
  return { topics: withExtra(cat.topics, map.topics), responses: withExtra(cat.responses, map.responses) };
}

/**
 * The cell (row, column) a navigation key moves to from (`ti`, `ri`) in a `rows` × `cols` grid:
 * arrows, Home/End in the row, Ctrl+Home/End to the corners; undefined for any other key.
 */
export function moveKey(event: KeyboardEvent, rows: number, cols: number, ti: number, ri: number): [number, number] | undefined {
  const moves: Record<string, () => void> = {
    ArrowUp: () => (ti = Math.max(0, ti - 1)),
    ArrowDown: () => (ti = Math.min(rows - 1, ti + 1)),
    ArrowLeft: () => (ri = Math.max(0, ri - 1)),
    ArrowRight: () => (ri = Math.min(cols - 1, ri + 1)),
    Home: () => (event.ctrlKey ? (ti = ri = 0) : (ri = 0)),
    End: () => (event.ctrlKey ? ((ti = rows - 1), (ri = cols - 1)) : (ri = cols - 1)),
  };
  const move = moves[event.key];
  if (!move) return undefined;
  move();
  return [ti, ri];
}

/** The cell button at (row, column) of the table in `root`. */
const buttonAt = (root: Node, ti: number, ri: number) =>
  (root as ParentNode).querySelectorAll('tbody tr')[ti]?.querySelectorAll<HTMLButtonElement>('td button')[ri];

/** Keys in the table: Escape closes the hints; the arrow keys, Home and End move between the cells. */
function tableKeydown(m: MapModel, event: KeyboardEvent) {
  if (event.key === 'Escape') {
    if (m.selected) m.onClose();
    return;
  }
  const cell = (event.target as Element).closest('td');
  const row = cell?.parentElement as HTMLTableRowElement | null | undefined;
  if (!cell || !row) return;
  const next = moveKey(event, m.topics.length, m.responses.length, row.sectionRowIndex, cell.cellIndex - 1);
  if (!next) return;
  event.preventDefault();
  buttonAt(cell.getRootNode(), ...next)?.focus();
}

/** Escape in the hints closes them and returns focus to the cell that opened them. */
function detailKeydown(m: MapModel, event: KeyboardEvent) {
  const chosen = m.selected;
  if (event.key !== 'Escape' || !chosen) return;
  event.preventDefault();
  const ti = m.topics.findIndex((t) => t.id === chosen.topicId);
  const ri = m.responses.findIndex((r) => r.id === chosen.responseId);
  buttonAt((event.currentTarget as Element).getRootNode(), ti, ri)?.focus();
  m.onClose();
}

/** The fill step of an estimate: 10 steps over the scale, so estimates 0.4 of a point apart (on 1–5) never share a fill. */
export const BINS = 10;
export const binOf = (estimate: number, min: number, max: number) =>
  Math.max(0, Math.min(BINS - 1, Math.floor(((estimate - min) / (max - min || 1)) * BINS + 1e-9)));

const cellAt = (m: MapModel, topicId: string, responseId: string): StrengthCell | undefined =>
  m.map.cells.find((c) => c.topicId === topicId && c.responseId === responseId);

function number(m: MapModel, value: number | null | undefined): string {
  return value == null ? '' : new Intl.NumberFormat(m.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

function renderCell(m: MapModel, topic: Row, response: Row) {
  const { s, map } = m;
  const cell = cellAt(m, topic.id, response.id);
  const id = key(topic.id, response.id);
  const open = m.selected !== undefined && key(m.selected.topicId, m.selected.responseId) === id;
  const shown = cell && !cell.masked ? cell : undefined;
  const kind = shown ? (shown.classification as 'strength' | 'weakness' | 'neutral') : 'masked';
  const { min, max } = map.scale;
  const org = shown?.vsOrg;
  const orgLong = org === 'strength' ? s.orgAboveLong : org === 'weakness' ? s.orgBelowLong : s.orgSameLong;
  // What a screen reader reads for the cell; the visible glyphs and abbreviations are hidden from it.
  const said = shown
    ? [
        s[kind as 'strength'],
        format(s.interval, { low: number(m, shown.low), high: number(m, shown.high) }),
        format(s.countLong, { n: shown.count! }),
        org ? format(orgLong, { mean: number(m, shown.orgMean) }) : '',
      ]
        .filter(Boolean)
        .join(', ')
    : format(s.masked, { k: map.k });
  const marker = kind === 'strength' ? '▲' : kind === 'weakness' ? '▼' : '';
  // What a masked cell needs, said on it: "2 more to show", or answers from another member.
  const needs = shown ? '' : cell?.needed !== undefined ? format(s.needed, { n: cell.needed }) : cell ? s.needsOthers : '';
  const active = m.active ?? (m.topics[0] && m.responses[0] ? { topicId: m.topics[0].id, responseId: m.responses[0].id } : undefined);
  const tabbable = active !== undefined && key(active.topicId, active.responseId) === id;
  return html`<td>
    <button
      part="cell ${kind}"
      tabindex=${tabbable ? '0' : '-1'}
      data-bin=${shown ? binOf(shown.estimate!, min, max) : nothing}
      aria-expanded=${open}
      aria-controls="detail"
      @click=${() => m.onChoose(topic.id, response.id)}
      @focus=${() => m.onFocusCell(topic.id, response.id)}
    >
      <span part="value" aria-hidden=${shown ? nothing : 'true'}
        >${shown ? number(m, shown.estimate) : '–'}${marker ? html` <span part="marker" aria-hidden="true">${marker}</span>` : nothing}</span
      >
      <span class="visually-hidden">${needs ? `${said}, ${needs}` : said}</span>
      ${shown ? html`<span part="count" aria-hidden="true">${format(s.count, { n: shown.count! })}</span>` : nothing}
      ${needs ? html`<span part="needed" aria-hidden="true">${needs}</span>` : nothing}
      <span part="opens" aria-hidden="true">${s.opens}</span>
      ${org && org !== 'neutral' ? html`<span part="org" aria-hidden="true">${org === 'strength' ? s.orgAbove : s.orgBelow}</span>` : nothing}
    </button>
  </td>`;
}

/** The chosen cell's names, or undefined when none is chosen. */
function chosenLabels(m: MapModel) {
  const chosen = m.selected;
  if (!chosen) return undefined;
  const topic = m.topics.find((t) => t.id === chosen.topicId)?.label ?? chosen.topicId;
  const response = m.responses.find((r) => r.id === chosen.responseId)?.label ?? chosen.responseId;
  return { topic, response };
}

/**
 * The section the cells control: always in the DOM (so `aria-controls` always points at something),
 * hidden while no cell is chosen.
 */
function renderDetail(m: MapModel) {
  const chosen = m.selected;
  const labels = chosenLabels(m);
  const weak = chosen && cellAt(m, chosen.topicId, chosen.responseId)?.classification === 'weakness';
  return html`<section
    part="detail"
    id="detail"
    ?hidden=${!chosen}
    aria-labelledby=${chosen ? 'detail-title' : nothing}
    @keydown=${(e: KeyboardEvent) => detailKeydown(m, e)}
  >
    ${
      chosen && labels
        ? html`<h3 part="detail-title" id="detail-title">${format(m.s.detail, labels)}</h3>
            ${renderHints(m, chosen, weak)}`
        : nothing
    }
  </section>`;
}

/**
 * The chosen cell's hint panel: one element the map made (`hintPanel`), whose topic, response and
 * weakness follow the choice. Not lit/static-html's dynamic tag, whose module came with the map.
 */
function renderHints(m: MapModel, chosen: Cell, weak: boolean | undefined) {
  const panel = m.hintPanel();
  const attributes = { part: 'hints', topic: chosen.topicId, response: chosen.responseId, audience: 'manager', 'heading-level': '4' };
  for (const [name, value] of Object.entries(attributes)) panel.setAttribute(name, value);
  panel.weak = weak;
  return panel;
}

/** On the manager's own map: when HR opened it (the newest read, and how many), in the viewer's locale. */
function renderReads(m: MapModel) {
  const reads = m.mine ? (m.readBy ?? []) : [];
  if (reads.length === 0) return nothing;
  const at = new Date(reads[0]!.at);
  const year = at.getFullYear() === new Date().getFullYear() ? {} : { year: 'numeric' as const };
  const date = new Intl.DateTimeFormat(m.locale, { month: 'short', day: 'numeric', ...year }).format(at);
  const text = reads.length === 1 ? format(m.s.readBy, { date }) : format(m.s.readByMany, { n: reads.length, date });
  return html`<p part="read-by">${text}</p>`;
}

/** The summary (unless every cell is masked), the legend, the table and the chosen cell's hints. */
export function renderMap(m: MapModel) {
  const { s, map, topics, responses } = m;
  const o = map.overall;
  const id = map.managerId;
  const name = id && m.names && Object.hasOwn(m.names, id) ? m.names[id] : id;
  const who = m.mine ? s.whoMine : name ? format(s.whoManager, { id: name }) : s.whoOrg;
  const labels = chosenLabels(m);
  return html`
    ${
      o.masked
        ? nothing
        : html`<p part="summary">
            ${format(s.overall, { mean: number(m, o.mean), n: o.count! })}${o.orgMean !== undefined ? html` · ${format(s.overallOrg, { mean: number(m, o.orgMean) })}` : nothing}
          </p>`
    }
    <p part="who-sees">${format(m.mine ? s.whoSeesMine : s.whoSeesAdmin, { k: map.k })}</p>
    ${renderReads(m)}
    <p part="legend" id="legend">
      ${format(s.legend, { k: map.k })}
      <span class="scale" aria-hidden="true"
        ><span>${s.lower} ${number(m, map.scale.min)}</span
        ><span class="ramp">${Array.from({ length: BINS }, (_, b) => html`<span data-bin=${b}></span>`)}</span
        ><span>${number(m, map.scale.max)} ${s.higher}</span></span
      >
      <span class="visually-hidden">${format(s.scaleSaid, { min: number(m, map.scale.min), max: number(m, map.scale.max) })}</span>
      ${s.affordance}
      <span class="visually-hidden">${s.keys}</span>
    </p>
    <div class="scroll">
      <table part="table" role="grid" aria-describedby="legend" @keydown=${(e: KeyboardEvent) => tableKeydown(m, e)}>
        <caption part="caption">
          ${s.caption}: ${who}${m.mine ? html` (${s.captionMine})` : nothing}
        </caption>
        <thead>
          <tr>
            <th scope="col">${s.corner}</th>
            ${responses.map((r) => html`<th part="column-header" scope="col">${r.label}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${topics.map(
            (t) =>
              html`<tr>
                <th part="row-header" scope="row">${t.label}</th>
                ${responses.map((r) => renderCell(m, t, r))}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    <p class="visually-hidden" role="status">${labels ? format(s.announce, labels) : ''}</p>
    ${renderDetail(m)}
  `;
}
