// `npm run build:server`: bundles the server (server/main.ts with the model and insights it
// imports from src/) into dist-server/main.js for plain `node`, and copies the SQL migrations
// beside it. Packages from node_modules stay external (PGlite ships WebAssembly files).
//   node dist-server/main.js
// The server benchmarks bundle it the same way through `bundleServer` (into node_modules/.cache).
import { build } from 'esbuild';
import { cp, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Bundles server/main.ts into `${out}/main.js` with its migrations beside it. */
export async function bundleServer(out, { sourcemap = false } = {}) {
  await rm(out, { recursive: true, force: true });
  await build({
    entryPoints: [`${root}server/main.ts`],
    outfile: `${out}/main.js`,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap,
    tsconfig: `${root}server/tsconfig.json`,
    logLevel: 'warning',
  });
  await cp(`${root}server/migrations`, `${out}/migrations`, { recursive: true });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await bundleServer(`${root}dist-server`, { sourcemap: true });
  console.log('dist-server/main.js built: run it with `node dist-server/main.js`.');
}
