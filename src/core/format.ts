/**
 * `format` of core/locale.ts, for the lazily loaded parts (src/core/part-element.ts): the parts
 * were the only modules after the page's content that imported core/locale.ts, which made it (with
 * the shared English words) a file of its own before every page's content. A copy of its one line,
 * so the parts bring it with them; test/core/format-copy.test.ts keeps the two the same.
 */

/** Fills `{name}` placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (all, key: string) => (key in values ? String(values[key]) : all));
}
