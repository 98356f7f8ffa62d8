// The HTTP contract's reference, from openapi.json: each path and method with its parameters, request
// body and statuses, then every schema with its fields. Everything from the document is escaped.
import { h, html, markdown, raw, slug } from './docs-render.mjs';

const prose = (text) => raw(text ? markdown(text, { from: 'openapi.json', page: 'contract.html' }) : '');

/** A schema as a short type text, with `$ref`s linked to their schema's section. */
function typeOf(s, depth = 0) {
  if (!s || depth > 4) return h`<code>unknown</code>`;
  if (s.$ref) {
    const name = s.$ref.split('/').pop();
    return s.$ref.startsWith('#/components/schemas/')
      ? h`<a href="${`#schema-${slug(name)}`}"><code>${name}</code></a>`
      : h`<code>${name}</code>`;
  }
  const alts = s.oneOf ?? s.anyOf;
  if (alts) return raw(alts.map((a) => html(typeOf(a, depth + 1))).join(' | '));
  if (s.allOf) return raw(s.allOf.map((a) => html(typeOf(a, depth + 1))).join(' &amp; '));
  if (s.enum) return raw(s.enum.map((v) => html(h`<code>${JSON.stringify(v)}</code>`)).join(' | '));
  if (s.const !== undefined) return h`<code>${JSON.stringify(s.const)}</code>`;
  if (s.type === 'array') return h`${typeOf(s.items, depth + 1)}<code>[]</code>`;
  if (s.type === 'object' && s.properties) return h`<code>{ ${Object.keys(s.properties).join(', ')} }</code>`;
  const type = Array.isArray(s.type) ? s.type.join(' | ') : (s.type ?? 'any');
  const limits = [
    s.format,
    s.minLength !== undefined && `≥ ${s.minLength} chars`,
    s.maxLength !== undefined && `≤ ${s.maxLength} chars`,
    s.minimum !== undefined && `≥ ${s.minimum}`,
    s.maximum !== undefined && `≤ ${s.maximum}`,
  ]
    .filter(Boolean)
    .join(', ');
  return h`<code>${type}</code>${limits ? h` <span class="limits">(${limits})</span>` : ''}`;
}

const table = (label, head, rows) =>
  h`<div class="table" tabindex="0" role="region" aria-label="${label}"><table>
  <thead><tr>${head.map((c) => h`<th scope="col">${c}</th>`)}</tr></thead>
  <tbody>${rows.map((r) => h`<tr>${r.map((c, i) => (i === 0 ? h`<th scope="row">${c}</th>` : h`<td>${c}</td>`))}</tr>`)}</tbody>
</table></div>`;

function content(c) {
  if (!c) return '';
  return raw(
    Object.entries(c)
      .map(([type, v]) => html(h`<code>${type}</code>: ${typeOf(v.schema)}`))
      .join('<br />'),
  );
}

function operation(doc, path, method, op) {
  const title = `${method.toUpperCase()} ${path}`;
  const params = (op.parameters ?? []).map((p) => (p.$ref ? resolve(doc, p.$ref) : p));
  const responses = Object.entries(op.responses ?? {}).map(([status, r]) => [status, r.$ref ? resolve(doc, r.$ref) : r]);
  const label = `${title}:`;
  return h`<section class="operation" aria-labelledby="${`op-${slug(title)}`}">
<h3 id="${`op-${slug(title)}`}"><code>${title}</code></h3>
${op.summary ? h`<p class="summary">${op.summary}</p>` : ''}
${prose(op.description)}
${
  params.length
    ? h`<h4>Parameters</h4>${table(
        `${label} parameters`,
        ['Name', 'In', 'Required', 'Type', 'Description'],
        params.map((p) => [h`<code>${p.name}</code>`, p.in, p.required ? 'yes' : 'no', typeOf(p.schema), prose(p.description)]),
      )}`
    : ''
}
${op.requestBody ? h`<h4>Request body${op.requestBody.required ? ' (required)' : ''}</h4><p>${content(op.requestBody.content)}</p>${prose(op.requestBody.description)}` : ''}
<h4>Responses</h4>
${table(
  `${label} responses`,
  ['Status', 'Description', 'Body'],
  responses.map(([status, r]) => [h`<code>${status}</code>`, prose(r.description), content(r.content)]),
)}
</section>`;
}

function resolve(doc, ref) {
  return (
    ref
      .replace(/^#\//, '')
      .split('/')
      .reduce((o, k) => o?.[k], doc) ?? {}
  );
}

function schema(name, s) {
  const props = Object.entries(s.properties ?? {});
  const required = new Set(s.required ?? []);
  return h`<section class="schema" aria-labelledby="${`schema-${slug(name)}`}">
<h3 id="${`schema-${slug(name)}`}"><code>${name}</code></h3>
${prose(s.description)}
${
  props.length
    ? table(
        `${name} fields`,
        ['Field', 'Type', 'Required', 'Description'],
        props.map(([k, v]) => [h`<code>${k}</code>`, typeOf(v), required.has(k) ? 'yes' : 'no', prose(v.description)]),
      )
    : h`<p>${typeOf(s)}</p>`
}
</section>`;
}

/** The reference section of the contract page. */
export function contractReference(doc) {
  const ops = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of ['get', 'put', 'post', 'patch', 'delete']) if (item[method]) ops.push(operation(doc, path, method, item[method]));
  }
  const schemas = Object.entries(doc.components?.schemas ?? {}).map(([n, s]) => schema(n, s));
  return html(h`<h2 id="reference">Reference: every path of <code>openapi.json</code></h2>
<p>${doc.info?.title} ${doc.info?.version}, OpenAPI ${doc.openapi}. Generated from <code>openapi.json</code>, which <code>npm run contract</code> writes from the model's schemas.</p>
${prose(doc.info?.description)}
${ops}
<h2 id="schemas">Schemas</h2>
${schemas}`);
}
