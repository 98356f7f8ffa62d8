import { css } from 'lit';

/** The cells of a data table: a start-aligned caption, rows ruled below. */
export const tableCells = css`
  caption {
    text-align: start;
    padding-block-end: var(--_space-xs);
  }
  th,
  td {
    padding: var(--_space-xs) var(--_space-s);
    border-block-end: 1px solid var(--_color-border);
    text-align: start;
  }
`;
