import { css } from 'lit';

/**
 * The option cards of a choice list (`fieldset` › `.options` › `label.option` › input + `.texts`),
 * shared by the topic picker and the response selector. A module of its own, not in styles.ts: only
 * their lazily loaded styles import it, so it loads with them (esbuild keeps a shared module whole,
 * and styles.ts is up front).
 */
export const choiceStyles = css`
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    margin-block-end: var(--_space-s);
    font-weight: 600;
  }
  .options {
    display: grid;
    gap: var(--_space-s);
  }
  .option {
    display: flex;
    gap: var(--_space-s);
    align-items: flex-start;
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-m);
    background: var(--_color-surface);
    cursor: pointer;
  }
  .option:has(:checked) {
    border-color: var(--_color-accent);
    background: var(--_color-accent-surface);
  }
  .option:has(:disabled) {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .option:has(:focus-visible) {
    outline: 2px solid var(--_color-focus);
    outline-offset: 2px;
  }
  input {
    accent-color: var(--_color-accent);
  }
  .texts {
    display: grid;
  }
  [part='label'] {
    font-weight: 600;
  }
  [part='description'] {
    color: var(--_color-text-muted);
    font-size: 0.875em;
  }
`;
