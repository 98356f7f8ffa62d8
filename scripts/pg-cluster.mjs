// A throwaway PostgreSQL cluster for the server tests and benchmarks: initdb into a temp folder,
// pg_ctl start on a free port (as the `postgres` user when run as root: initdb refuses root),
// Debian's postgresql installed with apt-get when missing, as Chromium is.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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

/** A free TCP port on 127.0.0.1. */
export const freePort = () =>
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

/**
 * Starts a cluster; `stop()` removes it. `fsync` stays on unless `fast`. `settings`: more
 * `-c name=value` server settings (the tail probe's logging); `log()` reads the server log so far.
 */
export async function startCluster({ fast = true, settings = {} } = {}) {
  return startClusterWith(fast, settings);
}

async function startClusterWith(fast, settings) {
  const bin = ensurePostgres();
  const dir = mkdtempSync(join(tmpdir(), 'taiwa-pg-'));
  if (isRoot) execFileSync('chown', ['postgres:', dir]);
  chmodSync(dir, 0o700);
  const data = join(dir, 'data');
  pg(bin, 'initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', ...(fast ? ['--no-sync'] : [])]);
  const port = await freePort();
  const extra = Object.entries(settings)
    .map(([k, v]) => ` -c ${k}=${v}`)
    .join('');
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=100${fast ? ' -c fsync=off' : ''}${extra}`;
  pg(bin, 'pg_ctl', ['-D', data, '-o', opts, '-l', join(dir, 'log'), '-w', '-t', '60', 'start']);
  const version = pg(bin, 'postgres', ['--version']).trim();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    version,
    /** The cluster's data folder and its server log so far. */
    data,
    log: () => readFileSync(join(dir, 'log'), 'utf8'),
    /** The postmaster's pid (the benchmarks' CPU shares). */
    pid: () => Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]),
    stop() {
      try {
        pg(bin, 'pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
