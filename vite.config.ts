// The demo: `npm start` serves demo/ at http://localhost:5173 on the IndexedDB default.
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'demo',
  server: { port: 5173, strictPort: true, fs: { allow: ['..'] } },
  preview: { port: 5173 },
  build: { outDir: '../dist-demo', emptyOutDir: true },
});
