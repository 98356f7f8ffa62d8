/**
 * The queue behind the write path's batches (server/write-batch.ts, server/write-reads.ts): one
 * batch in flight per queue; what is queued while it runs forms the next. The first batch starts on
 * the next turn of the event loop, so the items queued in one turn go together, and a batch's size
 * follows the load.
 */
export function batchQueue<T, B>(
  take: (queue: readonly T[]) => { next: B; rest: T[] },
  run: (next: B) => Promise<void>,
): (item: T) => void {
  let queue: T[] = [];
  let running = false;
  const schedule = () => {
    if (running || queue.length === 0) return;
    running = true;
    setImmediate(() => void drain());
  };
  const drain = async () => {
    try {
      while (queue.length > 0) {
        const { next, rest } = take(queue);
        queue = rest;
        await run(next);
      }
    } finally {
      running = false;
      schedule();
    }
  };
  return (item) => {
    queue.push(item);
    schedule();
  };
}
