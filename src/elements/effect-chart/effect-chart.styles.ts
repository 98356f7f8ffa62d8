import { css } from 'lit';

export const styles = css`
  :host {
    --_bar-0: var(--taiwa-effect-chart-bar-1, #c6dbef);
    --_bar-1: var(--taiwa-effect-chart-bar-2, #6baed6);
    --_bar-2: var(--taiwa-effect-chart-bar-3, #2171b5);
    --_bar-3: var(--taiwa-effect-chart-bar-4, #08306b);
  }
  svg {
    display: block;
    inline-size: 100%;
    max-inline-size: 40rem;
    block-size: auto;
    font: inherit;
  }
  .bar-0 {
    fill: var(--_bar-0);
  }
  .bar-1 {
    fill: var(--_bar-1);
  }
  .bar-2 {
    fill: var(--_bar-2);
  }
  .bar-3 {
    fill: var(--_bar-3);
  }
  .axis {
    stroke: currentColor;
    stroke-width: 1;
  }
  .grid {
    stroke: var(--_color-border);
    stroke-width: 1;
  }
  text {
    fill: currentColor;
    font-size: 11px;
  }
  table {
    margin-block-start: 0.5em;
  }
  /* On a phone the figures wrap inside their cells, so the table fits without scrolling. */
  @media (max-width: 30rem) {
    table {
      inline-size: 100%;
    }
    th,
    td {
      padding-inline: 0.25em;
      overflow-wrap: anywhere;
    }
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    padding: 0;
    margin: 0.25em 0;
    list-style: none;
    font-size: 0.875em;
  }
  .swatch {
    display: inline-block;
    inline-size: 0.8em;
    block-size: 0.8em;
    margin-inline-end: 0.25em;
    vertical-align: middle;
  }
  .swatch.bar-0 {
    background: var(--_bar-0);
  }
  .swatch.bar-1 {
    background: var(--_bar-1);
  }
  .swatch.bar-2 {
    background: var(--_bar-2);
  }
  .swatch.bar-3 {
    background: var(--_bar-3);
  }
`;
