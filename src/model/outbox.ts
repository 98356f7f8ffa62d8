/**
 * What the outbox says about the writes it keeps: types only, so events and elements can name them
 * without importing the outbox itself.
 */
import type { RecordKind } from './records.js';

/** Why an entry is not delivered yet, as the server or the network said it. */
export interface EntryError {
  code: string;
  message: string;
  status?: number;
  field?: string;
  rule?: string;
  /** The server's own explanation (its problem details' `detail`), shown as text. */
  detail?: string;
}

/** A write's state, in the member's words: saved on this device, sending, sent, needs attention. */
export type OutboxState = 'pending' | 'sending' | 'sent' | 'needs-attention';

export interface OutboxRecordStatus {
  kind: RecordKind;
  id: string;
  state: OutboxState;
  attempts: number;
  /** When the write was committed on this device (epoch ms). */
  savedAt: number;
  /** When the next attempt is due (epoch ms), for a pending write that failed before. */
  nextAttemptAt?: number;
  /** What went wrong last (for `needs-attention`: what the server refused). */
  error?: EntryError;
}

export interface OutboxCounts {
  /** Saved on this device, waiting to be sent. */
  pending: number;
  sending: number;
  /** Confirmed by the backend since this page loaded (in any tab). */
  sent: number;
  needsAttention: number;
}

export interface OutboxStatus {
  counts: OutboxCounts;
  records: OutboxRecordStatus[];
  /** Why nothing is being sent right now: the member must sign in again, or the device is offline. */
  paused?: 'auth' | 'offline';
  /**
   * The last read could not reach the backend (offline, timeout, server error, sign-in needed), so
   * `query` answered with what is on this device: the viewer's unsent writes. A UI can say "offline,
   * showing what is on this device". Cleared by the next read the backend answers.
   */
  unreachable?: EntryError;
  /**
   * The last delivery run stopped because the outbox's own storage failed (nothing is lost; it tries
   * again). Cleared by the next run that completes.
   */
  error?: EntryError;
}

/** An undelivered write with its record, for the member to fix or download. */
export interface OutboxItem extends OutboxRecordStatus {
  record: unknown;
  /**
   * For a write refused because the record changed elsewhere (412, `error.code` `conflict`): the
   * stored version it would have replaced, beside `record` (yours). `keepMine` or `takeTheirs`.
   */
  theirs?: { record: unknown; revision?: string };
}

export interface OutboxExport {
  format: 'taiwa-outbox-export';
  version: 1;
  viewerId: string;
  exportedAt: string;
  records: OutboxItem[];
}
