import { css } from 'lit';

// Loaded lazily with the strings (static views): the kit's up-front bundle carries only host styles.
export const styles = css`
    :host {
      --_gap: var(--taiwa-sync-status-gap, 0.5rem);
    }
    [part~='summary'] {
      margin: 0;
      color: var(--_color-text-muted);
    }
    [part~='summary']:empty {
      display: none;
    }
    :host(:state(attention)) [part~='summary'] {
      color: var(--_color-text);
      font-weight: 600;
    }
    /* A refused write: a framed, bold line with the warning edge, never a faint grey one. */
    [part~='alert'] {
      padding: var(--_space-s) var(--_space-m);
      border: 1px solid var(--_color-warning);
      border-inline-start: 6px solid var(--_color-warning);
      border-radius: var(--_radius-m);
      background: var(--_color-surface);
      overflow-wrap: anywhere;
    }
    [part~='reason'],
    [part~='label'] {
      overflow-wrap: anywhere;
    }
    .list {
      display: grid;
      gap: var(--_gap);
      margin: var(--_gap) 0 0;
      padding: 0;
      list-style: none;
    }
    .item {
      display: grid;
      gap: 0.25rem;
      padding: var(--_space-s) var(--_space-m);
      border: 1px solid var(--_color-border);
      border-inline-start: 4px solid var(--_color-warning);
      border-radius: var(--_radius-m);
      background: var(--_color-surface);
    }
    [part~='label'] {
      font-weight: 600;
    }
    [part~='time'] {
      color: var(--_color-text-muted);
      font-size: 0.875em;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-s);
    }
    button {
      font: inherit;
      padding: 0.25rem 0.75rem;
      border: 1px solid var(--_color-border);
      border-radius: var(--_radius-m);
      background: var(--_color-surface);
      color: inherit;
      cursor: pointer;
    }
    button:focus-visible {
      outline: 2px solid var(--_color-accent);
      outline-offset: 2px;
    }
  `;
