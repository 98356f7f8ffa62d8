import { css } from 'lit';

// A single-hue (blue) lightness ramp, after ColorBrewer's Blues: it reads the same for every kind
// of colour blindness, and the ▲/▼ markers and the numbers carry the meaning anyway.
// Loaded lazily with the templates (strength-map.views.ts) and adopted after the host styles.
export const styles = css`
  :host {
    --_border: var(--taiwa-color-border, #d0d7de);
    --_radius: var(--taiwa-radius-s, 0.25rem);
    --_ink: var(--taiwa-color-text, #1f2328);
  }
  .scroll {
    overflow-x: auto;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  table {
    border-collapse: separate;
    border-spacing: var(--taiwa-strength-map-gap, 3px);
    font-size: 0.875em;
  }
  caption {
    text-align: start;
    font-weight: 600;
    font-size: 1.125em;
    padding-block-end: var(--taiwa-space-xs, 0.25rem);
  }
  th {
    font-weight: 600;
    text-align: start;
    padding: var(--taiwa-space-xs, 0.25rem) var(--taiwa-space-s, 0.5rem);
  }
  thead th {
    vertical-align: bottom;
    max-inline-size: 8rem;
  }
  td {
    padding: 0;
  }
  [part~='cell'] {
    position: relative;
    display: grid;
    place-items: center;
    gap: 0.125rem;
    inline-size: 100%;
    min-inline-size: var(--taiwa-strength-map-cell-width, 5rem);
    min-block-size: 3.25rem;
    padding: var(--taiwa-space-xs, 0.25rem);
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: var(--_bg, var(--taiwa-color-surface, #ffffff));
    color: var(--_fg, var(--_ink));
    font: inherit;
    line-height: 1.2;
    cursor: pointer;
  }
  [data-bin='0'] {
    --_bg: var(--taiwa-strength-map-color-0, #eff3ff);
  }
  [data-bin='1'] {
    --_bg: var(--taiwa-strength-map-color-1, #c6dbef);
  }
  [data-bin='2'] {
    --_bg: var(--taiwa-strength-map-color-2, #9ecae1);
  }
  [data-bin='3'] {
    --_bg: var(--taiwa-strength-map-color-3, #6baed6);
  }
  [data-bin='4'] {
    --_bg: var(--taiwa-strength-map-color-4, #2171b5);
  }
  [data-bin='5'] {
    --_bg: var(--taiwa-strength-map-color-5, #08306b);
  }
  [data-bin='4'],
  [data-bin='5'] {
    --_fg: var(--taiwa-strength-map-ink-light, #ffffff);
  }
  [part~='masked'] {
    border: 1px dashed var(--_border);
    color: var(--taiwa-color-text-muted, #57606a);
  }
  [part~='cell']:focus-visible {
    outline: 2px solid var(--taiwa-color-focus, #2f6fde);
    outline-offset: 2px;
  }
  [part~='cell'][aria-expanded='true'] {
    border: 2px solid var(--taiwa-color-text, #1f2328);
    box-shadow: 0 0 0 2px var(--taiwa-color-surface, #ffffff) inset;
  }
  [part~='value'] {
    font-weight: 700;
    font-size: 1.125em;
  }
  [part~='count'],
  [part~='org'] {
    font-size: 0.75em;
  }
  [part~='summary'],
  [part~='legend'] {
    margin: var(--taiwa-space-xs, 0.25rem) 0;
    color: var(--taiwa-color-text-muted, #57606a);
    font-size: 0.875em;
  }
  .ramp {
    display: inline-flex;
    gap: 2px;
    vertical-align: middle;
    margin-inline: 0.25rem;
  }
  .ramp span {
    inline-size: 1rem;
    block-size: 0.75rem;
    background: var(--_bg);
    border: 1px solid var(--_border);
  }
  [part~='detail'] {
    margin-block-start: var(--taiwa-space-m, 0.75rem);
    padding-block-start: var(--taiwa-space-s, 0.5rem);
    border-block-start: 1px solid var(--_border);
  }
  [part~='detail-title'] {
    margin: 0 0 var(--taiwa-space-xs, 0.25rem);
    font-size: 1em;
    font-weight: 600;
  }
`;
