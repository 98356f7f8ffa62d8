import { expect } from '@open-wc/testing';
import { checkFile, formatFinding, stringsOf } from '../../scripts/words-rules.mjs';

/** A fixture file as it is on disk (`.fixture`: the test server serves it untransformed). */
async function fixture(name: string): Promise<string> {
  const res = await fetch(new URL(`../fixtures/words/${name}.fixture`, import.meta.url));
  expect(res.ok, name).to.equal(true);
  return res.text();
}
const found = async (name: string) => checkFile(`test/fixtures/words/${name}`, await fixture(name)).map((f) => `${f.line} ${f.word}`);

describe('scripts/check-words (the glossary check in npm test)', () => {
  it('fails on each word the glossary replaces in Japanese strings, and spares the allowed senses', async () => {
    expect(await found('ja.ts')).to.deep.equal(['3 評価', '4 提出', '5 上長', '6 上司', '8 チェックイン', '9 \u3007', '12 …は？']);
  });

  it('fails on "1on1" in English prose, not in ids, tag names, code or Japanese', async () => {
    expect(await found('en.ts')).to.deep.equal(['3 1on1', '4 1on1']);
    expect(await found('README.md')).to.deep.equal(['3 1on1', '10 評価', '11 1on1']);
    expect(await found('demo.ts')).to.deep.equal(['3 ふりかえり', '3 1on1', '7 1on1']);
  });

  it('names the file, the line and the replacement', async () => {
    const [first] = checkFile('src/i18n/x/ja.ts', "export default {\n  submit: '評価を送る',\n};\n");
    expect(formatFinding('src/i18n/x/ja.ts', first!)).to.match(/^src\/i18n\/x\/ja\.ts:2: "評価" → すっきり度.*: 評価を送る$/);
  });

  it('reads string literals only: comments, regular expressions and code are not strings', () => {
    const source = [
      '// 評価 in a comment',
      "/* 提出 */ const a = '上長' + `x ${'チェックイン'} y` + \"ふりかえり\";",
      "const r = /評価/g; const b = 'it\\'s a 1on1';",
    ].join('\n');
    expect(stringsOf(source).map((p) => [p.line, p.text])).to.deep.equal([
      [2, '上長'],
      [2, 'x '],
      [2, 'チェックイン'],
      [2, ' y'],
      [2, 'ふりかえり'],
      [3, "it's a 1on1"],
    ]);
  });
});
