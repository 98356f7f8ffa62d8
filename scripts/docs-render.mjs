// The docs site's HTML: Markdown through `marked` with every raw HTML token written as text (a README
// or manifest can never inject markup), heading ids as GitHub makes them, links between the repo's
// Markdown files rewritten to the site's pages, and the page shell every page shares.
import { Marked } from 'marked';
import { posix } from 'node:path';

export const REPO = 'https://github.com/taiwa-kit/taiwa/blob/main/';

/** Text for HTML text or a quoted attribute value. */
export function escape(text) {
  return String(text ?? '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** Tagged template: every interpolation escaped, except values wrapped with `raw()`. */
export function h(strings, ...values) {
  let out = strings[0];
  values.forEach((v, i) => {
    out += render(v) + strings[i + 1];
  });
  return raw(out);
}
const RAW = Symbol('raw');
export const raw = (html) => ({ [RAW]: String(html) });
function render(v) {
  if (v === undefined || v === null || v === false) return '';
  if (Array.isArray(v)) return v.map(render).join('');
  if (typeof v === 'object' && RAW in v) return v[RAW];
  return escape(v);
}
export const html = (v) => render(v);

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
export function slug(text) {
  return text
    .toLowerCase()
    .replace(/<[^>]*>/g, '')
    .replace(/&[a-z0-9#]+;/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

/** The site page a repository path is published as, or undefined. */
export const PAGES = {
  'README.md': 'index.html',
  'docs/adapters.md': 'adapters.html',
  'docs/contract.md': 'contract.html',
  'docs/quick-start.md': 'quick-start.html',
  'openapi.json': 'contract.html#reference',
};

/** Parses a code block's info string: ```tsx host=react file=src/App.tsx → { lang, host, file }. */
export function infoOf(info = '') {
  const [lang = '', ...rest] = info.trim().split(/\s+/);
  const out = { lang };
  for (const pair of rest) {
    const [k, v] = pair.split('=');
    if (k && v) out[k] = v;
  }
  return out;
}

/**
 * Markdown from `from` (a repository path) as HTML for a page at `page` (a site path). Relative links
 * to published files go to their page; to other repository files, to the repository.
 */
export function markdown(text, { from, page }) {
  const marked = new Marked({ gfm: true });
  const up = '../'.repeat(page.split('/').length - 1);
  const seen = new Map();
  marked.use({
    renderer: {
      html: (source) => escape(source),
      heading(text, level, rawText) {
        let id = slug(rawText);
        const n = seen.get(id) ?? 0;
        seen.set(id, n + 1);
        if (n) id = `${id}-${n}`;
        return `<h${level} id="${escape(id)}">${text}</h${level}>\n`;
      },
      code(code, info) {
        const { lang, host, file } = infoOf(info);
        const caption = file ? `<p class="file">${escape(file)}</p>` : '';
        const data = host ? ` data-host="${escape(host)}"` : '';
        return `<figure class="code"${data}>${caption}<pre tabindex="0"><code class="language-${escape(lang)}">${escape(code)}</code></pre></figure>\n`;
      },
      link(href, title, text) {
        const target = linkTarget(href, from, up);
        const t = title ? ` title="${escape(title)}"` : '';
        return `<a href="${escape(target)}"${t}>${text}</a>`;
      },
      image(href, _title, text) {
        return escape(text);
      },
      table(header, body) {
        // An empty header cell (a layout column in the README) is no header: axe wants th text.
        return `<div class="table" tabindex="0"><table><thead>${header.replace(/<th([^>]*)><\/th>/g, '<td$1></td>')}</thead><tbody>${body}</tbody></table></div>\n`;
      },
    },
  });
  return marked.parse(text);
}

function linkTarget(href, from, up) {
  if (/^(https?:|mailto:)/.test(href)) return href;
  // Any other scheme (javascript:, data:) is no link a page of ours makes.
  if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return '#';
  if (href.startsWith('#')) return href;
  const [path, hash] = href.split('#');
  const repoPath = posix.normalize(posix.join(posix.dirname(from), path)).replace(/\/$/, '');
  const page = PAGES[repoPath];
  if (page) return up + (hash && !page.includes('#') ? `${page}#${hash}` : page);
  return REPO + repoPath + (hash ? `#${hash}` : '');
}

/** The shell of every page: skip link, site navigation, the elements list, main. */
export function shell({ page, title, body, elements, script }) {
  const up = '../'.repeat(page.split('/').length - 1);
  // label is HTML made here from escaped parts.
  const link = (href, label) => `<a href="${escape(up + href)}"${href === page ? ' aria-current="page"' : ''}>${label}</a>`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>${escape(title)} · Taiwa</title>
    <link rel="stylesheet" href="${up}themes/light.css" />
    <link rel="stylesheet" href="${up}assets/site.css" />
    ${script ? `<script type="module" src="${up}${script}"></script>` : ''}
  </head>
  <body>
    <a class="skip" href="#main">Skip to content</a>
    <header>
      <p class="brand"><a href="${up}index.html">Taiwa 対話</a></p>
      <nav aria-label="Guides">
        <ul>
          <li>${link('index.html', 'Overview')}</li>
          <li>${link('quick-start.html', 'Quick start')}</li>
          <li>${link('adapters.html', 'Writing an adapter')}</li>
          <li>${link('contract.html', 'HTTP contract')}</li>
        </ul>
      </nav>
    </header>
    <div class="layout">
      <nav aria-label="Elements" class="elements">
        <h2>Elements</h2>
        <ul>
          ${elements.map((tag) => `<li>${link(`elements/${tag.replace(/^taiwa-/, '')}.html`, `<code>${escape(tag)}</code>`)}</li>`).join('\n          ')}
        </ul>
      </nav>
      <main id="main">
${body}
      </main>
    </div>
  </body>
</html>
`;
}
