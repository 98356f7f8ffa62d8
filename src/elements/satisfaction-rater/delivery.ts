/**
 * Whether a saved record has reached the backend, so a status line can say "sent" only when it was.
 * An adapter that queues writes (the outbox of `withOutbox`) resolves `put` once the record is safe
 * on this device and tells the rest through `stateOf(kind, id)` and `status` events; any other
 * adapter resolves `put` once the write is durable where it keeps records, which is delivery.
 * Duck-typed, so no adapter module is loaded for it. Loaded lazily with the views.
 */
interface Queueing {
  stateOf?(kind: string, id: string): string | undefined;
  status?(): Promise<unknown>;
  addEventListener?(type: string, listener: () => void): void;
  removeEventListener?(type: string, listener: () => void): void;
}

/**
 * False while the adapter says the write of `kind` `id` waits on this device (pending, sending, or
 * refused); true once sent, when the adapter does not queue, or when it knows nothing of the record
 * (it came from the backend, or was sent in an earlier page).
 */
export function delivered(adapter: unknown, kind: string, id: string): boolean {
  const a = adapter as Queueing | undefined;
  const state = typeof a?.stateOf === 'function' ? a.stateOf(kind, id) : undefined;
  return state === undefined || state === 'sent';
}

/**
 * After a `put` of `kind` `id` through `adapter`: brings the adapter's view of it up to date, then
 * calls `update` on each status change until the record is sent, so the status line can move from
 * "saved on this device" to "sent". Does nothing for an adapter that does not queue.
 */
export async function watchDelivery(adapter: unknown, kind: string, id: string, update: () => void): Promise<void> {
  const a = adapter as Queueing | undefined;
  if (typeof a?.stateOf !== 'function') return;
  // `put` resolved before the outbox re-read its own state: read it now, or a queued write looks unknown.
  await Promise.resolve(a.status?.()).catch(() => undefined);
  if (delivered(a, kind, id) || !a.addEventListener) return;
  const listener = () => {
    update();
    if (delivered(a, kind, id)) a.removeEventListener?.('status', listener);
  };
  a.addEventListener('status', listener);
}
