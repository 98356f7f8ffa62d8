// `npm run bench:server:kill`: the crash probe. Three Chromium tabs write pulses through the real
// outbox (withOutbox(createRestAdapter(...)) from src/, bundled by esbuild) to a small proxy on
// 127.0.0.1, which serves the page and forwards /api round-robin to the server process(es). While
// the tabs write, a server process is killed with SIGKILL and started again, each kill once the
// stored count has passed the next step (a condition, not a clock). Afterwards every tab flushes
// and the stored records are compared with the writes the tabs saw confirmed:
//   lost       = confirmed on a device, not stored
//   duplicated = more than one row per record id, or stored ids no tab ever wrote
// Phases: PostgreSQL (10 kills), two servers over one PostgreSQL (round-robin, kills alternate),
// PGlite (3 kills, each restart must take over the stale lock). Bounded: stops by itself.
//   node scripts/bench-server-kill.mjs [--writes 5000] [--kills 10] [--phases pg,pg2,pglite]
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import puppeteer from 'puppeteer-core';
import { backend, buildServer, freePort, get, provision, tokenFor } from './bench-server-proc.mjs';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';
import { startCluster } from './pg-cluster.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    writes: { type: 'string', default: '5000' },
    kills: { type: 'string', default: '10' },
    phases: { type: 'string', default: 'pg,pg2,pglite' },
    'time-limit': { type: 'string', default: '240' },
  },
});
const TABS = 3;
const PROBE_MEMBER = 'probe-member';
const timeLimitMs = Number(values['time-limit']) * 1000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const removeBundle = await buildServer();

// ------------------------------------------------------------------ the proxy and the page

const page = await build({
  entryPoints: [`${root}bench/server/kill-page.ts`],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  write: false,
  logLevel: 'warning',
});
const pageJs = page.outputFiles[0].text;
const pageHtml = '<!doctype html><html lang="en"><title>probe</title><script type="module" src="/page.js"></script></html>';

/** Serves the page; forwards /api to the backends in turn; a backend that is down answers 502. */
async function proxy(backends) {
  let next = 0;
  const seen = { statuses: {}, replayed: 0, cutOff: 0 };
  const server = createServer((req, res) => {
    if (!req.url.startsWith('/api/')) {
      const js = req.url === '/page.js';
      res.writeHead(200, { 'content-type': js ? 'text/javascript' : 'text/html' });
      return res.end(js ? pageJs : pageHtml);
    }
    const target = backends[next++ % backends.length];
    const fwd = request({ host: '127.0.0.1', port: target.port, path: req.url, method: req.method, headers: req.headers }, (up) => {
      seen.statuses[up.statusCode] = (seen.statuses[up.statusCode] ?? 0) + 1;
      if (up.headers['idempotent-replayed'] === 'true') seen.replayed++;
      res.writeHead(up.statusCode, up.headers);
      up.pipe(res);
      up.on('error', () => res.destroy());
    });
    fwd.on('error', () => {
      seen.cutOff++;
      if (res.headersSent) return res.destroy();
      res.writeHead(502, { 'content-type': 'application/problem+json' });
      res.end(JSON.stringify({ type: 'about:blank', title: 'Bad gateway', status: 502 }));
    });
    req.pipe(fwd);
  });
  const port = await freePort();
  await new Promise((r) => server.listen(port, '127.0.0.1', r));
  return { port, seen, close: () => new Promise((r) => (server.closeAllConnections(), server.close(r))) };
}

// ------------------------------------------------------------------ one phase

async function phase({ label, backends, writes, kills, count }) {
  const t0 = Date.now();
  const deadline = t0 + timeLimitMs;
  for (const b of backends) await b.start();
  // The member the tabs write as, provisioned through SCIM; the tabs send the token the probe signed.
  await provision(backends[0].port, [{ id: PROBE_MEMBER }]);
  const token = await tokenFor(PROBE_MEMBER);
  const px = await proxy(backends);
  const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS, protocolTimeout: timeLimitMs + 120_000 });
  const restarts = [];
  try {
    const tabs = [];
    for (let t = 0; t < TABS; t++) {
      const p = await browser.newPage();
      await p.goto(`http://127.0.0.1:${px.port}/`);
      await p.waitForFunction(() => 'probe' in globalThis);
      await p.evaluate((id, t) => globalThis.probe.signIn(id, t), PROBE_MEMBER, token);
      tabs.push(p);
    }
    const per = Math.ceil(writes / TABS);
    const writing = tabs.map((p, t) =>
      p.evaluate((prefix, n) => globalThis.probe.write(prefix, n, 2), `${label}-t${t}`, Math.min(per, writes - per * t)),
    );
    // Awaited after the kills; until then a failed tab must not end the process before `finally`
    // stops the servers (an unhandled rejection did, and left a server running).
    for (const w of writing) w.catch(() => {});
    for (let k = 1; k <= kills; k++) {
      // Kill once the stored count passed the next step (or the tabs finished writing).
      const step = Math.floor((k * writes) / (kills + 1));
      while ((await count()) < step && Date.now() < deadline) await sleep(50);
      const victim = backends[(k - 1) % backends.length];
      const stored = await count();
      const exit = await victim.kill();
      const t = Date.now();
      await victim.start(); // resolves only once /readyz is 200: the restart was clean
      restarts.push({ kill: k, storedAtKill: stored, signal: exit.signal, restartMs: Date.now() - t });
    }
    await Promise.all(writing);
    const settled = await Promise.all(
      tabs.map((p) => p.evaluate((ms) => globalThis.probe.settle(ms), Math.max(1000, deadline - Date.now()))),
    );
    const results = await Promise.all(tabs.map((p) => p.evaluate(() => globalThis.probe.result())));
    const confirmed = new Set(results.flatMap((r) => r.confirmed));
    const attempted = new Set(results.flatMap((r) => [...r.confirmed, ...r.failed.map((f) => f.id)]));
    const rows = await count.rows();
    const perId = new Map();
    for (const id of rows) perId.set(id, (perId.get(id) ?? 0) + 1);
    const lost = [...confirmed].filter((id) => !perId.has(id));
    const duplicated = [...perId].filter(([id, n]) => n > 1 || !attempted.has(id)).map(([id]) => id);
    return {
      label,
      servers: backends.length,
      writes,
      confirmed: confirmed.size,
      failedPuts: results.reduce((n, r) => n + r.failed.length, 0),
      stored: rows.length,
      lost: lost.length,
      duplicated: duplicated.length,
      examples: { lost: lost.slice(0, 3), duplicated: duplicated.slice(0, 3) },
      outbox: settled[0],
      // Answers through the proxy: 502s (server down or cut off mid-request) and replays of a key.
      http: px.seen,
      kills: restarts.length,
      restartMs: restarts.map((r) => r.restartMs),
      storedAtKill: restarts.map((r) => r.storedAtKill),
      seconds: Math.round((Date.now() - t0) / 100) / 10,
      timedOut: Date.now() > deadline,
    };
  } finally {
    await browser.close();
    await px.close();
    for (const b of backends) await b.stop();
  }
}

// ------------------------------------------------------------------ the phases

const phases = values.phases.split(',');
const writes = Number(values.writes);
const kills = Number(values.kills);
const out = { note: 'Shared 2-core machine; timings are noisy. lost/duplicated are the figures.', phases: [] };

if (phases.includes('pg') || phases.includes('pg2')) {
  const cluster = await startCluster({ fast: false });
  const client = new pg.Client({ connectionString: cluster.url });
  try {
    await client.connect();
    const env = { DATABASE_URL: cluster.url };
    const count = async () => {
      const { rows } = await client.query(`select count(*)::int as n from records where kind = 'pulse' and id like $1`, [`${current}-%`]);
      return rows[0]?.n ?? 0;
    };
    let current = '';
    // Every row, not distinct ids: a second row for one id would show here.
    count.rows = async () =>
      (await client.query(`select id from records where kind = 'pulse' and id like $1`, [`${current}-%`])).rows.map((r) => r.id);
    if (phases.includes('pg')) {
      current = 'pg';
      out.phases.push(await phase({ label: 'pg', backends: [backend(env)], writes, kills, count }));
    }
    if (phases.includes('pg2')) {
      current = 'pg2';
      out.phases.push(
        await phase({
          label: 'pg2',
          backends: [backend(env), backend(env)],
          writes: Math.ceil(writes / 2),
          kills: Math.ceil(kills / 2),
          count,
        }),
      );
    }
  } finally {
    await client.end().catch(() => {});
    cluster.stop();
  }
}

if (phases.includes('pglite')) {
  const dir = mkdtempSync(join(tmpdir(), 'taiwa-pglite-kill-'));
  try {
    const b = backend({ TAIWA_DATA_DIR: join(dir, 'data') });
    // PGlite is one process's database: counted over HTTP, through the server itself, as the member.
    const token = await tokenFor(PROBE_MEMBER);
    const list = async () => {
      if (!b.port) return [];
      const { status, body } = await get(b.port, '/api/records/pulse', token);
      if (status !== 200) throw new Error(`list: ${status}`);
      return JSON.parse(body).records.map((r) => r.id);
    };
    const count = async () => (await list().catch(() => [])).length;
    count.rows = async () => {
      // Read back by a fresh process: stopped, started again on the same folder.
      await b.stop();
      await b.start();
      return list();
    };
    const pgliteWrites = Math.ceil(writes / 5);
    out.phases.push(await phase({ label: 'pglite', backends: [b], writes: pgliteWrites, kills: Math.min(3, kills), count }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await removeBundle();
console.log(JSON.stringify(out, null, 2));
const bad = out.phases.filter((p) => p.lost > 0 || p.duplicated > 0 || p.timedOut || p.confirmed !== p.writes);
process.exit(bad.length ? 1 : 0);
