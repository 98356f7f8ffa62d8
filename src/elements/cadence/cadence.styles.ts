import { css } from 'lit';

export const styles = css`
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    margin-block-end: 0.5em;
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
