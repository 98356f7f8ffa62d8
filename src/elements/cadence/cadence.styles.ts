import { css } from 'lit';

export const styles = css`
  .scroll {
    overflow-x: auto;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    margin-block-end: 0.5em;
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
  tbody tr:first-child {
    font-weight: 600;
  }
  button {
    font: inherit;
    min-block-size: 2.75rem;
    cursor: pointer;
  }
  [part~='overdue'][data-late] {
    color: var(--_color-danger);
    font-weight: 600;
  }
`;
