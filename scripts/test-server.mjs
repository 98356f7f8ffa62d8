// The server tests (test/server/*.test.ts) under node's test runner, on PGlite and on a real
// PostgreSQL: a throwaway cluster (initdb into a temp folder, pg_ctl start on a free port, as
// the `postgres` user when run as root), installed with apt-get when missing, as Chromium is.
// Prints "Server tests | N passed, N failed" last (.ci/run adds it to the browser tests' count).
//   node scripts/test-server.mjs [files...]      TAIWA_TEST_PG=off: PGlite only
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCluster } from './pg-cluster.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
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
