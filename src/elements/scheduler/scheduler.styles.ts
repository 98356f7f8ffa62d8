import { css } from 'lit';

/** The scheduler's own styles, over the host styles; they load lazily with the templates. */
export const schedulerStyles = css`
  :host {
    container-type: inline-size;
  }
  form {
    display: grid;
    gap: var(--_space-s);
  }
  h3 {
    margin: 0;
    font-size: 1em;
  }
  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
    gap: var(--_space-s);
  }
  label {
    display: grid;
    gap: var(--_space-xs);
    font-weight: 600;
  }
  input,
  select {
    min-block-size: 2.75rem;
    padding: var(--_space-xs) var(--_space-s);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-m);
    background: var(--_color-surface);
    color: inherit;
    font: inherit;
    font-weight: 400;
  }
  [aria-invalid='true'] {
    border-color: var(--_color-danger);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: center;
  }
  .actions p {
    flex-basis: 100%;
    margin: 0;
  }
  button {
    min-block-size: 2.75rem;
    padding: var(--_space-xs) var(--_space-m);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-m);
    background: var(--_color-surface);
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  button.primary {
    border-color: var(--_color-accent);
    background: var(--_color-accent);
    color: var(--_color-on-accent);
  }
  button.danger {
    border-color: var(--_color-danger);
    color: var(--_color-danger);
  }
  button:disabled {
    opacity: 0.6;
    cursor: progress;
  }
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  a:focus-visible {
    outline: 2px solid var(--_color-focus);
    outline-offset: 2px;
  }
  .muted {
    margin: 0;
    color: var(--_color-text-muted);
    font-size: 0.875em;
  }
  .invalid {
    margin: 0;
    color: var(--_color-danger);
  }
  .series {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: center;
    margin: 0;
  }
  .status p {
    margin: 0;
  }
  a {
    color: var(--_color-link);
  }
`;
