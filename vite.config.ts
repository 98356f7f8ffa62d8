// The demo: `npm start` serves demo/ at http://localhost:5173 on the IndexedDB default, and the
// example backend (server/) at /api for the "demo server (REST)" switch.
import { defineConfig } from 'vite';
import { taiwaApiVitePlugin } from './server/plugins.mjs';

export default defineConfig({
  root: 'demo',
  plugins: [taiwaApiVitePlugin()],
  server: { port: 5173, strictPort: true, fs: { allow: ['..'] } },
  preview: { port: 5173 },
  build: { outDir: '../dist-demo', emptyOutDir: true },
});
