import { css } from 'lit';

/**
 * The figures tables of the HR insights (cadence, drivers, effect chart): a scroll frame, a caption
 * as the table's title, ruled rows, tabular numbers. Each element adds only what is its own.
 */
export const dataTableStyles = css`
  .scroll {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    font-size: 0.875em;
  }
  caption {
    text-align: start;
    font-weight: 600;
    font-size: 1.125em;
    padding-block-end: 0.25em;
  }
  th,
  td {
    padding: 0.25em 0.5em;
    border-block-end: 1px solid var(--_color-border);
    text-align: start;
  }
  td {
    font-variant-numeric: tabular-nums;
  }
  /* On a phone the table scrolls inside .scroll; its first column (the row's name) stays in view. */
  tr > :first-child {
    position: sticky;
    inset-inline-start: 0;
    background: var(--_color-surface);
  }
`;
