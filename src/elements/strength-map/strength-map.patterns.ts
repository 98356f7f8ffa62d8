/**
 * The strength map's organisation mode (HR): per topic × response, how many managers are weak (▼)
 * and strong (▲) there, never which ones, with its own caption, legend and who-sees sentence.
 * A plain table (nothing to open: the hints are the managers'), each cell said in one sentence.
 * Every text is rendered as text.
 */
import type { html as litHtml } from 'lit';
import type { format as formatText, Strings } from '../../core/locale.js';
import type { InsightResults } from '../../model/insights.js';
import type { Locale } from '../../model/schemas.js';
import type en from '../../i18n/strength-map/en.js';
import type { Row } from './strength-map.views.js';

type Patterns = InsightResults['strength-patterns'];

export interface PatternsModel {
  s: Strings & typeof en;
  locale: Locale;
  patterns: Patterns;
  topics: Row[];
  responses: Row[];
  /**
   * Lit's `html` and `format`, given by the element: imported here, Lit and the locale module
   * would be a chunk of their own shared with the map's module, one more request before content.
   */
  html: typeof litHtml;
  format: typeof formatText;
}

function renderCell(m: PatternsModel, topic: Row, response: Row) {
  const { s, patterns, html, format } = m;
  const cell = patterns.cells.find((c) => c.topicId === topic.id && c.responseId === response.id);
  if (!cell || cell.hidden || cell.managers === null)
    return html`<td part="pattern hidden">
      <span aria-hidden="true">–</span><span part="needed">${format(s.patternsHidden, { k: patterns.k })}</span>
    </td>`;
  const numbers = { weak: cell.weak ?? 0, strong: cell.strong ?? 0, n: cell.managers };
  return html`<td part="pattern">
    <span aria-hidden="true"
      ><span part="weak">▼ ${numbers.weak}</span> <span part="strong">▲ ${numbers.strong}</span>
      <span part="count">${format(s.patternsOf, numbers)}</span></span
    ><span class="visually-hidden">${format(s.patternsCell, numbers)}</span>
  </td>`;
}

/** The organisation's patterns: who sees what, the legend and the table. */
export function renderPatterns(m: PatternsModel) {
  const { s, patterns, html, format } = m;
  const scope = patterns.department !== undefined ? format(s.scopeDepartment, { id: patterns.department }) : s.scopeOrg;
  return html`
    <p part="summary">${format(s.patternsSummary, { n: patterns.managers })}</p>
    <p part="who-sees">${format(s.patternsWho, { scope, k: patterns.k })}</p>
    <p part="legend" id="legend">${s.patternsLegend}</p>
    <div class="scroll">
      <table part="table" aria-describedby="legend">
        <caption part="caption">
          ${s.patternsCaption}: ${scope}
        </caption>
        <thead>
          <tr>
            <th scope="col">${s.corner}</th>
            ${m.responses.map((r) => html`<th part="column-header" scope="col">${r.label}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${m.topics.map(
            (t) =>
              html`<tr>
                <th part="row-header" scope="row">${t.label}</th>
                ${m.responses.map((r) => renderCell(m, t, r))}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  `;
}
