/**
 * The sync status's words: which sentence the live region says for an outbox status, and whether
 * the member is cut off from the backend. Loaded lazily with the strings (see `static views`), so
 * the element's up-front code stays small.
 */
import { format } from '../../core/format.js';
import type { OutboxState, OutboxStatus } from '../../adapters/outbox.js';
import type en from '../../i18n/sync-status/en.js';

export { styles } from './sync-status.styles.js';

/**
 * The backend is out of reach: the device is offline, or the last read could not reach the backend
 * (`unreachable`; a read refused for sign-in is not "offline").
 */
export function isOffline(status: OutboxStatus | undefined): boolean {
  return status?.paused === 'offline' || (!!status?.unreachable && status.unreachable.code !== 'auth');
}

/**
 * One sentence for the live region: changes of category are announced, not every count. `one` is
 * the state of the one record shown (`kind` + `record-id`), `null` when showing all of them.
 */
export function summary(s: typeof en, st: OutboxStatus | undefined, one: OutboxState | undefined | null): string {
  if (!st) return '';
  const offline = isOffline(st);
  if (one !== null) {
    if (!one) return '';
    if (one === 'pending' && st.paused === 'auth') return s.auth;
    if (one === 'pending' && offline) return st.unreachable ? s.unreachable : s.offline;
    return one === 'needs-attention' ? s.attention : one === 'sending' ? s.sending : one === 'sent' ? s.sent : s.pending;
  }
  const c = st.counts;
  const waiting = c.pending + c.sending > 0;
  if (c.needsAttention > 0) return format(s.attentionCount, { n: c.needsAttention });
  if (waiting && st.paused === 'auth') return s.auth;
  // Unreachable reads are said even with nothing waiting: what the page shows is what is on this device.
  if (st.unreachable && offline) return s.unreachable;
  if (waiting) return offline ? s.offline : s.sending;
  return c.sent > 0 ? s.allSent : '';
}

/**
 * Whether the sentence is about a write the server refused: said at once (`role="alert"`, a new
 * node, so it is announced) and shown prominently, not as a quiet line.
 */
export function urgent(st: OutboxStatus | undefined, one: OutboxState | undefined | null): boolean {
  if (!st) return false;
  return one !== null ? one === 'needs-attention' : st.counts.needsAttention > 0;
}
