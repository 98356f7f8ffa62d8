#!/usr/bin/env node
// Finds a Chromium for the tests: CHROME_PATH, then the usual install paths. With --install, a root
// user with apt-get gets Debian's chromium installed; anyone else gets one line saying what to do.
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Headless flags for this kind of machine: without the networking ones Chromium stalls on a closed network. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name) {
  const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  const found = r.stdout.trim();
  return r.status === 0 && found ? found : undefined;
}

export function findChrome() {
  if (process.env.CHROME_PATH) {
    if (executable(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
    throw new Error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, which is not an executable browser.`);
  }
  for (const path of CANDIDATES) if (executable(path)) return path;
  for (const name of NAMES) {
    const path = onPath(name);
    if (path) return path;
  }
  return undefined;
}

function install() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !onPath('apt-get')) return false;
  console.error('[taiwa] No Chromium found; installing Debian\'s chromium with apt-get…');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let path = findChrome();
  if (!path && process.argv.includes('--install') && install()) path = findChrome();
  if (!path) {
    console.error('[taiwa] No Chromium found: install chromium (Debian: apt-get install chromium) or set CHROME_PATH to a Chrome/Chromium binary.');
    process.exit(1);
  }
  console.log(path);
}
