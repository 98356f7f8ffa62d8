import { css } from 'lit';
import { choiceStyles } from '../../core/choice-styles.js';

// Loaded lazily with the templates and adopted after the host styles (see `static views`).
export const styles = css`
  ${choiceStyles}
  :host {
    --_border: var(--taiwa-color-border, #d0d7de);
    --_radius: var(--taiwa-radius-m, 0.5rem);
  }
  [part='group'] {
    margin-block-start: var(--taiwa-space-m, 0.75rem);
    padding: var(--taiwa-space-s, 0.5rem) var(--taiwa-space-m, 0.75rem) var(--taiwa-space-m, 0.75rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  [part='topic'] {
    padding-inline: var(--taiwa-space-xs, 0.25rem);
  }
  .options {
    grid-template-columns: repeat(
      var(--taiwa-response-selector-columns, auto-fill),
      minmax(min(100%, var(--taiwa-response-selector-min-width, 14rem)), 1fr)
    );
  }
  .option:has(:checked) {
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  input {
    margin: 0.3rem 0 0;
    flex: none;
  }
  :host(:state(user-invalid)) [data-missing] {
    outline: 1px solid var(--taiwa-color-danger, #b42318);
    outline-offset: var(--taiwa-space-xs, 0.25rem);
  }
`;
