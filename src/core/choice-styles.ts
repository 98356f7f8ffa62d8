import { css } from 'lit';
import { plainFieldset } from './fieldset-styles.js';
import { optionCard } from './option-card-styles.js';

/*
 * Pieces of the lazily loaded element styles that several elements share. A module of its own, not
 * in styles.ts: only their lazily loaded styles import it, so it loads with them (esbuild keeps a
 * shared module whole, and styles.ts is up front).
 */

export { optionCard, plainFieldset };

/** In a module of its own, so a page that never shows a table does not carry it. */
export { tableCells } from './table-cells.js';

/**
 * The option cards of a choice list (`fieldset` › `.options` › `label.option` › input, label, description),
 * shared by the topic picker and the response selector.
 */
export const choiceStyles = css`
  ${plainFieldset}
  ${optionCard}
  fieldset {
    margin: 0;
  }
  legend {
    margin-block-end: var(--_space-s);
  }
  .options {
    display: grid;
    gap: var(--_space-s);
  }
  /* A card is one block, its texts two blocks beside the control: the control is placed at the
     card's start (as the flex row of a card put it), so no wrapper box holds the texts and no flex
     layout measures them. --_control is the control's width with its margins (Chromium's radio:
     5px, 13px, 3px); each element sets its own. */
  .option {
    display: block;
    position: relative;
    padding: var(--_space-s) var(--_space-m);
    padding-inline-start: calc(var(--_space-m) + var(--_control, 21px) + var(--_space-s));
  }
  input {
    position: absolute;
    inset-inline-start: var(--_space-m);
    inline-size: 13px;
    block-size: 13px;
    accent-color: var(--_color-accent);
  }
  .option:has(:disabled) {
    cursor: not-allowed;
    opacity: var(--_disabled-opacity);
    background: var(--_color-disabled-surface);
    color: var(--_color-disabled-text);
  }
  [part=label],
  [part=description] {
    display: block;
  }
  [part=label] {
    font-weight: 600;
  }
  [part=description] {
    color: var(--_color-text-muted);
    font-size: 0.875em;
  }
  /* Every option has its description element; an empty one takes no room. */
  [part=description]:empty {
    display: none;
  }
`;
