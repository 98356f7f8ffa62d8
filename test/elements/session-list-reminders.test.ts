/**
 * `taiwa-reminder` from an open page: the day before and on the day, once per reminder however
 * many tabs show the list. Same-origin iframes are the tabs (test/elements/reminder-frame.html).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/session-list/define.js';
import type { TaiwaSessionList } from '../../src/elements/session-list/session-list.js';
import type { Session } from '../../src/model/schemas.js';
import type { TaiwaReminderEvent } from '../../src/events/index.js';

const stamp = '2026-03-01T00:00:00.000Z';
const session = (id: string, scheduledAt: string, extra: Partial<Session> = {}): Session => ({
  id,
  createdAt: stamp,
  updatedAt: stamp,
  memberId: 'm1',
  managerId: 'k1',
  scheduledAt,
  ...extra,
});
// Tokyo: 10 March 10:00 (tomorrow), 11 March 15:00 (not yet), 10 March 11:00 cancelled.
const SESSIONS = [
  session('s1', '2026-03-10T01:00:00.000Z'),
  session('s2', '2026-03-11T06:00:00.000Z'),
  session('gone', '2026-03-10T02:00:00.000Z', { cancelledAt: stamp }),
];
// 9 March 12:00 in Tokyo: the day-before reminder of s1 (due 09:00) is due.
const NOW = Date.parse('2026-03-09T03:00:00.000Z');

interface FrameMessage {
  frame: string;
  type: 'reminder' | 'checked';
  id?: string;
}
const log: FrameMessage[] = [];
addEventListener('message', (e: MessageEvent<FrameMessage>) => {
  if (e.data && typeof e.data.frame === 'string') log.push(e.data);
});

function tab(frame: string, viewer: string, now = NOW): HTMLIFrameElement {
  const iframe = document.createElement('iframe');
  const url = new URL('./reminder-frame.html', import.meta.url);
  url.search = new URLSearchParams({
    frame,
    viewer,
    now: String(now),
    sessions: JSON.stringify(SESSIONS.map((x) => ({ ...x, memberId: viewer }))),
  }).toString();
  iframe.src = url.href;
  iframe.title = `tab ${frame}`;
  document.body.append(iframe);
  return iframe;
}
const checked = (frame: string) =>
  waitUntil(() => log.some((m) => m.frame === frame && m.type === 'checked'), `tab ${frame} checked`, { timeout: 15000 });
const fired = (frames: string[]) => log.filter((m) => m.type === 'reminder' && frames.includes(m.frame)).map((m) => m.id);

describe('taiwa-session-list reminders', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('fires each due reminder once across two tabs opened together, and not again in a later tab', async () => {
    const viewer = `m1-${Math.random().toString(36).slice(2)}`;
    tab('a', viewer);
    tab('b', viewer);
    await Promise.all([checked('a'), checked('b')]);
    expect(fired(['a', 'b'])).to.deep.equal(['s1/day-before/2026-03-10']);
    tab('c', viewer);
    await checked('c');
    expect(fired(['c']), 'a tab opened later fires nothing already fired').to.deep.equal([]);
    // The next morning (08:00 Tokyo) the same-day reminder is due, once.
    const morning = Date.parse('2026-03-09T23:30:00.000Z');
    tab('d', viewer, morning);
    tab('e', viewer, morning);
    await Promise.all([checked('d'), checked('e')]);
    expect(fired(['d', 'e'])).to.deep.equal(['s1/same-day/2026-03-10']);
  });

  it('fires nothing without the reminders attribute, and on the element when on', async () => {
    const events: TaiwaReminderEvent[] = [];
    const off = await fixture<TaiwaSessionList>(
      html`<taiwa-session-list viewer-id="m1" time-zone="Asia/Tokyo" .now=${NOW} .records=${{ sessions: SESSIONS }}></taiwa-session-list>`,
    );
    off.addEventListener('taiwa-reminder', (e) => events.push(e));
    await off.updateComplete;
    expect(events).to.have.length(0);
    const viewer = `m1-${Math.random().toString(36).slice(2)}`;
    const container = await fixture<HTMLDivElement>(html`<div @taiwa-reminder=${(e: TaiwaReminderEvent) => events.push(e)}></div>`);
    const on = document.createElement('taiwa-session-list');
    Object.assign(on, {
      reminders: true,
      now: NOW,
      viewerId: viewer,
      timeZone: 'Asia/Tokyo',
      records: { sessions: SESSIONS.map((x) => ({ ...x, memberId: viewer })) },
    });
    container.append(on);
    await on.updateComplete;
    expect(events.map((e) => [e.detail.id, e.detail.kind, e.detail.dueAt])).to.deep.equal([
      ['s1/day-before/2026-03-10', 'day-before', '2026-03-09T00:00:00.000Z'],
    ]);
  });
});
