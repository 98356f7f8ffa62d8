/**
 * The last keystroke and the last submit survive a close (issue 15, item 6), with same-origin
 * iframes as tabs (test/core/write-ahead-frame.html) over the example backend: 20 reloads and 20
 * tab closes issued the moment the typing resolves lose no character, and a tab closed the moment
 * the backend confirmed a submit reopens on the submitted agenda, never on the draft.
 */
import { expect } from '@open-wc/testing';
import { TestTenant } from '../adapters/outbox-server.js';
import type { TabApi } from './write-ahead-frame.js';

type Message = { frame: string; type: string };
const log: Message[] = [];
addEventListener('message', (e: MessageEvent<Message>) => {
  if (e.origin === location.origin && typeof e.data?.frame === 'string') log.push(e.data);
});

/** Resolves at the next `type` message from `frame` after `since` messages. */
async function message(frame: string, type: string, since = 0): Promise<void> {
  const found = () => log.slice(since).some((m) => m.frame === frame && m.type === type);
  while (!found()) await new Promise((resolve) => addEventListener('message', resolve, { once: true }));
}

let tabs = 0;
async function open(
  tenant: TestTenant,
  viewer: string,
  session: string,
): Promise<{ iframe: HTMLIFrameElement; frame: string; api: () => TabApi }> {
  const frame = `f${tabs++}`;
  const iframe = document.createElement('iframe');
  const url = new URL('./write-ahead-frame.html', import.meta.url);
  // The tab signs in as the harness's tester of this tenant (a token in its URL, test-only).
  url.search = new URLSearchParams({ frame, tenant: tenant.name, viewer, session, token: await tenant.token() }).toString();
  iframe.src = url.href;
  iframe.title = `tab ${frame}`;
  const since = log.length;
  document.body.append(iframe);
  await message(frame, 'ready', since);
  return { iframe, frame, api: () => (iframe.contentWindow as unknown as { tab: TabApi }).tab };
}

/** Characters of `expected` missing from `found` (from the first difference on). */
function lost(expected: string, found: string): number {
  let i = 0;
  while (i < expected.length && expected[i] === found[i]) i++;
  return expected.length - i;
}

describe('the last keystroke survives a close', function () {
  this.timeout(120_000);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('20 reloads and 20 tab closes, issued the moment the typing resolves, lose 0 characters', async () => {
    const tenant = new TestTenant('write-ahead');
    const viewer = `m-${tenant.name}`;
    let tab = await open(tenant, viewer, 's1');
    await tab.api().choose('career', 'listen');
    let expected = '';
    const losses: number[] = [];
    for (let i = 0; i < 40; i++) {
      expected += ` ${i}: 次の一歩 — step ${i}`;
      await tab.api().type(expected);
      // The moment the typing resolved: no await between the input and the close.
      if (i % 2 === 0) {
        const since = log.length;
        tab.iframe.contentWindow!.location.reload();
        await message(tab.frame, 'ready', since);
      } else {
        tab.iframe.remove();
        tab = await open(tenant, viewer, 's1');
      }
      losses.push(lost(expected, tab.api().memo()));
    }
    expect(
      losses.filter((n) => n > 0),
      `characters lost per trial: ${losses.join(',')}`,
    ).to.deep.equal([]);
    expect(tab.api().memo()).to.equal(expected);
  });

  it('a tab closed the moment a submit was confirmed reopens on the submitted agenda, 5 of 5', async () => {
    for (let i = 0; i < 5; i++) {
      const tenant = new TestTenant('write-ahead-submit');
      const viewer = `m-${tenant.name}`;
      const tab = await open(tenant, viewer, `s-${i}`);
      await tab.api().choose('work', 'report');
      await tab.api().type(`Shipped the beta ${i}`);
      const since = log.length;
      tab.api().submit();
      await message(tab.frame, 'put', since);
      tab.iframe.remove();
      const again = await open(tenant, viewer, `s-${i}`);
      expect(again.api().submitted(), `trial ${i}: the reopened agenda is submitted`).to.equal(true);
      expect(again.api().text()).not.to.contain('Draft saved');
      again.iframe.remove();
    }
  });
});
