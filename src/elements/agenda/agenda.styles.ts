import { css } from 'lit';

// Loaded lazily with the templates and adopted after the host styles (see `static views`).
export const styles = css`
  :host {
    --_border: 1px solid var(--_color-border);
  }
  form,
  section,
  fieldset,
  [part='items'],
  .next {
    display: grid;
    /* One column no wider than the box: no child's min-content widens the agenda. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--taiwa-agenda-gap, 1rem);
    justify-items: stretch;
  }
  fieldset {
    gap: var(--_space-s);
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend,
  .next label {
    padding: 0;
    margin-block-end: var(--_space-s);
    font-weight: 600;
  }
  [part='item'] {
    padding: var(--_space-s) var(--_space-m) var(--_space-m);
    border: var(--_border);
    border-radius: var(--_radius-m);
    background: var(--_color-surface);
  }
  .active {
    border-inline-start: 4px solid var(--_color-accent);
  }
  [part='items'] {
    gap: var(--_space-s);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  p {
    margin: 0;
  }
  [part='proposed'],
  [part='visibility'],
  [part='submitted'],
  [part='note'],
  [part='status'],
  [part='memo-label'],
  .help {
    color: var(--_color-text-muted);
    font-size: 0.875em;
  }
  textarea,
  input,
  select,
  button {
    font: inherit;
    color: inherit;
    padding: 0.25rem var(--_space-s);
    border: var(--_border);
    border-radius: var(--_radius-s);
    background: var(--_color-surface);
    accent-color: var(--_color-accent);
  }
  textarea {
    resize: vertical;
  }
  /* A select is as wide as its longest option (an English topic, 325 px in a phone's 316 px card):
     it shrinks with its box instead, and its open list still shows every label in full. */
  select {
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  [part='share'],
  .actions,
  [part='propose'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: center;
  }
  .next {
    gap: 0.25rem;
    justify-items: start;
  }
  [part='memo-view'] {
    padding: var(--_space-s);
    border-radius: var(--_radius-m);
    background: var(--_color-surface-muted);
  }
  [part='memo-text'] {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  [part='problems'] {
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_color-danger);
    border-radius: var(--_radius-m);
    color: var(--_color-danger-text);
    background: var(--_color-danger-surface);
  }
  ul {
    margin: 0;
  }
  button {
    border-color: var(--_color-accent);
    cursor: pointer;
  }
  [type='submit'] {
    background: var(--_color-accent);
    color: var(--_color-on-accent);
  }
  [aria-disabled='true'] {
    cursor: progress;
    opacity: var(--_disabled-opacity);
  }
  :focus-visible {
    outline: var(--_focus-ring-width) solid var(--_color-focus);
    outline-offset: var(--_focus-ring-offset);
  }
  [tabindex='-1']:focus:not(:focus-visible) {
    outline: none;
  }
  form + [part='status'],
  section + [part='status'] {
    margin-block-start: var(--_space-s);
  }
`;

/**
 * The inner controls' parts, re-exported (`exportparts`) under a prefix so a host page styles the
 * agenda's picker, selector and hint panels with `taiwa-agenda::part(topic-option)` and so on.
 */
const exported = (prefix: string, parts: readonly string[]) => parts.map((p) => `${p}: ${p === prefix ? p : `${prefix}-${p}`}`).join(', ');
export const TOPIC_PARTS = exported('topic', ['legend', 'options', 'option', 'control', 'label', 'description', 'status']);
export const RESPONSE_PARTS = exported('response', ['legend', 'group', 'topic', 'options', 'option', 'control', 'label', 'description']);
export const HINT_PARTS = exported('hint', ['heading', 'cell', 'weak', 'group', 'instruction', 'hint', 'option', 'control', 'text', 'tag', 'general', 'about', 'summary', 'table', 'status']);
