// The server tests (test/server/*.test.ts) under node's test runner, on PGlite and on a real
// PostgreSQL: a throwaway cluster (initdb into a temp folder, pg_ctl start on a free port, as
// the `postgres` user when run as root), installed with apt-get when missing, as Chromium is.
// Prints "Server tests | N passed, N failed" last (.ci/run adds it to the browser tests' count).
//   node scripts/test-server.mjs [files...]      TAIWA_TEST_PG=off: PGlite only
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const isRoot = process.getuid?.() === 0;

function pgBin() {
  const dirs = ['/usr/lib/postgresql'].filter(existsSync).flatMap((d) =>
    readdirSync(d)
      .sort((a, b) => Number(b) - Number(a))
      .map((v) => join(d, v, 'bin')),
  );
  return dirs.find((d) => existsSync(join(d, 'initdb')) && existsSync(join(d, 'pg_ctl')));
}

function ensurePostgres() {
  let bin = pgBin();
  if (bin) return bin;
  if (!isRoot) throw new Error('PostgreSQL is not installed: apt-get install postgresql (or set TAIWA_TEST_PG=off).');
  console.log('Installing PostgreSQL (apt-get install postgresql)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'postgresql'], { stdio: 'inherit', env });
  bin = pgBin();
  if (!bin) throw new Error('apt-get installed postgresql but no initdb was found under /usr/lib/postgresql.');
  return bin;
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

/** Runs a PostgreSQL binary, as `postgres` when we are root (initdb refuses root). */
function pg(bin, tool, args) {
  const cmd = isRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]] : [join(bin, tool), args];
  const r = spawnSync(cmd[0], cmd[1], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${tool} failed (${r.status}): ${r.stderr || r.stdout}`);
  return r.stdout;
}

async function startCluster() {
  const bin = ensurePostgres();
  const dir = mkdtempSync(join(tmpdir(), 'taiwa-pg-'));
  if (isRoot) execFileSync('chown', ['postgres:', dir]);
  chmodSync(dir, 0o700);
  const data = join(dir, 'data');
  pg(bin, 'initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  const port = await freePort();
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50`;
  pg(bin, 'pg_ctl', ['-D', data, '-o', opts, '-l', join(dir, 'log'), '-w', '-t', '60', 'start']);
  const version = pg(bin, 'postgres', ['--version']).trim();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    version,
    stop() {
      try {
        pg(bin, 'pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(join(root, 'test/server'))
      .filter((f) => f.endsWith('.test.ts'))
      .map((f) => join('test/server', f));

let cluster;
if (process.env.TAIWA_TEST_PG !== 'off') {
  cluster = await startCluster();
  console.log(`PostgreSQL for the server tests: ${cluster.version} at ${cluster.url}`);
}
let passed = 0;
let failed = 0;
try {
  const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=tap', ...files], {
    cwd: root,
    env: { ...process.env, ...(cluster ? { TAIWA_TEST_DATABASE_URL: cluster.url } : {}) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  child.stdout.setEncoding('utf8');
  let tail = '';
  child.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    tail = (tail + chunk).slice(-4000);
  });
  const code = await new Promise((resolve) => child.on('close', resolve));
  passed = Number(/^# pass (\d+)/m.exec(tail)?.[1] ?? 0);
  failed = Number(/^# fail (\d+)/m.exec(tail)?.[1] ?? 0);
  if (code !== 0 && failed === 0) failed = 1;
} finally {
  cluster?.stop();
}
console.log(`Server tests | ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
