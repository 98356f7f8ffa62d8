// End-to-end check of `npm start`'s promise: in two browser contexts (puppeteer-core, the
// system Chromium), a member submits an agenda on the server mode, the demo's server is
// restarted, and the manager's context then shows the member's topic. Then issue 17's walk at
// 390 × 844, in Japanese and in English (demo-walk.mjs): the member schedules the next 1on1 and
// opens it from the list, prepares it with last time's action items at the top, the manager opens
// it from the team overview and sees the agenda, both add an action item, and the next 1on1 opens
// with both. Every step waits for a condition, never for a time.
//   node scripts/demo-e2e.mjs        (starts vite itself on a free port, data in a temp folder)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';
import { walk } from './demo-walk.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'taiwa-demo-'));
const port = await new Promise((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address();
    s.close(() => resolve(port));
  });
});
const base = `http://localhost:${port}`;
const NOT_SHARED = 'has not shared';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `check` until it returns something truthy (a condition, not a fixed wait), up to `ms`. */
async function until(what, check, ms = 60_000) {
  const end = Date.now() + ms;
  for (;;) {
    const v = await check().catch(() => undefined);
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

function startDemo() {
  const child = spawn(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), '--port', String(port), '--strictPort'], {
    cwd: root,
    env: { ...process.env, TAIWA_DATA_DIR: dataDir, TAIWA_LOG: 'off', TAIWA_DEMO: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  child.stdout.resume();
  const ready = until(
    'the demo server',
    async () => (await fetch(`${base}/api/records/session?personId=mem-1`, { headers: await signIn('mem-1') })).ok,
    120_000,
  );
  return { child, ready };
}
const stop = (child) => new Promise((resolve) => (child.once('exit', resolve), child.kill('SIGTERM')));
/** The demo's sign-in (TAIWA_DEMO=1): a token for a sample person, as the role switch gets one. */
async function signIn(personId) {
  const res = await fetch(`${base}/api/demo/sign-in`, { method: 'POST', body: JSON.stringify({ personId }) });
  if (!res.ok) throw new Error(`demo sign-in: ${res.status}`);
  return { authorization: `Bearer ${(await res.json()).token}` };
}
// Read as mem-1, the member whose records these are.
const json = async (path) => (await fetch(base + path, { headers: await signIn('mem-1') })).json();

let demo = startDemo();
await demo.ready;
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
try {
  // The member's next 1:1, as the demo page picks it: the first by date neither held nor cancelled.
  const [session] = (await json('/api/records/session?personId=mem-1')).records
    .filter((s) => !s.heldAt && !s.cancelledAt)
    .sort((a, b) => (a.scheduledAt < b.scheduledAt ? -1 : a.scheduledAt > b.scheduledAt ? 1 : 0));
  const managerId = session?.managerId;
  if (!managerId) throw new Error('no upcoming session for mem-1 in the sample data');

  /** The text of the manager's agenda view of mem-1's next 1on1, from a fresh browser context. */
  const managerView = async (id) => {
    const context = await browser.createBrowserContext();
    const manager = await context.newPage();
    await manager.goto(`${base}/?as=${id}&lang=en#team`, { waitUntil: 'networkidle0' });
    await manager.evaluate(() => {
      const select = document.querySelector('#content select');
      if (select) {
        select.value = 'mem-1';
        select.dispatchEvent(new Event('change'));
      }
    });
    await sleep(1500);
    const text = await manager.evaluate(() => {
      let t = '';
      const visit = (n) => n.shadowRoot && ((t += n.shadowRoot.textContent), n.shadowRoot.querySelectorAll('*').forEach(visit));
      visit(document.querySelector('#content taiwa-agenda'));
      return t.replace(/\s+/g, ' ');
    });
    await context.close();
    return text;
  };
  const before = await managerView(managerId);
  if (!before.includes(NOT_SHARED)) throw new Error(`the manager's view should say the agenda is not shared yet: ${before.slice(0, 200)}`);

  // The member, in a context of their own: tick "Future career" and submit.
  const member = await (await browser.createBrowserContext()).newPage();
  await member.goto(`${base}/?as=mem-1&lang=en#prepare`, { waitUntil: 'networkidle0' });
  const clickIn = (page, text) =>
    page.evaluate((text) => {
      const all = [];
      const visit = (n) =>
        n.shadowRoot && (all.push(...n.shadowRoot.querySelectorAll('input, button')), n.shadowRoot.querySelectorAll('*').forEach(visit));
      visit(document.querySelector('taiwa-agenda'));
      const el = all.find((e) => (e.closest('label')?.textContent ?? e.textContent).includes(text));
      el?.click();
      return Boolean(el);
    }, text);
  await until('the agenda form', () => clickIn(member, 'Future career'));
  await until('the response styles', () => clickIn(member, 'Just listen'));
  await clickIn(member, 'Share the agenda with my manager');
  if (process.env.DEBUG_E2E) {
    // What the member's form says after the submit, and what the server holds.
    await sleep(3000);
    console.log(
      await member.evaluate(() => {
        let t = '';
        const v = (n) => n.shadowRoot && ((t += n.shadowRoot.textContent), n.shadowRoot.querySelectorAll('*').forEach(v));
        v(document.querySelector('taiwa-agenda'));
        return t.replace(/\s+/g, ' ');
      }),
    );
    console.log(
      JSON.stringify(
        (await json('/api/records/agenda?personId=mem-1')).records.map((a) => [a.sessionId, a.submittedAt, a.items.map((i) => i.topicId)]),
      ),
      session.id,
    );
  }
  const sent = await until('the submitted agenda on the server', async () => {
    const agendas = (await json('/api/records/agenda?personId=mem-1')).records;
    return agendas.find((a) => a.submittedAt && a.items.some((i) => i.topicId === 'career') && a.sessionId === session.id);
  });
  console.log(`member: agenda ${sent.id} submitted and stored (${sent.items.length} items)`);

  // Restart the server: the data folder keeps it.
  await stop(demo.child);
  demo = startDemo();
  await demo.ready;

  const seen = await until('the member’s topic in the manager’s view', async () => {
    const text = await managerView(managerId);
    return text.includes('Future career') && !text.includes(NOT_SHARED) && text;
  });
  console.log(`manager ${managerId}: sees the member’s agenda after a restart (${seen.length} characters of agenda)`);
  const actions = async () => (await json('/api/records/action?personId=mem-1')).records;
  for (const lang of ['ja', 'en'])
    await walk({
      browser,
      base,
      lang,
      managerId,
      until,
      sessions: async () => (await json('/api/records/session?personId=mem-1')).records,
      actions,
    });
  console.log('demo e2e: passed');
} finally {
  await browser.close();
  await stop(demo.child);
  rmSync(dataDir, { recursive: true, force: true });
}
