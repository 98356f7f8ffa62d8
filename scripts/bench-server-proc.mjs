// Server processes for the server benchmarks: the server bundled once by esbuild (as
// `npm run build:server` does, into node_modules/.cache), started as a child process on a fixed
// port, ready once /readyz answers 200, killed with SIGKILL or stopped with SIGTERM. The load
// generator and the probes stay in their own process, so they do not share the server's event loop.
// Every API route needs a verified token: the bench gives each server its own HS256 secret and SCIM
// token, provisions the people it writes as through SCIM (`provision`), and signs their tokens with
// that secret (`tokenFor`), as a host portal would.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { SignJWT } from 'jose';
import { bundleServer } from './build-server.mjs';
import { freePort } from './pg-cluster.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}node_modules/.cache/taiwa-bench-server`;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export { freePort };

/** The bench's own secrets, one per bench process (every server it starts shares them). */
export const SECRETS = {
  TAIWA_JWT_SECRET: randomBytes(32).toString('base64url'),
  TAIWA_SCIM_TOKEN: randomBytes(24).toString('base64url'),
};
const key = new TextEncoder().encode(SECRETS.TAIWA_JWT_SECRET);

/** The write benches' people: the manager `boss` and the members who write, `m-0` … `m-96`. */
export const MEMBERS = 97;
export const PEOPLE = [{ id: 'boss' }, ...Array.from({ length: MEMBERS }, (_, i) => ({ id: `m-${i}`, managerId: 'boss' }))];

/**
 * One write of the benches, for autocannon's `setupRequest`: a new pulse `id` by member `m` with
 * its own Idempotency-Key, signed in with that member's token (`tokens[m]`).
 */
export function pulsePut(req, tokens, id, m, growth) {
  return {
    ...req,
    path: `/api/records/pulse/${id}`,
    headers: { 'content-type': 'application/json', 'idempotency-key': `k-${id}`, authorization: `Bearer ${tokens[m]}` },
    body: JSON.stringify({
      id,
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
      memberId: `m-${m}`,
      managerId: 'boss',
      month: '2025-03',
      growth,
    }),
  };
}

/**
 * The benches' autocannon request: a new pulse per request, ids `${prefix}0`, `${prefix}1`, …, by
 * the members in turn (`pulsePut`).
 */
export function pulseWrites(tokens, prefix) {
  let i = 0;
  return {
    method: 'PUT',
    setupRequest: (req) => {
      const n = i++;
      return pulsePut(req, tokens, `${prefix}${n}`, n % MEMBERS, 1 + (n % 5));
    },
  };
}

/** An HS256 token for `personId`, signed with the bench's TAIWA_JWT_SECRET (valid for an hour). */
export function tokenFor(personId) {
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(personId)
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(key);
}

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

/** One HTTP request on 127.0.0.1 with a JSON body; resolves with the status and the body. */
function send(port, method, path, headers, body) {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * Provisions `people` ({ id, managerId? }, managers first) through SCIM; a person already there
 * (409: a second server over the same database) is fine.
 */
export async function provision(port, people) {
  for (const p of people) {
    const body = JSON.stringify({
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', ENTERPRISE],
      userName: p.id,
      externalId: p.id,
      displayName: p.id,
      ...(p.managerId ? { [ENTERPRISE]: { manager: { value: p.managerId } } } : {}),
    });
    const headers = { authorization: `Bearer ${SECRETS.TAIWA_SCIM_TOKEN}`, 'content-type': 'application/scim+json' };
    const { status, body: text } = await send(port, 'POST', '/scim/v2/Users', headers, body);
    if (status !== 201 && status !== 409) throw new Error(`SCIM POST /Users ${p.id}: ${status} ${text.slice(0, 200)}`);
  }
}

/** GET on 127.0.0.1, with a token when given; resolves with the status and the body. */
export function get(port, path, token) {
  return send(port, 'GET', path, token ? { authorization: `Bearer ${token}` } : {});
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
    /** The running server process's pid (for its CPU share). */
    get pid() {
      return child?.pid;
    },
    /** Resolves once /readyz answers 200 (a clean start); rejects if the process exits first. */
    async start() {
      self.port ||= await freePort();
      // BENCH_SERVER_NODE_FLAGS="--cpu-prof --cpu-prof-dir=/tmp/prof": flags for the server process only.
      const flags = (process.env.BENCH_SERVER_NODE_FLAGS ?? '').split(' ').filter(Boolean);
      child = spawn(process.execPath, [...flags, `${out}/main.js`], {
        env: {
          ...process.env,
          TAIWA_RATE_LIMIT: '0',
          TAIWA_LOG: 'off',
          ...SECRETS,
          ...env,
          PORT: String(self.port),
          HOST: '127.0.0.1',
        },
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

/** Clock ticks of CPU (user + system) used so far by `pid`; 0 once it is gone. */
function ticksOf(pid) {
  try {
    // The fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(f[11]) + Number(f[12]);
  } catch {
    return 0;
  }
}

/** The machine's ticks so far (every core, every state: the denominator of a share) and its idle ones. */
function machineTicks() {
  const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  return { all: cpu.reduce((a, b) => a + b, 0), idle: (cpu[3] ?? 0) + (cpu[4] ?? 0) };
}

/** The pids whose parent is `ppid` (PostgreSQL's backends under its postmaster). */
export function childrenOf(ppid) {
  const out = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === ppid) out.push(Number(d));
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

/**
 * Measures what share of the whole machine (all cores) each group of processes used between
 * `start()` and `stop()`: `groups` maps a label to a function giving its pids (asked at both ends,
 * so backends started during the run count from their start). Linux /proc only.
 */
export function cpuShare(groups) {
  const read = () => {
    const seen = {};
    for (const [label, pids] of Object.entries(groups)) for (const pid of pids()) seen[`${label}\n${pid}`] = ticksOf(pid);
    return { machine: machineTicks(), seen };
  };
  const before = read();
  return () => {
    const after = read();
    const total = after.machine.all - before.machine.all;
    const share = {};
    for (const [k, t] of Object.entries(after.seen)) {
      const label = k.split('\n')[0];
      share[label] = (share[label] ?? 0) + (t - (before.seen[k] ?? 0));
    }
    const pct = (t) => `${Math.round((1000 * t) / total) / 10}%`;
    const out = {};
    let ours = 0;
    for (const [label, t] of Object.entries(share)) {
      out[label] = pct(t);
      ours += t;
    }
    // The rest: idle, and everyone else's work on the shared machine.
    const idle = after.machine.idle - before.machine.idle;
    out.idle = pct(idle);
    out.others = pct(Math.max(0, total - idle - ours));
    // CPU milliseconds per group (clock ticks are 10 ms on Linux): per request, the cost of a write.
    return { share: out, cpuMs: Object.fromEntries(Object.entries(share).map(([label, t]) => [label, t * 10])) };
  };
}
