/**
 * Tab coordination: one tab at a time delivers (a Web Lock per outbox database), and every tab hears
 * what the others did (a BroadcastChannel), so they all show the same status.
 */
import type { RecordKind } from '../model/records.js';

export type TabMessage =
  { type: 'changed' } | { type: 'sent'; key: string; kind: RecordKind; id: string; revision?: string } | { type: 'logout' };

export class OutboxTabs {
  private readonly channel: BroadcastChannel | undefined;

  constructor(
    private readonly name: string,
    receive: (message: TabMessage) => void,
  ) {
    if (typeof BroadcastChannel === 'undefined') return;
    this.channel = new BroadcastChannel(`taiwa-outbox:${name}`);
    this.channel.onmessage = (e: MessageEvent<TabMessage>) => receive(e.data);
  }

  /** Tells the other tabs of this viewer. */
  post(message: TabMessage): void {
    try {
      this.channel?.postMessage(message);
    } catch {
      // The channel closed with the page.
    }
  }

  /** Runs `fn` holding this outbox's delivery lock (directly where Web Locks are missing). */
  async withLock(fn: () => Promise<void>): Promise<void> {
    const locks = globalThis.navigator?.locks;
    if (!locks) return fn();
    await locks.request(`taiwa-outbox:${this.name}`, () => fn());
  }

  /** Whether claims are protected by the lock (otherwise by leases). */
  get locked(): boolean {
    return !!globalThis.navigator?.locks;
  }

  close(): void {
    this.channel?.close();
  }
}
