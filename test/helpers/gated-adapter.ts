/**
 * A real memory adapter whose writes wait at a gate until the test releases them: a backend that is
 * slow, on the test's command rather than on a timer.
 */
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapters/memory.js';
import type { TaiwaAdapter } from '../../src/adapters/types.js';

export function gatedWrites(): { memory: MemoryAdapter; adapter: TaiwaAdapter; release: () => void; puts: () => number } {
  const memory = createMemoryAdapter();
  let puts = 0;
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const adapter: TaiwaAdapter = {
    local: true,
    query: (kind, query) => memory.query(kind, query),
    put: async (kind, record) => {
      puts++;
      await gate;
      await memory.put(kind, record);
    },
  };
  return { memory, adapter, release, puts: () => puts };
}
