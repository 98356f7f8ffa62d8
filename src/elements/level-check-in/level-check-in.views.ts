/**
 * The level check-in's form: the statements to tick (check-in) or the six levels (direct), the save
 * button and the status line. Loaded lazily with the strings (see `static views`), so the element's
 * up-front code stays small. Every text is rendered as text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { format, type Strings } from '../../core/locale.js';
import type { CommunicationLevel } from '../../model/schemas.js';
import type en from '../../i18n/level-check-in/en.js';

export { checkInStyles as styles } from './level-check-in.styles.js';

/** What the form reads, and where its events go (listeners run with the element as `this`). */
export interface CheckInModel {
  s: Strings & typeof en;
  direct: boolean;
  levels: readonly CommunicationLevel[] | undefined;
  /** The six statements of the side that answers (check-in). */
  statements: readonly string[];
  label: string;
  disabled: boolean;
  values: readonly string[];
  status: string;
  onChange: (e: Event) => void;
  onSubmit: () => void;
}

const LEVELS = [1, 2, 3, 4, 5, 6];
/** The inner input's own composed `input` event would reach the host a second time. */
const stop = (e: Event) => e.stopPropagation();

export function renderCheckIn(m: CheckInModel): TemplateResult {
  const { s, direct } = m;
  return html`<fieldset part="base" ?disabled=${m.disabled} aria-describedby=${direct ? nothing : 'help'}>
    <legend part="legend">${m.label || (direct ? s.directLegend : s.checkInLegend)}</legend>
    ${direct ? nothing : html`<p part="help" id="help">${s.checkInHelp}</p>`}
    <div part="options" class="options">
      ${LEVELS.map((l) => {
        const info = m.levels?.find((x) => x.level === l);
        return html`<label part="option" class="option">
          <input
            part="control"
            type=${direct ? 'radio' : 'checkbox'}
            name="level"
            .value=${String(l)}
            .checked=${m.values.includes(String(l))}
            aria-describedby=${direct && info?.description ? `d-${l}` : nothing}
            @change=${m.onChange}
            @input=${stop}
          />
          <span class="texts">
            <span part="label">${direct ? `${format(s.levelN, { level: l })} · ${info?.label ?? ''}` : m.statements[l - 1]}</span>
            ${direct && info?.description ? html`<span part="description" id=${`d-${l}`}>${info.description}</span>` : nothing}
          </span>
        </label>`;
      })}
    </div>
    <div class="actions">
      <button part="submit" type="button" @click=${m.onSubmit}>${direct ? s.submitDirect : s.submit}</button>
      <p part="status" role="status">${m.status}</p>
    </div>
  </fieldset>`;
}
