import { css } from 'lit';

// Loaded lazily with the strings (static views): the kit's up-front bundle carries only host styles.
export const styles = css`
    :host {
      --_warning: var(--taiwa-color-warning, #9a6700);
      --_gap: var(--taiwa-sync-status-gap, 0.5rem);
    }
    [part~='summary'] {
      margin: 0;
      color: var(--taiwa-color-text-muted, #57606a);
    }
    [part~='summary']:empty {
      display: none;
    }
    :host(:state(attention)) [part~='summary'] {
      color: var(--taiwa-color-text, #1f2328);
      font-weight: 600;
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
      padding: var(--taiwa-space-s, 0.5rem) var(--taiwa-space-m, 0.75rem);
      border: 1px solid var(--taiwa-color-border, #d0d7de);
      border-inline-start: 4px solid var(--_warning);
      border-radius: var(--taiwa-radius-m, 0.5rem);
      background: var(--taiwa-color-surface, #ffffff);
    }
    [part~='label'] {
      font-weight: 600;
    }
    [part~='time'] {
      color: var(--taiwa-color-text-muted, #57606a);
      font-size: 0.875em;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--taiwa-space-s, 0.5rem);
    }
    button {
      font: inherit;
      padding: 0.25rem 0.75rem;
      border: 1px solid var(--taiwa-color-border, #d0d7de);
      border-radius: var(--taiwa-radius-m, 0.5rem);
      background: var(--taiwa-color-surface, #ffffff);
      color: inherit;
      cursor: pointer;
    }
    button:focus-visible {
      outline: 2px solid var(--taiwa-color-accent, #2f6fde);
      outline-offset: 2px;
    }
  `;
