/**
 * A "tab" for the reminder tests: a session list with reminders on, over the sessions the parent
 * names; reports each `taiwa-reminder` it fires, and when its first check is done.
 */
import '../../src/elements/session-list/define.js';
import type { Session } from '../../src/model/schemas.js';

const params = new URLSearchParams(location.search);
const frame = params.get('frame') ?? '?';
const now = Number(params.get('now'));
const post = (message: object) => parent.postMessage({ frame, ...message }, '*');
const sessions = JSON.parse(params.get('sessions') ?? '[]') as Session[];

const el = document.createElement('taiwa-session-list');
el.setAttribute('viewer-id', params.get('viewer')!);
el.setAttribute('time-zone', 'Asia/Tokyo');
el.reminders = true;
el.now = now;
el.records = { sessions };
el.addEventListener('taiwa-reminder', (e) => post({ type: 'reminder', id: e.detail.id }));
document.body.append(el);
await el.updateComplete;
post({ type: 'checked' });
