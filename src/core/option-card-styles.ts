import { css } from 'lit';

/*
 * The option card, shared by the choice lists (choice-styles.ts) and the level check-in. A module
 * of its own so the check-in, which shows no choice list, carries it alone (esbuild keeps a shared
 * module whole).
 */

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
