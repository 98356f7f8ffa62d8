// The example backend (server/api.mjs) wired into the dev servers:
//   - `plugins` for @web/test-runner / @web/dev-server (read by web-test-runner.config.mjs), with the
//     fault-injection control endpoints on;
//   - `taiwaApiMiddleware`, a plain Node middleware `(req, res, next)` for any connect-style server;
//   - `taiwaApiVitePlugin()` for the demo's vite config (`plugins: [taiwaApiVitePlugin()]`).
// The API answers under `/api` (tenant "default") and `/api/t/<tenant>`.
import { createTaiwaApi } from './api.mjs';

export { createTaiwaApi };

/** The backend without the control endpoints: what the demo should use. */
export const taiwaApiMiddleware = createTaiwaApi({ basePath: '/api' });

/** A vite plugin serving the backend from the dev server (`configureServer`). */
export function taiwaApiVitePlugin({ control = false } = {}) {
  const middleware = createTaiwaApi({ basePath: '/api', control });
  return {
    name: 'taiwa-api',
    configureServer(server) {
      server.middlewares.use(middleware);
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware);
    },
  };
}

/** A @web/dev-server plugin: the backend answers before koa sees the request. */
export function taiwaApiWdsPlugin({ control = true } = {}) {
  const middleware = createTaiwaApi({ basePath: '/api', control });
  return {
    name: 'taiwa-api',
    serverStart({ server, app }) {
      if (server) {
        // Run ahead of koa (its static files, caching and transforms), as a plain Node handler.
        const koa = server.listeners('request');
        server.removeAllListeners('request');
        server.on('request', (req, res) => middleware(req, res, () => koa.forEach((l) => l.call(server, req, res))));
      } else {
        // Middleware mode: put a koa wrapper first in the chain.
        app.middleware.unshift(
          (ctx, next) =>
            new Promise((resolve, reject) => {
              let passed = false;
              ctx.respond = false;
              void middleware(ctx.req, ctx.res, () => {
                passed = true;
                ctx.respond = true;
                next().then(resolve, reject);
              });
              ctx.res.on('close', () => passed || resolve());
            }),
        );
      }
    },
  };
}

export const plugins = [taiwaApiWdsPlugin()];
