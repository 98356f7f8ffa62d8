import { css } from 'lit';

/**
 * The kit's theme tokens. A theme sets them once for the whole kit (on `:root` or any ancestor);
 * each widget maps them once on its `:host` to a private copy (`--taiwa-color-accent` →
 * `--_color-accent`) whose fallback is the literal below, so every literal is written once in the
 * kit and a widget looks right on a page that loaded no theme (a token whose default is another
 * token falls back to that token's private copy, declared on the same `:host`). The manifest lists
 * these tokens once, on `TaiwaElement`, from the `@cssproperty` lines here.
 *
 * @cssproperty [--taiwa-color-text=#1f2328] - Body text.
 * @cssproperty [--taiwa-color-text-muted=#57606a] - Secondary text: descriptions, hints, loading and empty states.
 * @cssproperty [--taiwa-color-surface=#ffffff] - Background of cards, options and inputs.
 * @cssproperty [--taiwa-color-surface-muted=#f0f2f5] - Background of quiet areas: tracks, read-only memos.
 * @cssproperty [--taiwa-color-border=#d0d7de] - Borders of cards, options and inputs.
 * @cssproperty [--taiwa-color-accent=#2f6fde] - The brand colour: chosen options, buttons, the member's series.
 * @cssproperty [--taiwa-color-accent-surface=#eef4ff] - Background of a chosen option.
 * @cssproperty [--taiwa-color-on-accent=#ffffff] - Text on the accent colour.
 * @cssproperty [--taiwa-color-focus=#2f6fde] - The focus ring.
 * @cssproperty [--taiwa-focus-ring-width=2px] - Width of the focus ring.
 * @cssproperty [--taiwa-focus-ring-offset=2px] - Gap between a control and its focus ring.
 * @cssproperty [--taiwa-color-selected-border=var(--taiwa-color-accent)] - Border of a chosen option (its background is `--taiwa-color-accent-surface`).
 * @cssproperty [--taiwa-color-selected-text=var(--taiwa-color-text)] - Text of a chosen option.
 * @cssproperty [--taiwa-color-disabled-surface=var(--taiwa-color-surface)] - Background of a disabled option.
 * @cssproperty [--taiwa-color-disabled-text=var(--taiwa-color-text)] - Text of a disabled option.
 * @cssproperty [--taiwa-disabled-opacity=0.6] - Opacity of a disabled option (a theme that greys it out sets 1).
 * @cssproperty [--taiwa-color-link=#1f5bc4] - Links and link-like buttons.
 * @cssproperty [--taiwa-color-success=#1a7f37] - Saved and sent states.
 * @cssproperty [--taiwa-color-warning=#9a6700] - Waiting and needs-attention states.
 * @cssproperty [--taiwa-color-warning-surface=#fff8c5] - Background of a warning.
 * @cssproperty [--taiwa-color-danger=#b42318] - Errors and invalid fields.
 * @cssproperty [--taiwa-color-danger-surface=#fef3f2] - Background of an error block.
 * @cssproperty [--taiwa-color-danger-text=#7a271a] - Text of an error block.
 * @cssproperty [--taiwa-space-xs=0.25rem] - The smallest gap.
 * @cssproperty [--taiwa-space-s=0.5rem] - A small gap: between options, inside cards.
 * @cssproperty [--taiwa-space-m=0.75rem] - A medium gap: card padding.
 * @cssproperty [--taiwa-space-l=1rem] - A large gap: between sections.
 * @cssproperty [--taiwa-radius-s=0.25rem] - Corners of small things: cells, tags.
 * @cssproperty [--taiwa-radius-m=0.5rem] - Corners of cards, options and buttons.
 * @cssproperty [--taiwa-font-body=400 1rem/1.6 system-ui, -apple-system, 'Hiragino Sans', 'Noto Sans JP', sans-serif] - The `font` shorthand of every widget.
 */
export const hostStyles = css`
  :host {
    --_color-text: var(--taiwa-color-text, #1f2328);
    --_color-text-muted: var(--taiwa-color-text-muted, #57606a);
    --_color-surface: var(--taiwa-color-surface, #ffffff);
    --_color-surface-muted: var(--taiwa-color-surface-muted, #f0f2f5);
    --_color-border: var(--taiwa-color-border, #d0d7de);
    --_color-accent: var(--taiwa-color-accent, #2f6fde);
    --_color-accent-surface: var(--taiwa-color-accent-surface, #eef4ff);
    --_color-on-accent: var(--taiwa-color-on-accent, #ffffff);
    --_color-focus: var(--taiwa-color-focus, #2f6fde);
    --_focus-ring-width: var(--taiwa-focus-ring-width, 2px);
    --_focus-ring-offset: var(--taiwa-focus-ring-offset, 2px);
    --_color-selected-border: var(--taiwa-color-selected-border, var(--_color-accent));
    --_color-selected-text: var(--taiwa-color-selected-text, var(--_color-text));
    --_color-disabled-surface: var(--taiwa-color-disabled-surface, var(--_color-surface));
    --_color-disabled-text: var(--taiwa-color-disabled-text, var(--_color-text));
    --_disabled-opacity: var(--taiwa-disabled-opacity, 0.6);
    --_color-link: var(--taiwa-color-link, #1f5bc4);
    --_color-success: var(--taiwa-color-success, #1a7f37);
    --_color-warning: var(--taiwa-color-warning, #9a6700);
    --_color-warning-surface: var(--taiwa-color-warning-surface, #fff8c5);
    --_color-danger: var(--taiwa-color-danger, #b42318);
    --_color-danger-surface: var(--taiwa-color-danger-surface, #fef3f2);
    --_color-danger-text: var(--taiwa-color-danger-text, #7a271a);
    --_space-xs: var(--taiwa-space-xs, 0.25rem);
    --_space-s: var(--taiwa-space-s, 0.5rem);
    --_space-m: var(--taiwa-space-m, 0.75rem);
    --_space-l: var(--taiwa-space-l, 1rem);
    --_radius-s: var(--taiwa-radius-s, 0.25rem);
    --_radius-m: var(--taiwa-radius-m, 0.5rem);
    display: block;
    box-sizing: border-box;
    color: var(--_color-text);
    font: var(--taiwa-font-body, 400 1rem/1.6 system-ui, -apple-system, 'Hiragino Sans', 'Noto Sans JP', sans-serif);
  }
  :host([hidden]) {
    display: none;
  }
  [part='error'] {
    margin: 0 0 var(--_space-m);
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_color-danger);
    border-radius: var(--_radius-m);
    background: var(--_color-danger-surface);
    color: var(--_color-danger-text);
  }
  [part='error'] ul {
    margin: 0;
  }
  [part='loading'],
  [part='empty'] {
    color: var(--_color-text-muted);
  }
`;
