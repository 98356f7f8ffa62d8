// The demo: `npm start` serves demo/ at http://localhost:5173 and the server (server/) at /api, on
// PGlite in TAIWA_DATA_DIR (default .data/pglite): one command, one shared store for every viewer.
// The sample organisation is loaded on the first start; `npm run demo:reset` empties it.
import { defineConfig } from 'vite';
import { taiwaApiVitePlugin } from './server/plugins.mjs';

export default defineConfig({
  root: 'demo',
  plugins: [taiwaApiVitePlugin()],
  server: { port: 5173, strictPort: true, fs: { allow: ['..'] } },
  preview: { port: 5173 },
  build: { outDir: '../dist-demo', emptyOutDir: true },
});
