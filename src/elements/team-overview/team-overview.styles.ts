import { css } from 'lit';

/** The overview's own styles: a table, stacked into one card per member under ~600 px. */
export const overviewStyles = css`
  :host {
    container-type: inline-size;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    /* Column widths from the first row, not from every cell: the table lays out in one pass. */
    table-layout: fixed;
    /* What changes inside the table (a sort, a new row) lays out and paints inside it only. */
    contain: layout paint;
  }
  th[scope='col']:first-child {
    inline-size: 16%;
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
    border-block-end: 1px solid var(--_color-border);
    text-align: start;
    vertical-align: top;
  }
  th[scope='row'] {
    font-weight: 600;
  }
  /* Each body cell is its own layout root: text in one never re-flows another. (Not the headers:
     paint containment would clip the sort buttons' focus rings.) */
  tbody th,
  tbody td {
    contain: layout paint;
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
  tr.overdue th[scope='row'] {
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
    table,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    thead tr {
      display: flex;
      flex-wrap: wrap;
      gap: 0 var(--_space-m);
    }
    thead th,
    th[scope='col']:first-child {
      inline-size: auto;
      border: 0;
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
      display: grid;
      grid-template-columns: 9rem 1fr;
      gap: var(--_space-s);
      border: 0;
      padding: var(--_space-xs) 0;
    }
    tbody td::before {
      content: attr(data-label);
      color: var(--_color-text-muted);
      font-size: 0.875em;
    }
    tbody th {
      grid-template-columns: 1fr;
    }
    .num {
      text-align: start;
    }
  }
`;
