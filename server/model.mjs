// Loads Taiwa's model (src/model/*.ts, zod/mini) into Node without a TypeScript loader: esbuild
// bundles it in memory and the bundle is imported from a data: URL. The server validates with the
// very schemas the widgets use, and scripts/contract.mjs derives openapi.json from them.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

const entry = `
export { parseRecord, isRecordKind } from './src/model/validate.ts';
export * as schemas from './src/model/schemas.ts';
export * as insights from './src/model/insights.ts';
export { RECORD_KINDS } from './src/model/records.ts';
export { toJSONSchema, registry } from 'zod/mini';
`;

let loaded;

/**
 * The model as a Node module: `{ parseRecord, isRecordKind, schemas, insights, RECORD_KINDS, toJSONSchema,
 * registry }`. Bundled once per process.
 */
export function loadModel() {
  loaded ??= build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'taiwa-model-entry.ts' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    tsconfig: `${root}tsconfig.json`,
  }).then(({ outputFiles }) => import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`));
  return loaded;
}
