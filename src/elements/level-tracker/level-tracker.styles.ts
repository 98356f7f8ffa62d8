import { css } from 'lit';
import { tableCells } from '../../core/table-cells.js';

/** The tracker's own styles, over the host styles; they come with the templates. The team view's come with it (level-tracker.team-styles.ts). */
export const trackerStyles = css`
  ${tableCells}
  :host {
    --_member: var(--taiwa-level-tracker-member-color, var(--_color-accent));
    --_manager: var(--taiwa-level-tracker-manager-color, #b35900);
  }
  h2,
  h3 {
    margin: 0 0 var(--_space-s);
    line-height: 1.3;
  }
  h2 {
    font-size: 1.125em;
  }
  h3 {
    font-size: 1em;
  }
  section {
    margin-block-start: var(--_space-m);
  }
  .muted,
  [part='step-description'] {
    color: var(--_color-text-muted);
    font-size: 0.875em;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-m);
    align-items: baseline;
    justify-content: space-between;
  }
  button {
    padding: var(--_space-xs) var(--_space-s);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-m);
    background: var(--_color-surface);
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  button:focus-visible {
    outline: 2px solid var(--_color-focus);
    outline-offset: 2px;
  }
  .headline {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: baseline;
    margin: 0;
  }
  .big {
    color: var(--_color-accent);
    font-size: 2.25em;
    font-weight: 700;
    line-height: 1;
  }
  [part='trend'] {
    white-space: nowrap;
  }
  [part='trend'].up {
    color: var(--_color-success);
  }
  [part='trend'].down {
    color: var(--_color-danger);
  }
  .views {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-m);
    margin: var(--_space-xs) 0 0;
  }
  .views div {
    display: flex;
    gap: var(--_space-xs);
  }
  .views dt::after {
    content: ':';
  }
  .views dd {
    margin: 0;
    font-weight: 600;
  }
  .ladder {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .step {
    display: flex;
    gap: var(--_space-s);
    padding: var(--_space-xs) var(--_space-m);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-m);
    background: var(--_color-surface);
  }
  .step.current {
    border-color: var(--_color-accent);
    box-shadow: inset 0 0 0 1px var(--_color-accent);
    background: var(--_color-accent-surface);
  }
  .number {
    flex: none;
    inline-size: 1.75em;
    block-size: 1.75em;
    border-radius: 50%;
    background: var(--_color-surface-muted);
    font-weight: 700;
    text-align: center;
    line-height: 1.75em;
  }
  .current .number {
    background: var(--_color-accent);
    color: var(--_color-on-accent);
  }
  .texts {
    display: grid;
  }
  [part='step-label'] {
    font-weight: 600;
  }
  .now {
    padding: 0 0.4em;
    border-radius: 999px;
    background: var(--_color-accent);
    color: var(--_color-on-accent);
    font-size: 0.75em;
    vertical-align: middle;
  }
  .next {
    margin-block-start: var(--_space-xs);
    font-size: 0.875em;
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
  .table {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: 0.875em;
  }
  caption {
    color: var(--_color-text-muted);
  }
`;
