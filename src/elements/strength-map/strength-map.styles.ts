import { css } from 'lit';

// Ten steps after viridis (perceptually ordered, readable with every kind of colour blindness),
// its darkest step darkened: any two steps differ by CIEDE2000 ΔE ≥ 10 (test/elements/strength-map-colors),
// so estimates 0.4 of a point apart never look alike. The ▲/▼ markers and the numbers carry the meaning too.
// Comes with the templates (strength-map.views.ts) and is adopted after the host styles.
export const styles = css`
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
    padding-block-end: var(--_space-xs);
  }
  th {
    font-weight: 600;
    text-align: start;
    padding: var(--_space-xs) var(--_space-s);
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
    padding: var(--_space-xs);
    border: 1px solid transparent;
    border-radius: var(--_radius-s);
    background: var(--_bg, var(--_color-surface));
    color: var(--_fg, var(--_color-text));
    font: inherit;
    line-height: 1.2;
    cursor: pointer;
  }
  [data-bin='0'] {
    --_bg: var(--taiwa-strength-map-color-0, #fde725);
  }
  [data-bin='1'] {
    --_bg: var(--taiwa-strength-map-color-1, #b5de2b);
  }
  [data-bin='2'] {
    --_bg: var(--taiwa-strength-map-color-2, #6ece58);
  }
  [data-bin='3'] {
    --_bg: var(--taiwa-strength-map-color-3, #35b779);
  }
  [data-bin='4'] {
    --_bg: var(--taiwa-strength-map-color-4, #1f9e89);
  }
  [data-bin='5'] {
    --_bg: var(--taiwa-strength-map-color-5, #237a87);
  }
  [data-bin='6'] {
    --_bg: var(--taiwa-strength-map-color-6, #31688e);
  }
  [data-bin='7'] {
    --_bg: var(--taiwa-strength-map-color-7, #3e4989);
  }
  [data-bin='8'] {
    --_bg: var(--taiwa-strength-map-color-8, #482878);
  }
  [data-bin='9'] {
    --_bg: var(--taiwa-strength-map-color-9, #2e0140);
  }
  [data-bin='5'],
  [data-bin='6'],
  [data-bin='7'],
  [data-bin='8'],
  [data-bin='9'] {
    --_fg: var(--taiwa-strength-map-ink-light, #ffffff);
  }
  [part~='masked'] {
    border: 1px dashed var(--_color-border);
    color: var(--_color-text-muted);
  }
  [part~='cell']:focus-visible {
    outline: var(--_focus-ring-width) solid var(--_color-focus);
    outline-offset: var(--_focus-ring-offset);
  }
  [part~='cell'][aria-expanded='true'] {
    border: 2px solid var(--_color-text);
    box-shadow: 0 0 0 2px var(--_color-surface) inset;
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
    margin: var(--_space-xs) 0;
    color: var(--_color-text-muted);
    font-size: 0.875em;
  }
  .ramp {
    display: inline-flex;
    gap: 2px;
    vertical-align: middle;
    margin-inline: 0.25rem;
  }
  .scale {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem;
  }
  [part~='needed'],
  [part~='opens'] {
    font-size: 0.75em;
  }
  [part~='who-sees'] {
    margin: var(--_space-xs) 0;
    font-size: 0.875em;
  }
  caption,
  th,
  [part~='who-sees'],
  [part~='legend'] {
    overflow-wrap: anywhere;
  }
  /* Sticky headers: on a phone the table scrolls inside .scroll, its topic column stays in view. */
  tbody th,
  thead th:first-child {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    background: var(--_color-surface);
  }
  @media (max-width: 30rem) {
    [part~='cell'] {
      min-inline-size: var(--taiwa-strength-map-cell-width, 4.25rem);
    }
    thead th {
      max-inline-size: 5rem;
    }
    tbody th {
      max-inline-size: 6rem;
    }
  }
  .ramp span {
    inline-size: 0.875rem;
    block-size: 0.75rem;
    background: var(--_bg);
    border: 1px solid var(--_color-border);
  }
  [part~='pattern'] {
    min-inline-size: var(--taiwa-strength-map-cell-width, 5rem);
    padding: var(--_space-xs);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-s);
    text-align: center;
    line-height: 1.3;
  }
  [part~='pattern'] > span > span {
    display: inline-block;
  }
  [part~='pattern'][part~='hidden'] {
    border-style: dashed;
    color: var(--_color-text-muted);
  }
  [part~='pattern'] [part~='count'],
  [part~='pattern'] [part~='needed'] {
    display: block;
    font-size: 0.75em;
  }
  [part~='read-by'] {
    margin: var(--_space-xs) 0;
    font-size: 0.875em;
    font-weight: 600;
  }
  [part~='detail'] {
    margin-block-start: var(--_space-m);
    padding-block-start: var(--_space-s);
    border-block-start: 1px solid var(--_color-border);
  }
  [part~='detail-title'] {
    margin: 0 0 var(--_space-xs);
    font-size: 1em;
    font-weight: 600;
  }
`;
