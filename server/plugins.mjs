// The server wired into the dev servers. Both load the TypeScript server through tsx's loader API:
//   - `plugins` for @web/test-runner / @web/dev-server (read by web-test-runner.config.mjs): the
//     test harness (server/testing/harness.ts): the real server on an in-memory PGlite, plus
//     tenants in the URL, request capture and fault injection, for the browser tests;
//   - `taiwaApiVitePlugin()` for the demo's vite config: the production app (server/app.ts) on
//     PGlite persisted in TAIWA_DATA_DIR (default .data/pglite), mounted as vite middleware.
import { tsImport } from 'tsx/esm/api';

const load = (path) => tsImport(path, import.meta.url);

/** A Node `(req, res, next)` middleware for the paths under `basePath` (and /healthz, /readyz). */
function middleware(appPromise, basePath) {
  const listener = appPromise.then(async (app) => {
    const { getRequestListener } = await import('@hono/node-server');
    return getRequestListener(app.fetch);
  });
  return async (req, res, next) => {
    const path = (req.url ?? '/').split('?')[0];
    if (!(path === basePath || path.startsWith(`${basePath}/`) || path === '/healthz' || path === '/readyz')) return next();
    (await listener)(req, res);
  };
}

/** The demo's server: the production app on the embedded database, from the environment's configuration. */
export function taiwaApiVitePlugin() {
  let started;
  const start = () =>
    (started ??= (async () => {
      const [{ startEmbedded }, { seedDemo, seedOrg }] = await Promise.all([load('./main.ts'), load('./demo.ts')]);
      const running = await startEmbedded();
      const written = await seedDemo(running.db);
      if (written) console.log(`[taiwa] loaded the sample organisation into the server (${written} records).`);
      // The HR home's larger organisation loads in the background (about a minute on PGlite, once).
      void seedOrg(running.db).then(
        (n) => n && console.log(`[taiwa] loaded the HR sample organisation (${n} records).`),
        (err) => console.error(`[taiwa] the HR sample organisation could not be loaded: ${err.message}`),
      );
      return running;
    })());
  return {
    name: 'taiwa-api',
    configureServer(server) {
      const mw = middleware(
        start().then((s) => s.app),
        '/api',
      );
      server.middlewares.use(mw);
      server.httpServer?.on('close', () => void start().then((s) => s.close()));
    },
    configurePreviewServer(server) {
      server.middlewares.use(
        middleware(
          start().then((s) => s.app),
          '/api',
        ),
      );
    },
  };
}

/** A @web/dev-server plugin: the test harness answers before koa sees the request. */
export function taiwaApiWdsPlugin() {
  let harness;
  const mw = middleware(
    (harness = load('./testing/harness.ts').then(({ createHarness }) => createHarness({ basePath: '/api' }))).then((h) => h.app),
    '/api',
  );
  return {
    name: 'taiwa-api',
    serverStart({ server }) {
      // Run ahead of koa (its static files, caching and transforms), as a plain Node handler.
      const koa = server.listeners('request');
      server.removeAllListeners('request');
      server.on('request', (req, res) => mw(req, res, () => koa.forEach((l) => l.call(server, req, res))));
    },
    async serverStop() {
      await (await harness).close();
    },
  };
}

export const plugins = [taiwaApiWdsPlugin()];
