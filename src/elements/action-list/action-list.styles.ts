import { css } from 'lit';

// Loaded lazily with the templates (action-list.views.ts) and adopted after the host styles.
export const styles = css`
  :host {
    --_gap: var(--taiwa-action-list-gap, var(--_space-s, 0.5rem));
  }
  [part='base'],
  [part='add'] {
    display: grid;
    gap: var(--_gap);
  }
  h2,
  h3,
  h4,
  p,
  ul {
    margin: 0;
  }
  ul {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--_gap);
  }
  li {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.5rem;
  }
  [part~='text'] {
    flex: 1 1 12rem;
    overflow-wrap: anywhere;
  }
  [part~='meta'],
  [part='none'],
  [part='note'],
  .help {
    color: var(--_color-text-muted, #555);
    font-size: 0.875em;
  }
  [part='meta'] {
    flex-basis: 100%;
  }
  [part='problem'] {
    color: var(--_color-danger, #b3261e);
  }
  input[type='text'] {
    font: inherit;
    min-width: 0;
    padding: 0.25rem 0.5rem;
  }
  button {
    font: inherit;
    justify-self: start;
  }
  summary {
    cursor: pointer;
  }
`;
