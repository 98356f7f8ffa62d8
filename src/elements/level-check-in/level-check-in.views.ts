/**
 * The level check-in's form: the statements to tick (check-in) or the six levels (direct), the save
 * button and the status line. It comes with the element's module (`static views`): it
 * is the element's content, and a lazy chunk was one more request level. Every text is rendered as text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { format, type Strings } from '../../core/locale.js';
import { latest } from '../../model/records.js';
import type { CommunicationLevel, LevelAssessment } from '../../model/schemas.js';
import type en from '../../i18n/level-check-in/en.js';
import { delivered, type SaveState } from '../../core/save-controller.js';

export { checkInStyles as styles } from './level-check-in.styles.js';

/** What the form reads, and where its events go (listeners run with the element as `this`). */
export interface CheckInModel {
  s: Strings & typeof en;
  direct: boolean;
  levels: readonly CommunicationLevel[] | undefined;
  /** The six statements of the side that answers (check-in). */
  statements: readonly string[];
  /** Who answers: the direct question names the other side of the pair. */
  side: 'member' | 'manager' | undefined;
  label: string;
  disabled: boolean;
  values: readonly string[];
  /** Why the answer cannot be saved (nothing chosen, no people, an admin), or `''`. */
  problem: string;
  /** The problem is that nothing is chosen: what the user can fix here, so the answer is invalid. */
  invalid: boolean;
  /** `saving`: the button says so (and the element ignores it) until it is done. */
  saveState: SaveState;
  /** The answer last saved or loaded. */
  record: LevelAssessment | undefined;
  /** The adapter it went through, asked whether it was sent or waits on this device. */
  adapter: unknown;
  onChange: (e: Event) => void;
  onSubmit: () => void;
}

const LEVELS = [1, 2, 3, 4, 5, 6];

/** The viewer's latest answer for the session among `records`: their side, by `method`. */
export const ownAnswer = (records: readonly LevelAssessment[], by: LevelAssessment['by'] | undefined, method: string, viewerId: string) =>
  latest(records.filter((r) => r.by === by && r.method === method && (r.memberId === viewerId || r.managerId === viewerId)));

/** The inner input's own composed `input` event would reach the host a second time. */
const stop = (e: Event) => e.stopPropagation();

/** The status line: saving, then saved and sent, or saved on this device until it is online. */
function statusOf({ s, saveState, record, adapter }: CheckInModel): string {
  if (saveState === 'saving') return s.saving;
  if (saveState !== 'saved' || !record) return '';
  // Outside a provider nothing was saved or sent: the answer went to the page as an event.
  if (!adapter) return format(s.notSavedLevel, { level: record.level });
  return format(delivered(adapter, 'level', record.id) ? s.savedLevel : s.savedLevelOnDevice, { level: record.level });
}

/**
 * While a save is under way the button is `aria-disabled`, not `disabled`, so it keeps the focus.
 * What stops a save is an error (an alert the fieldset points to), not a status.
 */
export function renderCheckIn(m: CheckInModel): TemplateResult {
  const { s, direct, problem, invalid } = m;
  const busy = m.saveState === 'saving';
  const describedBy = [direct ? '' : 'help', problem ? 'problem' : ''].join(' ').trim();
  return html`<fieldset
    part="base"
    ?disabled=${m.disabled}
    aria-describedby=${describedBy || nothing}
    aria-invalid=${invalid ? 'true' : nothing}
  >
    <legend part="legend">
      ${m.label || (direct ? (m.side === 'manager' ? s.directLegendManager : s.directLegend) : s.checkInLegend)}
    </legend>
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
    ${problem ? html`<p part="problem" id="problem" role="alert">${problem}</p>` : nothing}
    <p part="who-sees" id="who-sees">${m.side === 'manager' ? s.whoSeesManager : s.whoSeesMember}</p>
    <div class="actions">
      <button part="submit" type="button" aria-describedby="who-sees" aria-disabled=${busy ? 'true' : nothing} @click=${m.onSubmit}>
        ${direct ? s.submitDirect : s.submit}
      </button>
      <p part="status" role="status">${statusOf(m)}</p>
    </div>
  </fieldset>`;
}
