import { css } from 'lit';

/** The list's own styles, over the host styles; they load lazily with the templates. */
export const listStyles = css`
  :host {
    container-type: inline-size;
  }
  h3 {
    margin: var(--_space-m) 0 var(--_space-s);
    font-size: 1em;
  }
  .list {
    display: grid;
    gap: var(--_space-s);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .session {
    display: grid;
    grid-template-columns: minmax(9rem, auto) 1fr auto;
    gap: var(--_space-xs) var(--_space-m);
    align-items: center;
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-m);
    background: var(--_color-surface);
  }
  .session.cancelled time {
    text-decoration: line-through;
  }
  .when {
    display: grid;
  }
  .states {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
    grid-column: 1 / 3;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .states li {
    padding: 0 var(--_space-s);
    border-radius: var(--_radius-s);
    background: var(--_color-surface-muted);
    font-size: 0.875em;
  }
  .states .done {
    color: var(--_color-success);
  }
  .states .overdue,
  .states .cancelled {
    background: var(--_color-warning-surface);
    color: var(--_color-warning);
    font-weight: 600;
  }
  .step {
    grid-column: 3;
    grid-row: 1 / 3;
    justify-self: end;
  }
  .muted,
  .note {
    color: var(--_color-text-muted);
    font-size: 0.875em;
  }
  button,
  a.step {
    min-block-size: 2.75rem;
    padding: var(--_space-xs) var(--_space-m);
    border: 1px solid var(--_color-accent);
    border-radius: var(--_radius-m);
    background: var(--_color-surface);
    color: var(--_color-link);
    font: inherit;
    cursor: pointer;
    display: inline-flex;
    align-items: center;
  }
  button:focus-visible,
  a:focus-visible {
    outline: 2px solid var(--_color-focus);
    outline-offset: 2px;
  }
  @container (max-width: 480px) {
    .session {
      grid-template-columns: 1fr;
    }
    .states,
    .step {
      grid-column: 1;
      grid-row: auto;
      justify-self: start;
    }
  }
`;
