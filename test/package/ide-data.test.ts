// The IDE data an editor reads (VS Code custom data, JetBrains web-types) names every tag of the
// manifest with its attributes, events, parts and tokens, and package.json points editors at it.
import { expect } from '@open-wc/testing';

type Named = { name: string };
type Decl = {
  tagName?: string;
  customElement?: boolean;
  name: string;
  attributes?: Named[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
  cssStates?: Named[];
};
type Manifest = { modules: { declarations?: Decl[] }[] };
type HtmlData = { tags: { name: string; description: { value: string }; attributes: Named[] }[] };
type CssData = { properties: Named[]; pseudoElements: Named[]; pseudoClasses: Named[] };
type WebTypes = {
  name: string;
  contributions: {
    html: {
      elements: {
        name: string;
        attributes: Named[];
        events: Named[];
        js: { properties: Named[]; events: Named[] };
        css: { parts: Named[]; properties: Named[] };
      }[];
    };
    css: { properties: Named[] };
  };
};

const json = async <T>(path: string): Promise<T> => {
  const res = await fetch(path);
  expect(res.status, path).to.equal(200);
  return (await res.json()) as T;
};
const names = (list: Named[] | undefined) => (list ?? []).map((x) => x.name).sort();

describe('IDE data (vscode.*-custom-data.json, web-types.json)', () => {
  let manifest: Manifest;
  let elements: Decl[];
  before(async () => {
    manifest = await json<Manifest>('/custom-elements.json');
    elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
  });

  it('package.json names the files, ships them and exports them', async () => {
    const pkg = await json<{
      'web-types': string;
      customData: { html: string[]; css: string[] };
      files: string[];
      exports: Record<string, unknown>;
    }>('/package.json');
    expect(pkg['web-types']).to.equal('./web-types.json');
    expect(pkg.customData.html).to.deep.equal(['./vscode.html-custom-data.json']);
    expect(pkg.customData.css).to.deep.equal(['./vscode.css-custom-data.json']);
    for (const f of ['web-types.json', 'vscode.html-custom-data.json', 'vscode.css-custom-data.json']) {
      expect(pkg.files, f).to.include(f);
      expect(pkg.exports, f).to.have.property(`./${f}`);
    }
  });

  it('VS Code HTML data has every tag with its attributes, and names its events', async () => {
    const html = await json<HtmlData>('/vscode.html-custom-data.json');
    expect(elements.length).to.be.greaterThan(5);
    for (const el of elements) {
      const tag = html.tags.find((t) => t.name === el.tagName);
      expect(tag, el.tagName).to.exist;
      expect(names(tag!.attributes), el.tagName).to.deep.equal(names(el.attributes));
      for (const e of el.events ?? []) expect(tag!.description.value, `${el.tagName} ${e.name}`).to.include(`\`${e.name}\``);
    }
    expect(html.tags.map((t) => t.name).sort()).to.deep.equal(elements.map((e) => e.tagName).sort());
  });

  it('VS Code CSS data has every theme token, knob, part and state', async () => {
    const css = await json<CssData>('/vscode.css-custom-data.json');
    const tokens = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.name === 'TaiwaElement')!.cssProperties!;
    expect(tokens.length).to.be.greaterThan(10);
    const props = new Set(names(css.properties));
    for (const t of tokens) expect(props.has(t.name), t.name).to.equal(true);
    const parts = new Set(names(css.pseudoElements));
    const states = new Set(names(css.pseudoClasses));
    for (const el of elements) {
      for (const p of el.cssProperties ?? []) expect(props.has(p.name), p.name).to.equal(true);
      for (const p of el.cssParts ?? []) expect(parts.has(`::part(${p.name})`), `${el.tagName} ${p.name}`).to.equal(true);
      for (const s of el.cssStates ?? []) expect(states.has(`:state(${s.name})`), `${el.tagName} ${s.name}`).to.equal(true);
    }
  });

  it('web-types has every tag with its attributes, events and parts', async () => {
    const wt = await json<WebTypes>('/web-types.json');
    expect(wt.name).to.equal('taiwa');
    const els = wt.contributions.html.elements;
    expect(els.map((e) => e.name).sort()).to.deep.equal(elements.map((e) => e.tagName).sort());
    for (const el of elements) {
      const w = els.find((e) => e.name === el.tagName)!;
      expect(names(w.attributes), el.tagName).to.deep.equal(names(el.attributes));
      expect(names(w.events), el.tagName).to.deep.equal(names(el.events));
      expect(names(w.js.events), el.tagName).to.deep.equal(names(el.events));
      expect(names(w.css.parts), el.tagName).to.deep.equal(names(el.cssParts));
    }
    const provider = els.find((e) => e.name === 'taiwa-provider')!;
    expect(names(provider.js.properties)).to.include('adapter');
  });
});
