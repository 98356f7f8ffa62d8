import { css } from 'lit';

export const styles = css`
  :host {
    --_band: var(--taiwa-engagement-drivers-band-color, var(--_color-accent));
  }
  th,
  td {
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
