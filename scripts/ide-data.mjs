#!/usr/bin/env node
// IDE data from custom-elements.json: VS Code's HTML and CSS custom data and JetBrains' web-types.
// `npm run analyze` runs it after the analyzer; `--check` (in `npm test`) fails when a committed file
// differs from what the manifest gives now. Nothing is listed by hand: a new element in the manifest
// is in every file after the next `npm run analyze`.
import { readFileSync, writeFileSync } from 'node:fs';
import { elementsOf, literalValues, readManifest, themeTokens } from './manifest-elements.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const REPO = 'https://github.com/taiwa-kit/taiwa';
const docUrl = (tag) => `${REPO}#${tag}`;

/** The markdown description of an element: summary, description, then its events and slots. */
function describe(el) {
  const lines = [el.summary, '', el.description].filter((l, i) => l || i === 1);
  if (el.events.length) {
    lines.push(
      '',
      '**Events:**',
      ...el.events.map((e) => `- \`${e.name}\`${e.type !== 'Event' ? ` (\`${e.type}\`)` : ''}: ${e.description}`),
    );
  }
  if (el.slots.length)
    lines.push('', '**Slots:**', ...el.slots.map((s) => `- ${s.name ? `\`${s.name}\`` : '(default)'}: ${s.description}`));
  if (el.parts.length) lines.push('', `**Parts:** ${el.parts.map((p) => `\`${p.name}\``).join(', ')}`);
  if (el.states.length) lines.push('', `**States:** ${el.states.map((s) => `\`:state(${s.name})\``).join(', ')}`);
  return lines.join('\n').trim();
}

const isBoolean = (a) => a.type === 'boolean';

export function vscodeHtml(manifest) {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elementsOf(manifest).map((el) => ({
      name: el.tagName,
      description: { kind: 'markdown', value: describe(el) },
      attributes: el.attributes.map((a) => {
        const values = literalValues(a.type);
        return {
          name: a.name,
          description: a.default !== undefined ? `${a.description}\n\nDefault: \`${a.default}\`` : a.description,
          ...(isBoolean(a) ? { valueSet: 'v' } : {}),
          ...(values.length ? { values: values.map((name) => ({ name })) } : {}),
        };
      }),
      references: [{ name: 'Documentation', url: docUrl(el.tagName) }],
    })),
  };
}

export function vscodeCss(manifest) {
  const els = elementsOf(manifest);
  const properties = [
    ...themeTokens(manifest).map((t) => ({ name: t.name, description: `${t.description}\n\nDefault: \`${t.default}\`` })),
    ...els.flatMap((el) =>
      el.cssProperties.map((p) => ({
        name: p.name,
        description: `${el.tagName}: ${p.description}${p.default ? `\n\nDefault: \`${p.default}\`` : ''}`,
      })),
    ),
  ];
  const merge = (entries) => {
    const byName = new Map();
    for (const { name, description } of entries) byName.set(name, byName.has(name) ? `${byName.get(name)}\n\n${description}` : description);
    return [...byName].sort(([a], [b]) => a.localeCompare(b)).map(([name, description]) => ({ name, description }));
  };
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-css-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    properties: merge(properties),
    pseudoElements: merge(
      els.flatMap((el) => el.parts.map((p) => ({ name: `::part(${p.name})`, description: `${el.tagName}: ${p.description}` }))),
    ),
    pseudoClasses: merge(
      els.flatMap((el) => el.states.map((s) => ({ name: `:state(${s.name})`, description: `${el.tagName}: ${s.description}` }))),
    ),
  };
}

export function webTypes(manifest) {
  return {
    $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elementsOf(manifest).map((el) => ({
          name: el.tagName,
          description: describe(el),
          'doc-url': docUrl(el.tagName),
          attributes: el.attributes.map((a) => {
            const values = literalValues(a.type);
            return {
              name: a.name,
              description: a.description,
              ...(a.default !== undefined ? { default: a.default } : {}),
              value: isBoolean(a)
                ? { type: 'boolean', required: false }
                : { type: values.length ? values.map((v) => `'${v}'`).join(' | ') : a.type, required: false },
            };
          }),
          slots: el.slots.map((s) => ({ name: s.name, description: s.description })),
          events: el.events.map((e) => ({ name: e.name, description: e.description })),
          js: {
            properties: el.properties.map((p) => ({
              name: p.name,
              description: p.description,
              type: p.type,
              ...(p.readonly ? { 'read-only': true } : {}),
            })),
            events: el.events.map((e) => ({ name: e.name, description: e.description })),
          },
          css: {
            properties: el.cssProperties.map((p) => ({ name: p.name, description: p.description })),
            parts: el.parts.map((p) => ({ name: p.name, description: p.description })),
          },
        })),
      },
      css: {
        properties: themeTokens(manifest).map((t) => ({ name: t.name, description: `${t.description} Default: \`${t.default}\`` })),
      },
    },
  };
}

export const OUTPUTS = {
  'vscode.html-custom-data.json': vscodeHtml,
  'vscode.css-custom-data.json': vscodeCss,
  'web-types.json': webTypes,
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check');
  const manifest = readManifest();
  let stale = 0;
  for (const [file, make] of Object.entries(OUTPUTS)) {
    const text = `${JSON.stringify(make(manifest), null, 2)}\n`;
    if (!check) writeFileSync(file, text);
    else if (readFileSync(file, { encoding: 'utf8', flag: 'a+' }) !== text) {
      console.error(`${file} is stale: run \`npm run analyze\` and commit the result.`);
      stale++;
    }
  }
  if (stale) process.exit(1);
  console.log(check ? 'IDE data (VS Code custom data, web-types) is up to date.' : `Wrote ${Object.keys(OUTPUTS).join(', ')}.`);
}
