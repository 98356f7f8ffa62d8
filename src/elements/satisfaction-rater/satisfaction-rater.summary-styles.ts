/**
 * The summary's styles (its list of answers, the gap table, the member's comment): adopted with its
 * templates, after the form's, once there is an answer to show. A sheet of its own, made here
 * without Lit (this module loads after content, and importing Lit would make it a chunk of its own
 * before content); `css` only marks the text for the build's minifier. The table's cells repeat
 * core/table-cells.ts's two rules, which are Lit's `css` there.
 */
const css = String.raw;

const text = css`
  caption {
    text-align: start;
    padding-block-end: var(--_space-xs);
  }
  th,
  td {
    padding: var(--_space-xs) var(--_space-s);
    border-block-end: 1px solid var(--_color-border);
    text-align: start;
  }
  dl {
    display: grid;
    grid-template-columns: minmax(8rem, auto) 1fr;
    gap: var(--_space-xs) var(--_space-m);
    margin: 0 0 var(--_space-m);
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
    white-space: pre-wrap;
  }
  table {
    border-collapse: collapse;
    margin-block-end: var(--_space-s);
  }
  td {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  [part='gap-note'] {
    margin: 0 0 var(--_space-s);
    font-weight: 600;
  }
  blockquote {
    margin: 0 0 var(--_space-m);
    padding-inline-start: var(--_space-m);
    border-inline-start: 3px solid var(--_color-border);
    white-space: pre-wrap;
  }
  dt,
  dd,
  th {
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  /* A phone (390 px): the summary is one column. */
  @media (max-width: 30rem) {
    dl {
      grid-template-columns: minmax(0, 1fr);
    }
    dd {
      margin-block-end: var(--_space-s);
    }
  }
`;

/** The sheet, where the browser adopts constructed sheets (Lit's own test), else `undefined` (as a `CSSResult`'s `styleSheet`). */
export const summarySheet: CSSStyleSheet | undefined = (() => {
  if (typeof ShadowRoot !== 'function' || !('adoptedStyleSheets' in Document.prototype) || !('replaceSync' in CSSStyleSheet.prototype))
    return undefined;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return sheet;
})();
