/**
 * The manager's weaker topic × response combinations, from the members' feedback. Read only by a
 * manager's hint panel that was not told by its parent whether the combination is weak, and loaded
 * then. The panel hands in the guard: importing it here would make guard.ts a file of its own on the
 * panel's page (esbuild makes a chunk per set of entry points that reach a module).
 */
import type { guard } from '../../core/guard.js';
import type { TaiwaAdapter } from '../../adapters/types.js';
import type { TaiwaDataError } from '../../model/errors.js';

type WeakCells = { cells: Set<string>; errors: TaiwaDataError[] };

// A manager's agenda shows one panel per item: they share one read while it is under way. Nothing is
// kept after it settles, so a panel opened after new feedback arrived reads it.
const inFlight = new WeakMap<TaiwaAdapter, Map<string, Promise<WeakCells>>>();

async function read(guarded: typeof guard, adapter: TaiwaAdapter, managerId: string): Promise<WeakCells> {
  // The manager's own map (members' ratings only), aggregated by the adapter where the data lives.
  const { result, errors } = await guarded(adapter).aggregate('strengths', { managerId, own: true });
  const cells = result.cells;
  return { cells: new Set(cells.filter((c) => c.classification === 'weakness').map((c) => `${c.topicId}|${c.responseId}`)), errors };
}

/** Keys `topicId|responseId` of the cells classified as a weakness (masked cells never are). */
export function weakCells(guarded: typeof guard, adapter: TaiwaAdapter, managerId: string): Promise<WeakCells> {
  let byManager = inFlight.get(adapter);
  if (!byManager) inFlight.set(adapter, (byManager = new Map()));
  let pending = byManager.get(managerId);
  if (!pending) {
    const map = byManager;
    pending = read(guarded, adapter, managerId).finally(() => map.delete(managerId));
    map.set(managerId, pending);
  }
  return pending;
}
