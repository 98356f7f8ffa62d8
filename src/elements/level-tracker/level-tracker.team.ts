/**
 * The tracker's team view: average, distribution, each member's level and trend, and the gaps
 * between views; the team's levels it shows (`teamOf`), what its buttons do (open a member, back to
 * the team), its texts (English here, another locale's requested by the tracker beside this module)
 * and its styles. Loaded only where the team view shows (a manager's or admin's), beside the records,
 * so a member's page never carries it. It imports nothing of the tracker's modules but types: the
 * ladder's helpers, Lit's `html` and the formatter come with the call (`Helpers`), so loading it adds
 * no request level. Every text is rendered as text.
 */
import type { html as litHtml, TemplateResult } from 'lit';
import type { format as formatText } from '../../core/locale.js';
import type { LevelInput, LevelOptions, PairLevel, pairLevel, TeamLevels } from '../../insights/levels.js';
import type { ViewContext, trend } from './level-tracker.views.js';
import { share } from './share.js';
import { teamStyles } from './level-tracker.team-styles.js';
import en from '../../i18n/level-tracker/en.team.js';

/** Its English texts: the module's default export, so the tracker's loader of these texts is this module. */
export default en;

/** What the team view reads: the tracker's texts with its own. */
export type TeamContext = Omit<ViewContext, 's'> & { s: ViewContext['s'] & typeof en };

/**
 * The views chunk's helpers the team view uses, and Lit's `html` and `format`, given by the element:
 * imported here, Lit and the locale module would be a chunk of their own shared with the tracker's
 * module, one more request before any tracker's content.
 */
export interface Helpers {
  trend: typeof trend;
  html: typeof litHtml;
  format: typeof formatText;
}

/**
 * The team's standing from every record of its members: per member (the tracker's `pairLevel`, handed
 * in), average, distribution and gaps. It is `teamLevels` of insights/levels.ts (a test checks they
 * agree), here so the team's computation loads with the team view: importing that module here would
 * make it a file of its own before any tracker's content.
 */
export function teamOf(records: readonly LevelInput[], options: LevelOptions, pair: typeof pairLevel): TeamLevels {
  const threshold = options.gapThreshold ?? 2;
  const byMember = new Map<string, LevelInput[]>();
  for (const r of records) {
    const list = byMember.get(r.memberId);
    if (list) list.push(r);
    else byMember.set(r.memberId, [r]);
  }
  const members: PairLevel[] = [];
  for (const list of byMember.values()) {
    const p = pair(list, options);
    if (p) members.push(p);
  }
  members.sort((a, b) => a.level - b.level || (a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0));
  const distribution = [0, 0, 0, 0, 0, 0];
  let sum = 0;
  for (const m of members) {
    distribution[m.level - 1]!++;
    sum += m.level;
  }
  const gaps = members
    .filter((m) => m.gap !== undefined && Math.abs(m.gap) >= threshold)
    .sort((a, b) => Math.abs(b.gap!) - Math.abs(a.gap!));
  const out: TeamLevels = { members, distribution, gaps };
  if (members.length > 0) out.average = sum / members.length;
  return out;
}

/**
 * What of the tracker the team view's buttons change: the member opened from the team (a state of the
 * tracker's, so it renders that member), and where the focus goes after that render.
 */
export interface TeamHost {
  selected: string;
  focusNext: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** A member's name in the team's table (Lit calls it with the tracker as `this`): opens their ladder and history. */
function show(this: TeamHost, e: Event) {
  this.selected = (e.currentTarget as HTMLElement).dataset['member'] ?? '';
  this.focusNext = '[part="back"]';
}

/** The back button of a member opened from the team: the team again, the focus on that member's name. */
function back(this: TeamHost) {
  this.focusNext = `[data-member="${CSS.escape(this.selected)}"]`;
  this.selected = '';
}

/** @internal The way back to the team from a member opened there. */
export const renderBack = (s: typeof en, html: Helpers['html']) =>
  html`<button part="back" type="button" @click=${back}>${s.back}</button>`;

/** @internal After the tracker rendered: the focus where a button of the team view asked for it. */
export function moveFocus(host: TeamHost): void {
  if (!host.focusNext) return;
  host.renderRoot.querySelector<HTMLElement>(host.focusNext)?.focus();
  host.focusNext = '';
}

/** A level's number and name: "Level 4 · Questions and feedback". */
const levelText = (c: TeamContext, level: number, format: Helpers['format']) =>
  `${format(c.s.levelN, { level })} · ${c.levels.find((l) => l.level === level)?.label ?? ''}`;

/** @internal The team: average, distribution, each member's level and trend, and the gaps between views. */
export function renderTeam(c: TeamContext, team: TeamLevels, { trend, html, format }: Helpers): TemplateResult {
  const s = c.s;
  const count = team.members.length;
  return html`<div part="base" class="team-view">
    <h2 part="title">${s.teamTitle}</h2>
    ${
      count === 0
        ? html`<p part="empty">${s.noTeam}</p>`
        : html`<div part="summary" class="summary">
              <p part="average" class="headline">
                <span class="big" aria-hidden="true">${team.average!.toFixed(1)}</span>
                <span>${format(s.averageOf6, { average: team.average!.toFixed(1) })}</span>
              </p>
              <p class="muted">${format(count === 1 ? s.memberCountOne : s.memberCount, { count })} · ${s.goal}</p>
            </div>
            <section>
              <h3 part="heading">${s.distribution}</h3>
              <ol part="distribution" class="distribution">
                ${team.distribution.map(
                  (n, i) =>
                    html`<li part="bar-row">
                      <span part="bar-label">${levelText(c, i + 1, format)}</span>
                      <span class="track" aria-hidden="true"><span part="bar" class="bar" ${share(n / count)}></span></span>
                      <span part="bar-count">${format(n === 1 ? s.memberAt : s.membersAt, { count: n })}</span>
                    </li>`,
                )}
              </ol>
            </section>
            <section>
              <h3 part="heading" id="members-heading">${s.members}</h3>
              <table part="members" class="table" aria-labelledby="members-heading">
                <thead>
                  <tr>
                    <th scope="col">${s.name}</th>
                    <th scope="col">${s.level}</th>
                    <th scope="col">${s.trend}</th>
                    <th scope="col">${s.memberView}</th>
                    <th scope="col">${s.managerView}</th>
                  </tr>
                </thead>
                <tbody>
                  ${team.members.map(
                    (m) =>
                      html`<tr part="member-row">
                        <th scope="row">
                          <button part="member-button" type="button" data-member=${m.memberId} @click=${show}>${c.name(m.memberId)}</button>
                        </th>
                        <td>${levelText(c, m.level, format)}</td>
                        <td>${trend(c, m.trend)}</td>
                        <td>${m.member ?? s.notYet}</td>
                        <td>${m.manager ?? s.notYet}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </section>
            <section>
              <h3 part="heading">${s.gaps}</h3>
              ${
                team.gaps.length === 0
                  ? html`<p part="gaps-empty" class="muted">${s.noGaps}</p>`
                  : html`<ul part="gaps">
                      ${team.gaps.map((m) => html`<li part="gap">${format(s.gapText, { name: c.name(m.memberId), member: m.member!, manager: m.manager! })}</li>`)}
                    </ul>`
              }
            </section>`
    }
  </div>`;
}

/**
 * Adopts these styles in the tracker's shadow root just after `after` (the tracker's own), once, so
 * a subclass's own styles still come later. Here rather than in the tracker: its page never needs it
 * before this module is in (the history's module has the same lines).
 */
export function adopt(root: ShadowRoot, after: CSSStyleSheet | undefined): void {
  const sheets = root.adoptedStyleSheets;
  const sheet = teamStyles.styleSheet;
  if (sheets.includes(sheet)) return;
  const i = after ? sheets.indexOf(after) : -1;
  const at = i < 0 ? sheets.length : i + 1;
  root.adoptedStyleSheets = [...sheets.slice(0, at), sheet, ...sheets.slice(at)];
}
