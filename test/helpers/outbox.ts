/**
 * Outboxes over the example backend for a test: one per tenant, each closed by `closeOutboxes()`
 * (call it in `afterEach`).
 */
import { createRestAdapter, type RestAdapterOptions } from '../../src/adapters/rest.js';
import { withOutbox, type Outbox, type OutboxOptions } from '../../src/adapters/outbox.js';

const open: Outbox[] = [];

/** Tracks `outbox` so that `closeOutboxes()` closes it. */
export function tracked(outbox: Outbox): Outbox {
  open.push(outbox);
  return outbox;
}

/** An outbox for `tenant` (viewer `v-<name>`, database `outbox-<name>`) over its REST adapter. */
export function tenantOutbox(
  tenant: { name: string; base: string; headers: () => Promise<Record<string, string>> },
  options: Partial<OutboxOptions>,
  rest: Partial<RestAdapterOptions> = {},
): Outbox {
  const adapter = createRestAdapter({ baseUrl: tenant.base, getHeaders: tenant.headers, timeoutMs: 2000, ...rest });
  return tracked(withOutbox(adapter, { viewerId: `v-${tenant.name}`, dbName: `outbox-${tenant.name}`, ...options }));
}

/** Closes every outbox made since the last call. */
export function closeOutboxes(): void {
  open.splice(0).forEach((o) => o.close());
}
