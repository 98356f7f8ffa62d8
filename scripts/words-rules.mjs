// The glossary's "not" words (/work/shared/GLOSSARY.md, README "Words"), as rules over text.
// Pure: no Node imports, so the browser tests run it on fixtures and scripts/check-words.mjs on the
// project. A finding names the line, the word and the replacement.

/** Japanese words the glossary replaces, matched in Japanese strings. `allow` spares one sense. */
export const JA_RULES = [
  { word: '評価', use: 'すっきり度（メンバーの回答）／回答（フォームへの回答）', why: '評価 reads as 人事評価' },
  { word: '提出', use: '共有する', why: 'the member shares the agenda with the manager' },
  { word: '上長', use: 'マネジャー', why: 'one word for the manager' },
  {
    word: '上司',
    use: 'マネジャー',
    why: '上司 only for the manager’s manager (その上の上司, 上司（部長・本部長）)',
    allow: /その上の上司|上司（部長/g,
  },
  { word: 'マネージャー', use: 'マネジャー', why: 'one spelling' },
  { word: 'チェックイン', use: '振り返り', why: 'チェックイン is the opening round in Japanese practice' },
  { word: 'ふりかえり', use: '振り返り', why: 'one spelling' },
  { word: '1on1ミーティング', use: '1on1', why: 'one word for the meeting' },
  { word: '面談', use: '1on1', why: 'one word for the meeting' },
  { word: '回答スタイル', use: '対応', why: 'how the member wants the manager to respond' },
  { word: 'サインイン', use: 'ログイン', why: 'intranet convention' },
  { word: '部下', use: 'メンバー', why: '部下 only inside quoted seed text' },
  { word: '全社', use: '組織平均', why: 'one term for the organisation-wide comparison' },
  { word: '\u3007', use: '○ (U+25CB)', why: 'the placeholder is U+25CB, not U+3007' },
  { word: '…は？', use: '…を教えてください／…を選んでください', why: 'です・ます throughout, no casual fragments', pattern: /は？\s*$/ },
];

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff01-\uff60]/;
/** "1on1" as a word of English prose, not inside an id, tag name or path (`taiwa-1on1`, `1on1-x`). */
const EN_1ON1 = /(?<![\w\-./])1on1(?![-_/]\w)/;
/** The same, in a text that mixes languages: "1on1" right next to Japanese is Japanese (次回の1on1). */
const EN_1ON1_MIXED = /(?<![\w\-./\u3040-\u30ff\u3400-\u9fff])1on1(?![-_/]\w)(?![\u3040-\u30ff\u3400-\u9fff])/;
/** A line that says so keeps its words (a quote of the seed, a note about the glossary itself). */
const ALLOW = /words:\s*allow/;

/**
 * @typedef {{ line: number; word: string; use: string; why: string; text: string }} Finding
 * @typedef {{ text: string; line: number }} Piece
 */

/** Where each offset's line starts, for 1-based line numbers. */
function lineAt(source) {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/**
 * The string literals of a TypeScript / JavaScript source (template texts included), with their
 * lines; comments are skipped. Enough of a tokenizer for data files and element code: strings,
 * comments, templates with `${}` nesting, and regular expression literals after an operator.
 * @returns {Piece[]}
 */
export function stringsOf(source) {
  const line = lineAt(source);
  /** @type {Piece[]} */
  const out = [];
  let i = 0;
  let prev = '';
  const depth = []; // brace depth per open template `${`
  let braces = 0;
  const n = source.length;
  const readQuoted = (quote) => {
    const start = i++;
    let text = '';
    while (i < n && source[i] !== quote && source[i] !== '\n') {
      if (source[i] === '\\') {
        text += source[i + 1] ?? '';
        i += 2;
      } else text += source[i++];
    }
    i++;
    out.push({ text, line: line(start) });
  };
  const readTemplate = () => {
    // At the first character after ` or }: read text up to ` or ${.
    const start = i;
    let text = '';
    while (i < n && source[i] !== '`' && !(source[i] === '$' && source[i + 1] === '{')) {
      if (source[i] === '\\') {
        text += source[i + 1] ?? '';
        i += 2;
      } else text += source[i++];
    }
    // One piece per line, so a finding in a long template names its own line.
    if (text) text.split('\n').forEach((t, k) => t && out.push({ text: t, line: line(start) + k }));
    if (source[i] === '`') {
      i++;
      prev = 'x';
    } else {
      i += 2;
      depth.push(braces);
      prev = '(';
    }
  };
  while (i < n) {
    const c = source[i];
    if (c === '/' && source[i + 1] === '/') {
      while (i < n && source[i] !== '\n') i++;
    } else if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
    } else if (c === "'" || c === '"') {
      readQuoted(c);
      prev = 'x';
    } else if (c === '`') {
      i++;
      readTemplate();
    } else if (c === '/' && (prev === '' || '(,=:[!&|?{};+-*%<>~^'.includes(prev))) {
      // A regular expression literal: skip it, classes included.
      i++;
      let inClass = false;
      while (i < n && source[i] !== '\n') {
        if (source[i] === '\\') i += 2;
        else if (source[i] === '[' || source[i] === ']') {
          inClass = source[i] === '[';
          i++;
        } else if (source[i] === '/' && !inClass) break;
        else i++;
      }
      i++;
      prev = 'x';
    } else if (c === '{') {
      braces++;
      prev = c;
      i++;
    } else if (c === '}') {
      if (depth.length && depth[depth.length - 1] === braces) {
        depth.pop();
        i++;
        readTemplate();
      } else {
        braces--;
        prev = c;
        i++;
      }
    } else {
      if (!/\s/.test(c)) prev = /[\w$)\]]/.test(c) ? 'x' : c;
      i++;
    }
  }
  return out;
}

/**
 * The prose of a Markdown or HTML text, line by line: fenced code blocks, inline code, link targets,
 * HTML comments and tags are left out.
 * @returns {Piece[]}
 */
export function proseOf(source) {
  /** @type {Piece[]} */
  const out = [];
  let fenced = false;
  let allowed = false;
  const text = source.replace(/<!--[\s\S]*?-->/g, (m) => m.replace(/[^\n]/g, ' '));
  const lines = text.split('\n');
  const raw = source.split('\n');
  lines.forEach((l, k) => {
    if (/^\s*(```|~~~)/.test(l)) {
      fenced = !fenced;
      return;
    }
    if (fenced) return;
    // `<!-- words: allow-start -->` … `<!-- words: allow-end -->` spares a block (a table of the glossary).
    if (/words:\s*allow-start/.test(raw[k] ?? '')) allowed = true;
    if (/words:\s*allow-end/.test(raw[k] ?? '')) allowed = false;
    if (allowed || ALLOW.test(raw[k] ?? '')) return;
    const prose = l
      .replace(/`[^`]*`/g, ' ')
      .replace(/\]\([^)]*\)/g, ']')
      .replace(/<[^>]*>/g, ' ');
    out.push({ text: prose, line: k + 1 });
  });
  return out;
}

/**
 * Findings in the pieces of one file. Japanese rules apply to pieces with Japanese text; "1on1"
 * counts as English prose in an English file (`en`), and elsewhere in a piece with no Japanese and
 * a space (an English sentence, not an id).
 * @param {Piece[]} pieces
 * @param {{ en?: boolean; ja?: boolean }} kind
 * @returns {Finding[]}
 */
export function findingsIn(pieces, kind = {}) {
  /** @type {Finding[]} */
  const out = [];
  for (const { text, line } of pieces) {
    if (ALLOW.test(text)) continue;
    const japanese = JAPANESE.test(text);
    if (japanese || kind.ja) {
      for (const rule of JA_RULES) {
        const spared = rule.allow ? text.replace(rule.allow, '') : text;
        if (rule.pattern ? rule.pattern.test(spared) : spared.includes(rule.word))
          out.push({ line, word: rule.word, use: rule.use, why: rule.why, text });
      }
    }
    // An English file's strings are English; elsewhere a piece with a space is prose, not an id.
    const english = kind.en ? EN_1ON1.test(text) : !kind.ja && /\s/.test(text.trim()) && EN_1ON1_MIXED.test(text);
    if (english) out.push({ line, word: '1on1', use: '1:1', why: 'English prose says 1:1; 1on1 stays in ids and tag names', text });
  }
  return out;
}

/** One line per finding: `file:line: "word" → use (why)`. */
export function formatFinding(file, f) {
  const excerpt = f.text.trim().replace(/\s+/g, ' ').slice(0, 80);
  return `${file}:${f.line}: "${f.word}" → ${f.use} (${f.why}): ${excerpt}`;
}

/** The findings of one file by its path and text: TypeScript string literals, or Markdown / HTML prose. */
export function checkFile(path, source) {
  const en = /(^|\/)en\.ts$/.test(path);
  const ja = /(^|\/)ja\.ts$/.test(path);
  if (/\.(md|html)$/.test(path)) return findingsIn(proseOf(source), { en, ja });
  // In code, `// words: allow` on the line spares it (comments are not read as strings).
  const allowed = new Set(source.split('\n').flatMap((l, k) => (ALLOW.test(l) ? [k + 1] : [])));
  return findingsIn(stringsOf(source), { en, ja }).filter((f) => !allowed.has(f.line));
}
