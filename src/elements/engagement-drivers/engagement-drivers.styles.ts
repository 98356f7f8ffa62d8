import { css } from 'lit';

export const styles = css`
  :host {
    --_band: var(--taiwa-engagement-drivers-band-color, var(--_color-accent));
  }
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
    vertical-align: top;
  }
  [part~='band'] {
    font-weight: 700;
    color: var(--_band);
    white-space: nowrap;
  }
  [part~='band'][data-band='none'] {
    color: inherit;
    font-weight: 400;
  }
  [part~='numbers'] {
    display: block;
    font-size: 0.875em;
    color: var(--_color-text-muted);
  }
`;
