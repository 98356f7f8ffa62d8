/**
 * The tracker's templates, as functions of precomputed data: the member's level, both views and the
 * ladder (the history's chart and table are level-tracker.history.ts, loaded after this content; the
 * team's summary is level-tracker.team.ts, loaded only where the team view shows). No state here;
 * the element decides what to show.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { format, type Strings } from '../../core/locale.js';
import type { CommunicationLevel } from '../../model/schemas.js';
import type { PairLevel, Trend } from '../../insights/levels.js';
import type en from '../../i18n/level-tracker/en.js';

export { pairLevel } from '../../insights/levels.js';
export { trackerStyles as styles } from './level-tracker.styles.js';

export type S = Strings & typeof en;

export interface ViewContext {
  s: S;
  levels: readonly CommunicationLevel[];
  name: (memberId: string) => string;
}

const ARROW: Record<Trend, string> = { up: '↑', flat: '→', down: '↓' };

const labelOf = (c: ViewContext, level: number) => c.levels.find((l) => l.level === level)?.label ?? '';

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

/**
 * @internal One member's standing: level, both views and the ladder; then the history, once its
 * part is in (`history`, level-tracker.history.ts, loaded after the content).
 */
export function renderMember(
  c: ViewContext,
  pair: PairLevel | undefined,
  title: string,
  back: TemplateResult | typeof nothing,
  history: ((pair: PairLevel) => TemplateResult) | undefined,
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
    ${renderLadder(c, pair?.level)} ${pair && history ? history(pair) : nothing}
  </div>`;
}
