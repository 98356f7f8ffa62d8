import { css } from 'lit';

/** The overview's own styles: a table, stacked into one card per member under ~600 px. */
export const overviewStyles = css`
  :host {
    container-type: inline-size;
  }
  /* Each row is its own grid on the same fixed tracks, not a table the browser sizes from every cell:
     a cell is laid out once, at its track's width (start-aligned, so no second pass to stretch it),
     and a row's rule is one border, not one per cell. The elements stay a table's, so its semantics
     stay. (Not content-visibility on the rows below the fold: Chromium leaves skipped rows empty in
     the accessibility tree, so a screen reader would meet rows without cells.) */
  table {
    display: block;
    inline-size: 100%;
  }
  caption,
  thead,
  tbody {
    display: block;
  }
  tr {
    display: grid;
    grid-template-columns: 16% repeat(7, minmax(0, 1fr));
    align-items: start;
    border-block-end: 1px solid var(--_color-border);
  }
  caption {
    text-align: start;
    color: var(--_color-text-muted);
    font-size: 0.875em;
    padding-block-end: var(--_space-s);
  }
  th,
  td {
    padding: var(--_space-xs) var(--_space-s);
    text-align: start;
  }
  th[scope='row'] {
    font-weight: 600;
  }
  th[scope='row'] .muted {
    display: block;
    font-weight: 400;
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  thead button {
    all: unset;
    display: inline-flex;
    gap: var(--_space-xs);
    align-items: center;
    min-block-size: 2.75rem;
    font-weight: 600;
    cursor: pointer;
  }
  thead button:focus-visible {
    outline: 2px solid var(--_color-focus);
    outline-offset: 2px;
  }
  [part='open'] {
    all: unset;
    color: var(--_color-link);
    text-decoration: underline;
    cursor: pointer;
    min-block-size: 1.5rem;
  }
  [part='open']:focus-visible {
    outline: 2px solid var(--_color-focus);
    outline-offset: -2px;
  }
  .arrow {
    color: var(--_color-text-muted);
    font-size: 0.75em;
  }
  .muted {
    color: var(--_color-text-muted);
    font-size: 0.875em;
  }
  .flag,
  .wide {
    color: var(--_color-warning);
  }
  .flag {
    font-weight: 600;
  }
  tr.overdue {
    box-shadow: inset 3px 0 0 var(--_color-warning);
  }
  .yes {
    color: var(--_color-success);
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @container (max-width: 600px) {
    tr,
    th,
    td {
      display: block;
    }
    thead tr {
      border: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 0 var(--_space-m);
    }
    thead th {
      padding: 0;
    }
    tbody tr {
      margin-block-end: var(--_space-s);
      padding: var(--_space-s);
      border: 1px solid var(--_color-border);
      border-radius: var(--_radius-m);
    }
    tbody th,
    tbody td {
      padding: var(--_space-xs) 0;
    }
    /* The label in a column of its own: the cell's text (however many nodes) flows beside it. */
    tbody td {
      padding-inline-start: calc(9rem + var(--_space-s));
    }
    tbody td::before {
      content: attr(data-label);
      display: inline-block;
      inline-size: 9rem;
      margin-inline: calc(-9rem - var(--_space-s)) var(--_space-s);
      color: var(--_color-text-muted);
      font-size: 0.875em;
    }
    .num {
      text-align: start;
    }
  }
`;
