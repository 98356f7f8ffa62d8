// One docs page per element of custom-elements.json: its description, a live example in Japanese
// and English (the markup below is what runs on the page, wired by docs/site/live.ts), and tables of
// attributes, properties, events with their detail types, slots, parts, CSS properties and states.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { escape, h, html, markdown, raw } from './docs-render.mjs';

/** Event class name → the text of its `readonly detail` type, read from src/events/*.ts (inherited too). */
export function eventDetails(root) {
  const own = {};
  const parents = {};
  const dir = join(root, 'src/events');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(join(dir, file), 'utf8');
    for (const m of text.matchAll(/export (?:abstract )?class (\w+)(?:<[^>]*>)? extends (\w+)[^{]*\{/g)) {
      parents[m[1]] = m[2];
      const at = text.indexOf('readonly detail:', m.index);
      const next = text.indexOf('export ', m.index + 1);
      if (at < 0 || (next >= 0 && at > next)) continue;
      let depth = 0;
      let end = at + 'readonly detail:'.length;
      for (; end < text.length; end++) {
        const c = text[end];
        if (c === '{' || c === '<' || c === '(') depth++;
        else if (c === '}' || c === '>' || c === ')') depth--;
        else if (c === ';' && depth === 0) break;
      }
      own[m[1]] = text
        .slice(at + 'readonly detail:'.length, end)
        .replace(/\/\*\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .trim();
    }
  }
  const out = {};
  for (const cls of Object.keys(parents)) {
    let c = cls;
    while (c && !own[c]) c = parents[c];
    if (c) out[cls] = own[c];
  }
  return out;
}

/** The detail type of an event type text (`TaiwaSaveEvent<'agenda'>`), its record kind filled in. */
export function detailOf(type, details) {
  const [, cls, arg] = /^(\w+)(?:<(.*)>)?$/.exec(type.trim()) ?? [];
  if (cls === 'Event') return '(none: a native event)';
  const detail = details[cls] ?? '';
  if (/^RecordDetail<\w+>$/.test(detail))
    return arg ? `{ kind: ${arg}; record: RecordMap[${arg}] }` : '{ kind: RecordKind; record: TaiwaRecord } (narrowed by kind)';
  return detail;
}

const table = (caption, head, rows) =>
  rows.length === 0
    ? h`<p class="none">No ${caption.toLowerCase()}.</p>`
    : h`<div class="table" tabindex="0" role="region" aria-label="${caption}"><table>
  <thead><tr>${head.map((c) => h`<th scope="col">${c}</th>`)}</tr></thead>
  <tbody>${rows.map((r) => h`<tr>${r.map((c, i) => (i === 0 ? h`<th scope="row">${c}</th>` : h`<td>${c}</td>`))}</tr>`)}</tbody>
</table></div>`;

const code = (text) => (text === undefined || text === '' ? '' : h`<code>${text}</code>`);
/** A manifest description: Markdown, its raw HTML shown as text. */
const prose = (text) => raw(text ? markdown(text, { from: 'custom-elements.json', page: 'elements/x.html' }) : '');

const LANGS = [
  ['ja', '日本語'],
  ['en', 'English'],
];

const ROLES = { 'mem-1': 'member', 'mgr-1': 'manager', 'admin-1': 'admin' };

/** The script the example runs, as a host would write it (docs/site/live.ts does this for the page). */
function wiring(tag, ex) {
  const adapter = ex.memory
    ? `createMemoryAdapter(organisation, { people }); // the HR sample: ${'{'} session, series, feedback, pulse ${'}'}`
    : `createIndexedDbAdapter({ viewerId: '${ex.viewer}' }); // filled with the demo's sample records`;
  const lines = [
    "import 'taiwa/define';",
    `import { ${ex.memory ? 'createMemoryAdapter' : 'createIndexedDbAdapter'} } from 'taiwa';`,
    '',
    "const provider = document.querySelector('taiwa-provider');",
    `provider.viewer = { id: '${ex.viewer}', role: '${ROLES[ex.viewer]}' };`,
    `provider.adapter = ${adapter}`,
  ];
  if (ex.script) lines.push(`const el = provider.querySelector('${tag}');`, ex.script);
  return lines.join('\n');
}

/** The live example: a language switch, the markup itself (live), and the same markup as code. */
function example(el, ex) {
  if (!ex) return h`<p>No live example.</p>`;
  const id = el.tagName.replace(/^taiwa-/, '');
  return h`<section aria-labelledby="example-heading" class="example">
  <h2 id="example-heading">Live example</h2>
  <p>${ex.note} ${
    ex.memory
      ? "It runs in this page on the browser-only memory adapter over the demo's HR sample organisation (300 people, a year of 1:1s: too much to put into IndexedDB on a first visit)."
      : "It runs in this page on the browser-only IndexedDB adapter, filled with the demo's sample data on your first visit."
  }</p>
  <fieldset class="lang-switch">
    <legend>Language of the example</legend>
    ${LANGS.map(([value, label], i) => h`<label><input type="radio" name="example-lang" value="${value}" ${raw(i === 0 ? 'checked' : '')} /> <span lang="${value}">${label}</span></label>`)}
  </fieldset>
  <div class="stage" data-example="${id}" data-viewer="${ex.viewer}">
${raw(ex.markup)}
  </div>
  <details>
    <summary>The example's markup and script</summary>
    <figure class="code"><pre tabindex="0"><code class="language-html">${ex.markup}</code></pre></figure>
    <figure class="code"><pre tabindex="0"><code class="language-js">${wiring(el.tagName, ex)}</code></pre></figure>
  </details>
</section>`;
}

/** The page body of one element. */
export function elementPage(el, { ex, details, tokens }) {
  const name = el.tagName.replace(/^taiwa-/, '');
  const props = el.properties.filter((p) => p.name !== 'catalog' || !p.inherited);
  return html(h`<h1><code>&lt;${el.tagName}&gt;</code></h1>
<p class="summary">${el.summary}</p>
<p>Class <code>${el.className}</code>, from <code>taiwa</code>; registered by <code>import 'taiwa/${name}'</code> or <code>import 'taiwa/define'</code>. Source: <code>${el.module}</code>.</p>
${prose(el.description)}
${example(el, ex)}
<h2 id="attributes">Attributes</h2>
${table(
  'Attributes',
  ['Attribute', 'Property', 'Type', 'Default', 'Description'],
  el.attributes.map((a) => [code(a.name), code(a.fieldName), code(a.type), code(a.default), prose(a.description)]),
)}
<h2 id="properties">Properties</h2>
${table(
  'Properties',
  ['Property', 'Attribute', 'Type', 'Description'],
  props.map((p) => [
    code(p.name),
    code(p.attribute),
    code(p.type),
    raw(html(prose(p.description)) + (p.readonly ? '<p>Read-only.</p>' : '')),
  ]),
)}
<h2 id="events">Events</h2>
${table(
  'Events',
  ['Event', 'Class', 'detail', 'Description'],
  el.events.map((e) => [code(e.name), code(e.type), code(detailOf(e.type, details)), prose(e.description)]),
)}
<h2 id="slots">Slots</h2>
${table(
  'Slots',
  ['Slot', 'Description'],
  el.slots.map((s) => [s.name ? code(s.name) : '(default)', prose(s.description)]),
)}
<h2 id="parts">CSS parts</h2>
${table(
  'CSS parts',
  ['Part', 'Description'],
  el.parts.map((p) => [code(`::part(${p.name})`), prose(p.description)]),
)}
<h2 id="css-properties">CSS custom properties</h2>
${table(
  'CSS custom properties',
  ['Property', 'Default', 'Description'],
  el.cssProperties.map((p) => [code(p.name), code(p.default), prose(p.description)]),
)}
<details>
  <summary>Theme tokens every element reads (${tokens.length})</summary>
  ${table(
    'Theme tokens',
    ['Token', 'Default', 'Description'],
    tokens.map((t) => [code(t.name), code(t.default), prose(t.description)]),
  )}
</details>
<h2 id="states">Custom states</h2>
${table(
  'Custom states',
  ['State', 'Description'],
  el.states.map((s) => [code(`:state(${s.name})`), prose(s.description)]),
)}
`);
}

export { escape };
