/**
 * A constructed sheet of the text alone (the tracker adopts its `styleSheet`), not Lit's `css`:
 * importing Lit here would put it in a chunk of its own, shared with the tracker's module, one more
 * request before any tracker's content. The text is this module's own, with no interpolation.
 */
function css(text: TemplateStringsArray): { readonly styleSheet: CSSStyleSheet } {
  const styleSheet = new CSSStyleSheet();
  styleSheet.replaceSync(text.join(''));
  return { styleSheet };
}

/**
 * The team view's styles (the distribution, the members' table, the gaps): adopted with its
 * template (level-tracker.team.ts), after the tracker's own, so a member's page never carries them.
 */
export const teamStyles = css`
  button {
    padding: var(--_space-xs) var(--_space-s);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-m);
    background: var(--_color-surface);
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  button:focus-visible {
    outline: 2px solid var(--_color-focus);
    outline-offset: 2px;
  }
  /* The cells of a data table, as core/table-cells.ts gives them (Lit's css there: not imported here). */
  caption {
    text-align: start;
    padding-block-end: var(--_space-xs);
    color: var(--_color-text-muted);
  }
  th,
  td {
    padding: var(--_space-xs) var(--_space-s);
    border-block-end: 1px solid var(--_color-border);
    text-align: start;
  }
  .table {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: 0.875em;
  }
  [part='member-button'] {
    border-color: transparent;
    background: none;
    color: var(--_color-link);
    text-decoration: underline;
    text-align: start;
  }
  .distribution {
    display: grid;
    gap: var(--_space-xs);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part='bar-row'] {
    display: grid;
    grid-template-columns: minmax(8rem, 16rem) 1fr auto;
    gap: var(--_space-s);
    align-items: center;
  }
  .track {
    block-size: 0.75rem;
    border-radius: 999px;
    background: var(--_color-surface-muted);
    overflow: hidden;
  }
  .bar {
    display: block;
    /* --_share (0–1) is set from script by share(): no inline style attribute (strict CSP). */
    inline-size: calc(var(--_share, 0) * 100%);
    block-size: 100%;
    background: var(--_color-accent);
  }
  [part='gaps'] {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  /* The team's table scrolls on its own on a phone; the member column stays in view. */
  [part='members'] {
    display: block;
    max-inline-size: 100%;
    overflow-x: auto;
  }
  [part='members'] tr > :first-child {
    position: sticky;
    inset-inline-start: 0;
    background: var(--_color-surface);
  }
`;
