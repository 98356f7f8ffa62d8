import { css } from 'lit';

/*
 * The plain fieldset and the option card, shared by the choice lists (choice-styles.ts) and the
 * level check-in. A module of their own so the check-in, which shows no choice list, carries these
 * two only (esbuild keeps a shared module whole).
 */

/** A fieldset and legend without frame or padding; each element sets its own margins. */
export const plainFieldset = css`
  fieldset {
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    font-weight: 600;
  }
`;

/** A choice as a card (`label.option` holding its input); each element sets its padding. */
export const optionCard = css`
  .option {
    display: flex;
    gap: var(--_space-s);
    align-items: flex-start;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-m);
    background: var(--_color-surface);
    cursor: pointer;
  }
  .option:has(:checked) {
    border-color: var(--_color-selected-border);
    background: var(--_color-accent-surface);
    color: var(--_color-selected-text);
  }
  .option:has(:focus-visible) {
    outline: var(--_focus-ring-width) solid var(--_color-focus);
    outline-offset: var(--_focus-ring-offset);
  }
`;
