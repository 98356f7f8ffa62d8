import { css } from 'lit';
import { plainFieldset } from '../../core/fieldset-styles.js';
import { optionCard } from '../../core/option-card-styles.js';

// Comes with the templates (`static views`) and is adopted after the host styles. The plain
// fieldset and the option card come from their own module, not choice-styles.ts, which holds the
// choice list's cards too (the check-in never shows them).
export const checkInStyles = css`
  ${plainFieldset}
  ${optionCard}
  fieldset {
    margin: 0;
  }
  legend {
    margin-block-end: var(--_space-xs);
  }
  [part='help'] {
    margin: 0 0 var(--_space-s);
    color: var(--_color-text-muted);
    font-size: 0.875em;
  }
  .options {
    display: grid;
    gap: var(--_space-xs);
    grid-template-columns: repeat(var(--taiwa-level-check-in-columns, 1), minmax(0, 1fr));
  }
  .option {
    padding: var(--_space-xs) var(--_space-m);
  }
  fieldset:disabled .option {
    cursor: not-allowed;
    opacity: var(--_disabled-opacity);
  }
  input {
    margin: 0.3rem 0 0;
    accent-color: var(--_color-accent);
    flex: none;
  }
  .texts {
    display: grid;
  }
  [part='description'] {
    color: var(--_color-text-muted);
    font-size: 0.875em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-m);
    align-items: center;
    margin-block-start: var(--_space-m);
  }
  [part='submit'] {
    padding: var(--_space-xs) var(--_space-m);
    border: 1px solid var(--_color-accent);
    border-radius: var(--_radius-m);
    background: var(--_color-accent);
    color: var(--_color-on-accent);
    font: inherit;
    cursor: pointer;
  }
  [part='submit']:focus-visible {
    outline: var(--_focus-ring-width) solid var(--_color-focus);
    outline-offset: var(--_focus-ring-offset);
  }
  [part='submit']:disabled,
  [part='submit'][aria-disabled='true'] {
    cursor: not-allowed;
    opacity: var(--_disabled-opacity);
  }
  [part='status'] {
    min-height: 1.5em;
    margin: 0;
    color: var(--_color-text-muted);
    font-size: 0.875em;
  }
  [part='problem'] {
    margin: var(--_space-m) 0 0;
    color: var(--_color-danger-text);
    font-weight: 600;
  }
  :host(:state(user-invalid)) fieldset {
    outline: 1px solid var(--_color-danger);
    outline-offset: var(--_space-xs);
  }
`;
