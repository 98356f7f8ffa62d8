// `npm run build:server`: bundles the server (server/main.ts with the model and insights it
// imports from src/) into dist-server/main.js for plain `node`, and copies the SQL migrations
// beside it. Packages from node_modules stay external (PGlite ships WebAssembly files).
//   node dist-server/main.js
import { build } from 'esbuild';
import { cp, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}dist-server`;

await rm(out, { recursive: true, force: true });
await build({
  entryPoints: [`${root}server/main.ts`],
  outfile: `${out}/main.js`,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  tsconfig: `${root}server/tsconfig.json`,
  logLevel: 'warning',
});
await cp(`${root}server/migrations`, `${out}/migrations`, { recursive: true });
console.log('dist-server/main.js built: run it with `node dist-server/main.js`.');
