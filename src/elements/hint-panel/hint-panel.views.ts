/**
 * The hint panel's templates: the heading, the hints to mark (member) or read (manager), the general
 * hints, "what a 1on1 is for" and the save status. Loaded lazily with the strings (see
 * `static views`), so the element's up-front code stays small. Every text is rendered as text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Hint } from '../../model/schemas.js';
import type { Strings } from '../../core/locale.js';
import type en from '../../i18n/hint-panel/en.js';
import { renderAbout } from './hint-panel.about.js';

export { styles } from './hint-panel.styles.js';

type S = Strings & typeof en;

/** What the panel shows, and where a member's ticks go. */
export interface PanelModel {
  s: S;
  member: boolean;
  topic: string;
  response: string;
  /** The topic and response style in the catalogue's words. */
  topicLabel: string;
  responseLabel: string;
  cell: Hint[];
  general: Hint[];
  weak: boolean;
  headingLevel: number;
  marked: string[];
  saveState: 'idle' | 'saving' | 'saved' | 'failed';
  /** Shown when there is no topic and style yet, or no hints for them. */
  empty: (message: string) => TemplateResult;
  onToggle: (e: Event) => void;
}

/** The inner checkbox's own composed `input` event would reach the host's listeners. */
const stop = (e: Event) => e.stopPropagation();

function renderList(m: PanelModel, hints: readonly Hint[]): TemplateResult {
  return html`<ul part="hints" class="hints">
    ${hints.map((h) => {
      if (!m.member) return html`<li part="hint"><span part="text">${h.text}</span></li>`;
      const checked = m.marked.includes(h.id);
      return html`<li part="hint">
        <label part="option" class="option">
          <input part="control" type="checkbox" .value=${h.id} .checked=${checked} @change=${m.onToggle} @input=${stop} />
          <span part="text">${h.text}</span>
          ${checked ? html`<span part="tag" aria-hidden="true">${m.s.tryThis}</span>` : nothing}
        </label>
      </li>`;
    })}
  </ul>`;
}

function renderHeading(m: PanelModel): TemplateResult {
  const { s } = m;
  const title = m.member ? s.headingMember : s.headingManager;
  const level = m.headingLevel >= 1 && m.headingLevel <= 6 ? m.headingLevel : 0;
  return html`<div part="heading" class="heading" role=${level ? 'heading' : nothing} aria-level=${level || nothing}>
    <span>${title}</span>
    ${m.topic && m.response ? html`<span part="cell">${m.topicLabel} × ${m.responseLabel}</span>` : nothing}
  </div>`;
}

function renderStatus(m: PanelModel): TemplateResult {
  const { s } = m;
  const text =
    m.saveState === 'saving'
      ? s.saving
      : m.saveState === 'failed'
        ? s.saveFailed
        : m.marked.length > 0
          ? s.markedCount.replace('{n}', String(m.marked.length))
          : '';
  return html`<p part="status" role="status">${text}</p>`;
}

/** Everything below the error block. */
export function renderPanel(m: PanelModel): TemplateResult {
  const { s, cell, general, member } = m;
  const list = renderList(m, cell);
  return html`<div part="base">
    ${renderHeading(m)} ${m.weak ? html`<p part="weak" class="weak">${s.weak}</p>` : nothing}
    ${
      !m.topic || !m.response
        ? m.empty(s.chooseFirst)
        : cell.length === 0
          ? m.empty(s.noHints)
          : member
            ? html`<fieldset part="group">
                <legend part="instruction">${s.instruction}</legend>
                ${list}
              </fieldset>`
            : list
    }
    ${
      general.length > 0
        ? html`<details part="general">
            <summary part="summary">${s.general} (${general.length})</summary>
            ${renderList(m, general)}
          </details>`
        : nothing
    }
    ${renderAbout(s)} ${member ? renderStatus(m) : nothing}
  </div>`;
}
