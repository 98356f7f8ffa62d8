// Minifies the text of Lit's css`` and html`` tagged templates, the way a production build of a Lit
// kit does (esbuild minifies the JavaScript around them but leaves template text alone). Used by the
// package build and by the size measurement, so what is measured is what ships.
import { readFile } from 'node:fs/promises';

function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

/** Whitespace that spans a line break collapses to one space: what HTML rendering does anyway. */
function minifyHtml(text) {
  return text.replace(/\s*\n\s*/g, ' ');
}

/**
 * Walks the source once, rewriting the static parts of css`` and html`` templates (expressions in
 * `${}` are left as they are, nested templates included).
 */
export function minifyCssLiterals(source) {
  let out = '';
  const n = source.length;
  // Copies a template starting after its opening backtick; returns the index after the closing one.
  const template = (start, tag) => {
    let j = start;
    let quasi = '';
    const flush = () => {
      out += tag === 'css' ? minifyCss(quasi) : tag === 'html' ? minifyHtml(quasi) : quasi;
      quasi = '';
    };
    while (j < n) {
      const c = source[j];
      if (c === '\\') {
        quasi += source.slice(j, j + 2);
        j += 2;
      } else if (c === '`') {
        flush();
        out += '`';
        return j + 1;
      } else if (c === '$' && source[j + 1] === '{') {
        flush();
        out += '${';
        j = code(j + 2, true);
      } else {
        quasi += c;
        j++;
      }
    }
    flush();
    return j;
  };
  // Copies code until the matching `}` (when nested) or the end; returns the index after it.
  const code = (start, nested) => {
    let j = start;
    let depth = 0;
    while (j < n) {
      const c = source[j];
      if (c === '`') {
        const tag = /(\bcss|\bhtml)\s*$/.exec(source.slice(Math.max(0, j - 8), j))?.[1];
        out += '`';
        j = template(j + 1, tag);
      } else if (c === "'" || c === '"') {
        let k = j + 1;
        while (k < n && source[k] !== c) k += source[k] === '\\' ? 2 : 1;
        out += source.slice(j, k + 1);
        j = k + 1;
      } else if (c === '/' && source[j + 1] === '/') {
        const k = source.indexOf('\n', j);
        j = k < 0 ? n : k;
      } else if (c === '/' && source[j + 1] === '*') {
        const k = source.indexOf('*/', j + 2);
        j = k < 0 ? n : k + 2;
      } else {
        if (c === '{') depth++;
        if (c === '}') {
          if (nested && depth === 0) {
            out += '}';
            return j + 1;
          }
          depth--;
        }
        out += c;
        j++;
      }
    }
    return j;
  };
  code(0, false);
  return out;
}

/** An esbuild plugin applying minifyCssLiterals to the project's TypeScript sources. */
export const cssLiteralsPlugin = {
  name: 'css-literals',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => ({
      contents: minifyCssLiterals(await readFile(args.path, 'utf8')),
      loader: 'ts',
    }));
  },
};
