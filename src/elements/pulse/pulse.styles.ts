import { css } from 'lit';

export const styles = css`
  fieldset {
    border: 1px solid var(--_color-border);
    border-radius: 0.5em;
    margin: 0 0 0.75em;
    padding: 0.5em 0.75em;
  }
  legend {
    font-weight: 600;
  }
  .question {
    margin-block: 0.5em;
  }
  .question > span {
    display: block;
    margin-block-end: 0.25em;
  }
  .scale {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
  }
  .scale label {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    min-block-size: 2.75rem;
  }
  [part~='who'] {
    font-size: 0.875em;
  }
  button {
    font: inherit;
    min-block-size: 2.75rem;
    cursor: pointer;
  }
  svg {
    display: block;
    inline-size: 100%;
    max-inline-size: 28rem;
    block-size: auto;
  }
  .line {
    fill: none;
    stroke: var(--taiwa-pulse-line-color, var(--_color-accent));
    stroke-width: 2;
  }
  .dot {
    fill: var(--taiwa-pulse-line-color, var(--_color-accent));
  }
  .grid {
    stroke: var(--_color-border);
  }
  text {
    fill: currentColor;
    font-size: 10px;
  }
  table {
    border-collapse: collapse;
    font-size: 0.875em;
  }
  th,
  td {
    padding: 0.25em 0.5em;
    border-block-end: 1px solid var(--_color-border);
    text-align: start;
  }
`;
