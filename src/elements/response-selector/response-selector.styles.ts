import { css } from 'lit';
import { choiceStyles } from '../../core/choice-styles.js';

// Comes with the templates (`static views`) and is adopted after the host styles.
export const styles = css`
  ${choiceStyles}
  [part='group'] {
    margin-block-start: var(--_space-m);
    padding: var(--_space-s) var(--_space-m) var(--_space-m);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-m);
  }
  [part='topic'] {
    padding-inline: var(--_space-xs);
  }
  .options {
    grid-template-columns: repeat(
      var(--taiwa-response-selector-columns, auto-fill),
      minmax(min(100%, var(--taiwa-response-selector-min-width, 14rem)), 1fr)
    );
  }
  .option:has(:checked) {
    box-shadow: inset 0 0 0 1px var(--_color-selected-border);
  }
  :host {
    --_control: 13px;
  }
  input {
    margin: 0.3rem 0 0;
  }
  :host(:state(user-invalid)) [data-missing] {
    outline: 1px solid var(--_color-danger);
    outline-offset: var(--_space-xs);
  }
`;
