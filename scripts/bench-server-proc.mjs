// Server processes for the server benchmarks: the server bundled once by esbuild (as
// `npm run build:server` does, into node_modules/.cache), started as a child process on a fixed
// port, ready once /readyz answers 200, killed with SIGKILL or stopped with SIGTERM. The load
// generator and the probes stay in their own process, so they do not share the server's event loop.
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { bundleServer } from './build-server.mjs';
import { freePort } from './pg-cluster.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}node_modules/.cache/taiwa-bench-server`;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export { freePort };

/** GET on 127.0.0.1; resolves with the status and the body. */
export function get(port, path) {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Bundles server/main.ts with its migrations (as `npm run build:server`); returns a function that removes the bundle. */
export async function buildServer() {
  await bundleServer(out);
  return () => rm(out, { recursive: true, force: true });
}

/** A server process on one port (kept across restarts); `env` adds to the server's configuration. */
export function backend(env) {
  let child;
  const exits = [];
  const self = {
    port: 0,
    /** Resolves once /readyz answers 200 (a clean start); rejects if the process exits first. */
    async start() {
      self.port ||= await freePort();
      child = spawn(process.execPath, [`${out}/main.js`], {
        env: { ...process.env, TAIWA_RATE_LIMIT: '0', TAIWA_LOG: 'off', ...env, PORT: String(self.port), HOST: '127.0.0.1' },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      const exited = new Promise((r) => child.once('exit', (code, signal) => r({ code, signal, stderr })));
      exits.push(exited);
      const end = Date.now() + 60_000;
      for (;;) {
        const { status } = await get(self.port, '/readyz').catch(() => ({ status: 0 }));
        if (status === 200) return;
        if (child.exitCode !== null || child.signalCode !== null)
          throw new Error(`server exited at start: ${(await exited).stderr.slice(0, 500)}`);
        if (Date.now() > end) throw new Error('server not ready after 60 s');
        await sleep(50);
      }
    },
    kill() {
      child.kill('SIGKILL');
      return exits.at(-1);
    },
    stop() {
      if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exits.at(-1);
    },
  };
  return self;
}
