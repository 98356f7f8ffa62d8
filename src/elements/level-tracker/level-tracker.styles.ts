import { css } from 'lit';

/** The tracker's own styles, over the host styles; they load lazily with the templates. */
export const trackerStyles = css`
  :host {
    --_accent: var(--taiwa-color-accent, #2f6fde);
    --_border: var(--taiwa-color-border, #d0d7de);
    --_muted: var(--taiwa-color-text-muted, #57606a);
    --_radius: var(--taiwa-radius-m, 0.5rem);
    --_gap: var(--taiwa-space-m, 0.75rem);
    --_member: var(--taiwa-level-tracker-member-color, var(--taiwa-color-accent, #2f6fde));
    --_manager: var(--taiwa-level-tracker-manager-color, #b35900);
  }
  h2,
  h3 {
    margin: 0 0 var(--taiwa-space-s, 0.5rem);
    line-height: 1.3;
  }
  h2 {
    font-size: 1.125em;
  }
  h3 {
    font-size: 1em;
  }
  section {
    margin-block-start: var(--_gap);
  }
  .muted,
  [part='step-description'] {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
    align-items: baseline;
    justify-content: space-between;
  }
  button {
    padding: var(--taiwa-space-xs, 0.25rem) var(--taiwa-space-s, 0.5rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--taiwa-color-surface, #ffffff);
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  [part='member-button'] {
    border-color: transparent;
    background: none;
    color: var(--taiwa-color-link, #1f5bc4);
    text-decoration: underline;
    text-align: start;
  }
  button:focus-visible {
    outline: 2px solid var(--taiwa-color-focus, #2f6fde);
    outline-offset: 2px;
  }
  .headline {
    display: flex;
    flex-wrap: wrap;
    gap: var(--taiwa-space-s, 0.5rem);
    align-items: baseline;
    margin: 0;
  }
  .big {
    color: var(--_accent);
    font-size: 2.25em;
    font-weight: 700;
    line-height: 1;
  }
  [part='trend'] {
    white-space: nowrap;
  }
  [part='trend'].up {
    color: var(--taiwa-color-success, #1a7f37);
  }
  [part='trend'].down {
    color: var(--taiwa-color-danger, #b42318);
  }
  .views {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
    margin: var(--taiwa-space-xs, 0.25rem) 0 0;
  }
  .views div {
    display: flex;
    gap: var(--taiwa-space-xs, 0.25rem);
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
    gap: var(--taiwa-space-xs, 0.25rem);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .step {
    display: flex;
    gap: var(--taiwa-space-s, 0.5rem);
    padding: var(--taiwa-space-xs, 0.25rem) var(--taiwa-space-m, 0.75rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--taiwa-color-surface, #ffffff);
  }
  .step.current {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
    background: var(--taiwa-color-accent-surface, #eef4ff);
  }
  .number {
    flex: none;
    inline-size: 1.75em;
    block-size: 1.75em;
    border-radius: 50%;
    background: var(--taiwa-color-surface-muted, #f0f2f5);
    font-weight: 700;
    text-align: center;
    line-height: 1.75em;
  }
  .current .number {
    background: var(--_accent);
    color: var(--taiwa-color-on-accent, #ffffff);
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
    background: var(--_accent);
    color: var(--taiwa-color-on-accent, #ffffff);
    font-size: 0.75em;
    vertical-align: middle;
  }
  .next {
    margin-block-start: var(--taiwa-space-xs, 0.25rem);
    font-size: 0.875em;
  }
  .chart {
    display: block;
    inline-size: 100%;
    max-inline-size: 32rem;
    block-size: var(--taiwa-level-tracker-chart-height, 9rem);
  }
  .chart .grid {
    stroke: var(--_border);
    stroke-width: 1;
  }
  .chart .axis {
    fill: var(--_muted);
    font-size: 10px;
    text-anchor: end;
  }
  .chart .pair {
    fill: none;
    stroke: var(--_accent);
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
    fill: var(--taiwa-color-surface, #ffffff);
    stroke: var(--_manager);
    stroke-width: 2;
    border: 2px solid var(--_manager);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--taiwa-space-xs, 0.25rem);
    align-items: center;
    margin: 0 0 var(--taiwa-space-s, 0.5rem);
  }
  .key {
    display: inline-block;
    inline-size: 0.7em;
    block-size: 0.7em;
    margin-inline-start: var(--taiwa-space-s, 0.5rem);
  }
  .key.member {
    border-radius: 50%;
  }
  .key.pair {
    block-size: 2px;
    inline-size: 1em;
    background: var(--_accent);
  }
  .table {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: 0.875em;
  }
  caption {
    text-align: start;
    color: var(--_muted);
    padding-block-end: var(--taiwa-space-xs, 0.25rem);
  }
  th,
  td {
    padding: var(--taiwa-space-xs, 0.25rem) var(--taiwa-space-s, 0.5rem);
    border-block-end: 1px solid var(--_border);
    text-align: start;
  }
  .distribution {
    display: grid;
    gap: var(--taiwa-space-xs, 0.25rem);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part='bar-row'] {
    display: grid;
    grid-template-columns: minmax(8rem, 16rem) 1fr auto;
    gap: var(--taiwa-space-s, 0.5rem);
    align-items: center;
  }
  .track {
    block-size: 0.75rem;
    border-radius: 999px;
    background: var(--taiwa-color-surface-muted, #f0f2f5);
    overflow: hidden;
  }
  .bar {
    display: block;
    block-size: 100%;
    background: var(--_accent);
  }
  [part='gaps'] {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
`;
