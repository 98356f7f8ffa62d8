import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/provider/define.js';
import '../../src/elements/sync-status/define.js';
import type { TaiwaSyncStatus } from '../../src/elements/sync-status/sync-status.js';
import { createRestAdapter } from '../../src/adapters/rest.js';
import { withOutbox, type Outbox } from '../../src/adapters/outbox.js';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import { pulse, TestTenant } from '../adapters/outbox-server.js';
import { isOffline, summary as sentence } from '../../src/elements/sync-status/sync-status.views.js';
import en from '../../src/i18n/sync-status/en.js';
import type { OutboxStatus } from '../../src/adapters/outbox.js';
import { inProvider as mountIn } from '../helpers/mount.js';

const open: Outbox[] = [];

function outboxFor(tenant: TestTenant, extra: { getHeaders?: () => Record<string, string> } = {}) {
  const outbox = withOutbox(createRestAdapter({ baseUrl: tenant.base, getHeaders: tenant.headers, ...extra }), {
    viewerId: `v-${tenant.name}`,
    dbName: `outbox-${tenant.name}`,
    baseDelayMs: 5,
    maxDelayMs: 20,
  });
  open.push(outbox);
  return outbox;
}

async function inProvider(outbox: unknown, lang = 'en', attrs = html``) {
  const inner = html`<taiwa-sync-status></taiwa-sync-status>${attrs}`;
  return (await mountIn('taiwa-sync-status', inner, { adapter: outbox, viewer: { id: 'm-1', role: 'member' }, lang })).el;
}

const summary = (el: TaiwaSyncStatus) => el.shadowRoot!.querySelector('[part~="summary"]')!;
const buttons = (el: TaiwaSyncStatus, part: string) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>(`[part~="${part}"]`)];
const until = (el: TaiwaSyncStatus, ok: () => boolean) =>
  new Promise<void>((resolve) => {
    const observer = new MutationObserver(() => ok() && (observer.disconnect(), resolve()));
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    if (ok()) (observer.disconnect(), resolve());
  });

describe('taiwa-sync-status', () => {
  afterEach(() => open.splice(0).forEach((o) => o.close()));

  it('is accessible, listing a write the server refused with what it said', async () => {
    const tenant = new TestTenant('ss-a11y');
    const outbox = outboxFor(tenant);
    await outbox.put('pulse', pulse(1, { refused: true }));
    await outbox.drained();
    const el = await inProvider(outbox);
    await until(el, () => buttons(el, 'retry').length === 1);
    await expect(el).to.be.accessible();
    // Prominent, not a grey line: an alert, framed with the warning colour, in the text colour.
    expect(summary(el).getAttribute('role')).to.equal('alert');
    expect(summary(el).textContent).to.equal('1 not sent: needs your attention.');
    const look = getComputedStyle(summary(el));
    expect(Number(look.fontWeight)).to.be.at.least(600);
    expect(parseFloat(look.borderInlineStartWidth)).to.be.at.least(4);
    expect(look.color).to.equal(getComputedStyle(el.shadowRoot!.querySelector('[part~="label"]')!).color);
    expect(el.shadowRoot!.querySelector('[part~="label"]')!.textContent).to.equal('Monthly pulse');
    expect(el.shadowRoot!.querySelector('[part~="reason"]')!.textContent).to.equal('updatedAt is before createdAt.');
    expect(el.matches(':state(attention)')).to.equal(true);
  });

  it('announces saved on this device, then sending, then sent, in the member’s language', async () => {
    const tenant = new TestTenant('ss-live');
    await tenant.configure({ latencyMs: [60, 60] });
    const outbox = outboxFor(tenant);
    const el = await inProvider(outbox, 'ja');
    const heard: string[] = [];
    new MutationObserver(() => heard.push(summary(el).textContent!)).observe(summary(el), {
      subtree: true,
      childList: true,
      characterData: true,
    });
    await outbox.put('pulse', pulse(1));
    await until(el, () => summary(el).textContent === 'すべて送信しました。');
    expect(heard).to.include('この端末に保存しました。送信中…');
    expect(heard.at(-1)).to.equal('すべて送信しました。');
    expect(el.matches(':state(sent)')).to.equal(true);
  });

  it('shows one record’s state with kind and record-id', async () => {
    const tenant = new TestTenant('ss-one');
    const outbox = outboxFor(tenant);
    const el = await fixture<TaiwaSyncStatus>(
      html`<taiwa-sync-status lang="en" kind="pulse" record-id="p-2" .outbox=${outbox}></taiwa-sync-status>`,
    );
    await outbox.put('pulse', pulse(1));
    await outbox.put('pulse', pulse(2, { refused: true }));
    await until(el, () => summary(el).textContent === 'Needs your attention' && buttons(el, 'retry').length === 1);
    expect(el.matches(':state(attention)')).to.equal(true);
    el.recordId = 'p-1';
    await until(el, () => summary(el).textContent === 'Sent');
    expect(buttons(el, 'retry')).to.have.length(0);
  });

  it('says so when sending waits for the member to sign in again', async () => {
    const tenant = new TestTenant('ss-auth');
    await tenant.configure({ requireToken: 'ok' });
    const outbox = outboxFor(tenant);
    const el = await inProvider(outbox);
    await outbox.put('pulse', pulse(1));
    await until(el, () => summary(el).textContent === 'Saved on this device. Log in again to send it.');
    expect(el.matches(':state(auth)')).to.equal(true);
  });

  it('says offline when the backend cannot be reached, with :state(offline), until a read gets through', async () => {
    const tenant = new TestTenant('ss-unreachable');
    const outbox = outboxFor(tenant);
    const el = await inProvider(outbox);
    await expect(el).to.be.accessible();
    expect(el.matches(':state(offline)')).to.equal(false);
    await tenant.configure({ down: true });
    await outbox.query('pulse', {});
    expect(outbox.current.unreachable?.code).to.equal('network');
    await until(el, () => summary(el).textContent !== '');
    expect(summary(el).getAttribute('role')).to.equal('status');
    expect(summary(el).textContent).to.equal(
      'Offline: your changes are saved on this device and will be sent when the connection is back.',
    );
    expect(el.matches(':state(offline)')).to.equal(true);
    await expect(el).to.be.accessible();
    await tenant.configure({ down: false });
    await outbox.query('pulse', {});
    await until(el, () => summary(el).textContent === '');
    expect(el.matches(':state(offline)')).to.equal(false);
  });

  it('clears "offline" on the first delivery confirmation, with no read of records', async () => {
    const tenant = new TestTenant('ss-offline-clears');
    const outbox = outboxFor(tenant);
    const el = await inProvider(outbox);
    await tenant.configure({ down: true });
    await outbox.query('pulse', {});
    await outbox.put('pulse', pulse(1));
    await until(el, () => el.matches(':state(offline)'));
    await tenant.configure({ down: false });
    await outbox.flush();
    await until(el, () => !el.matches(':state(offline)'));
    expect(outbox.current.unreachable).to.equal(undefined);
    expect(summary(el).textContent).to.not.contain('Offline');
  });

  it('says offline in Japanese too', async () => {
    const tenant = new TestTenant('ss-unreachable-ja');
    await tenant.configure({ down: true });
    const outbox = outboxFor(tenant);
    const el = await inProvider(outbox, 'ja');
    await outbox.query('pulse', {});
    await until(el, () => summary(el).textContent !== '');
    expect(summary(el).textContent).to.equal('オフラインです。変更はこの端末に保存されており、接続が戻ると送信されます。');
    expect(el.matches(':state(offline)')).to.equal(true);
  });

  it('retries with the keyboard, fixes, exports and removes only after a second click', async () => {
    const tenant = new TestTenant('ss-actions');
    const outbox = outboxFor(tenant);
    await tenant.configure({ failIds: { 'p-1': { status: 422, times: 1 }, 'p-2': 422 } });
    await outbox.put('pulse', pulse(1));
    await outbox.put('pulse', pulse(2));
    await outbox.drained();
    const el = await inProvider(outbox);
    await until(el, () => buttons(el, 'retry').length === 2);

    buttons(el, 'retry')[0]!.focus();
    await sendKeys({ press: 'Enter' });
    await until(el, () => buttons(el, 'retry').length === 1);
    await outbox.drained();
    expect((await tenant.stats()).ids).to.deep.equal(['pulse/p-1']);

    setTimeout(() => buttons(el, 'fix')[0]!.click());
    const fix = await oneEvent(el, 'taiwa-fix');
    expect(fix.detail.item.id).to.equal('p-2');
    expect(fix.detail.item.record).to.deep.include({ id: 'p-2' });

    el.addEventListener('taiwa-export', (e) => e.preventDefault(), { once: true });
    setTimeout(() => buttons(el, 'export')[0]!.click());
    const exported = await oneEvent(el, 'taiwa-export');
    expect(exported.detail.data.records.map((r: { id: string }) => r.id)).to.deep.equal(['p-2']);

    buttons(el, 'discard')[0]!.click();
    await el.updateComplete;
    expect(buttons(el, 'discard')[0]!.textContent!.trim()).to.equal('Remove for good');
    buttons(el, 'keep')[0]!.click();
    await el.updateComplete;
    expect(
      (await outbox.needsAttention()).map((i) => i.id),
      'kept',
    ).to.deep.equal(['p-2']);
    buttons(el, 'discard')[0]!.click();
    await el.updateComplete;
    buttons(el, 'discard')[0]!.click();
    await until(el, () => buttons(el, 'retry').length === 0);
    expect(await outbox.needsAttention()).to.deep.equal([]);
  });

  it('stays empty over an adapter without an outbox', async () => {
    const el = await inProvider(createMemoryAdapter());
    await expect(el).to.be.accessible();
    expect(summary(el).textContent).to.equal('');
    expect(el.shadowRoot!.querySelector('[part~="list"]')).to.equal(null);
  });
});

describe('taiwa-sync-status sentences', () => {
  const status = (extra: Partial<OutboxStatus> = {}, counts: Partial<OutboxStatus['counts']> = {}): OutboxStatus => ({
    counts: { pending: 0, sending: 0, sent: 0, needsAttention: 0, ...counts },
    records: [],
    ...extra,
  });
  const down = { code: 'network', message: 'failed to fetch' };

  it('says offline for an unreachable backend, before sending, after what needs attention and sign-in', () => {
    expect(sentence(en, status({ unreachable: down }), null)).to.equal(en.unreachable);
    expect(sentence(en, status({ unreachable: down }, { pending: 2 }), null)).to.equal(en.unreachable);
    expect(sentence(en, status({ unreachable: down }, { needsAttention: 1 }), null)).to.equal('1 not sent: needs your attention.');
    expect(sentence(en, status({ unreachable: down, paused: 'auth' }, { pending: 1 }), null)).to.equal(en.auth);
    expect(sentence(en, status({ paused: 'offline' }, { pending: 1 }), null)).to.equal(en.offline);
    expect(sentence(en, status({}, { pending: 1 }), null)).to.equal(en.sending);
    expect(sentence(en, status({ unreachable: down }), 'pending')).to.equal(en.unreachable);
    expect(sentence(en, status({ unreachable: down }), 'sent')).to.equal(en.sent);
  });

  it('counts an unreachable backend as offline, but not a read refused for sign-in', () => {
    expect(isOffline(status({ unreachable: down }))).to.equal(true);
    expect(isOffline(status({ paused: 'offline' }))).to.equal(true);
    expect(isOffline(status({ unreachable: { code: 'auth', message: 'sign in' } }))).to.equal(false);
    expect(isOffline(status())).to.equal(false);
    expect(isOffline(undefined)).to.equal(false);
  });
});
