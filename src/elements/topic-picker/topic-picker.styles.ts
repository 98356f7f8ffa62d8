import { css } from 'lit';
import { choiceStyles } from '../../core/choice-styles.js';

// In the element's module with its templates, adopted after the host styles (the element's `static styles`).
export const styles = css`
  ${choiceStyles}
  /* Chromium's checkbox: 4px, 13px, 3px. */
  :host([multiple]) {
    --_control: 20px;
  }
  .options {
    grid-template-columns: repeat(
      var(--taiwa-topic-picker-columns, auto-fill),
      minmax(min(100%, var(--taiwa-topic-picker-min-width, 14rem)), 1fr)
    );
  }
  [part='status'] {
    min-height: 1.5em;
    margin: 0;
    color: var(--_color-text-muted);
    font-size: 0.875em;
  }
  :host(:state(user-invalid)) fieldset {
    outline: 1px solid var(--_color-danger);
    outline-offset: var(--_space-xs);
  }
`;
