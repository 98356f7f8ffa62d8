import { css } from 'lit';

/**
 * Host styles every widget starts from. Each `var()` ends in a literal, so a widget looks right on a
 * page that loaded no theme; a theme sets the `--taiwa-*` tokens once for the whole kit.
 */
export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    color: var(--taiwa-color-text, #1f2328);
    font: var(--taiwa-font-body, 400 1rem/1.6 system-ui, -apple-system, 'Hiragino Sans', 'Noto Sans JP', sans-serif);
  }
  :host([hidden]) {
    display: none;
  }
  [part='error'] {
    margin: 0 0 var(--taiwa-space-m, 0.75rem);
    padding: var(--taiwa-space-s, 0.5rem) var(--taiwa-space-m, 0.75rem);
    border: 1px solid var(--taiwa-color-danger, #b42318);
    border-radius: var(--taiwa-radius-m, 0.5rem);
    background: var(--taiwa-color-danger-surface, #fef3f2);
    color: var(--taiwa-color-danger-text, #7a271a);
  }
  [part='error'] ul {
    margin: 0;
  }
  [part='loading'],
  [part='empty'] {
    color: var(--taiwa-color-text-muted, #57606a);
  }
`;
