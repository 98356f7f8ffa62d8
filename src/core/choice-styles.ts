import { css } from 'lit';

/**
 * The option cards of a choice list (`fieldset` › `.options` › `label.option` › input + `.texts`),
 * shared by the topic picker and the response selector. A module of its own, not in styles.ts: only
 * their lazily loaded styles import it, so it loads with them (esbuild keeps a shared module whole,
 * and styles.ts is up front).
 */
export const choiceStyles = css`
  :host {
    --_accent: var(--taiwa-color-accent, #2f6fde);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    margin-block-end: var(--taiwa-space-s, 0.5rem);
    font-weight: 600;
  }
  .options {
    display: grid;
    gap: var(--taiwa-space-s, 0.5rem);
  }
  .option {
    display: flex;
    gap: var(--taiwa-space-s, 0.5rem);
    align-items: flex-start;
    padding: var(--taiwa-space-s, 0.5rem) var(--taiwa-space-m, 0.75rem);
    border: 1px solid var(--taiwa-color-border, #d0d7de);
    border-radius: var(--taiwa-radius-m, 0.5rem);
    background: var(--taiwa-color-surface, #ffffff);
    cursor: pointer;
  }
  .option:has(:checked) {
    border-color: var(--_accent);
    background: var(--taiwa-color-accent-surface, #eef4ff);
  }
  .option:has(:disabled) {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .option:has(:focus-visible) {
    outline: 2px solid var(--taiwa-color-focus, #2f6fde);
    outline-offset: 2px;
  }
  input {
    accent-color: var(--_accent);
  }
  .texts {
    display: grid;
  }
  [part='label'] {
    font-weight: 600;
  }
  [part='description'] {
    color: var(--taiwa-color-text-muted, #57606a);
    font-size: 0.875em;
  }
`;
