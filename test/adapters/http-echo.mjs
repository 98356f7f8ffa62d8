// A small real HTTP endpoint for the REST adapter's tests (wired into web-test-runner.config.mjs):
//   GET /__echo/<key>/<status>/<base64url body>/<any path>?<query>  answers <status> with the body
//   (JSON; problem+json from 400 up) and keeps the request line; GET /__echo-last/<key> gives it back.
// Also serves a `.ts` source file for a missing `.js` under /src/ (a Worker's `new URL('./x.js')`).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Buffer } from 'node:buffer';

const last = new Map();

/** @type {import('@web/dev-server-core').Middleware} */
export async function httpEcho(ctx, next) {
  const echo = /^\/__echo\/([\w-]{1,64})\/(\d{3})\/([\w-]*)(\/.*)$/.exec(ctx.path);
  if (echo) {
    const [, key, status, body, path] = echo;
    last.set(key, { method: ctx.method, path, search: ctx.search });
    ctx.status = Number(status);
    ctx.type = ctx.status >= 400 ? 'application/problem+json' : 'application/json';
    ctx.body = Buffer.from(body, 'base64url').toString('utf8');
    return;
  }
  const seen = /^\/__echo-last\/([\w-]{1,64})$/.exec(ctx.path);
  if (seen) {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(last.get(seen[1]) ?? null);
    return;
  }
  return next();
}

/** `/src/x.js` that does not exist but `/src/x.ts` does: served as the `.ts` (the esbuild plugin compiles it). */
export function tsForMissingJs(root) {
  return async (ctx, next) => {
    if (ctx.path.startsWith('/src/') && ctx.path.endsWith('.js')) {
      const js = join(root, ctx.path);
      const ts = js.slice(0, -3) + '.ts';
      if (!existsSync(js) && existsSync(ts)) ctx.url = ctx.url.replace(/\.js(?=$|\?)/, '.ts');
    }
    return next();
  };
}
