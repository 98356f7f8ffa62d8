/**
 * Test helpers for the example backend (server/, started by web-test-runner on PGlite): one tenant per
 * test, its fault controls and its counters, and sample records.
 */
import type { Agenda, Pulse } from '../../src/model/schemas.js';
import type { Captured as CapturedRequest } from '../../server/testing/tenant.js';

export interface ServerStats {
  records: number;
  byKind: Record<string, number>;
  ids: string[];
  duplicates: number;
  overlaps: number;
  received: number;
  applied: number;
  replayed: number;
  rejected: number;
  faults: Record<string, number>;
}

/** A request as the test server captured it (the server's own type: erased in the browser). */
export type { Captured as CapturedRequest } from '../../server/testing/tenant.js';

let counter = 0;

export class TestTenant {
  readonly name: string;
  readonly base: string;
  constructor(label: string) {
    this.name = `${label}-${Date.now().toString(36)}-${(counter++).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    this.base = `/api/t/${this.name}`;
  }
  private signedIn: Promise<string> | undefined;
  /**
   * A token for the tenant's test person, `tester`, provisioned on first use. The tenant is then
   * authentication-only (`relations: false`): these tests write every kind for many people as one
   * person; the policy's own tests are test/server/policy* and test/adapters/auth-harness.test.ts.
   */
  token(): Promise<string> {
    return (this.signedIn ??= (async () => {
      await this.people([{ id: 'tester' }]);
      await this.configure({ relations: false });
      return this.tokenFor('tester');
    })());
  }
  /** `getHeaders` for the tenant's REST adapter: `Authorization: Bearer <token()>`. */
  readonly headers = async (): Promise<Record<string, string>> => ({ authorization: `Bearer ${await this.token()}` });
  /** Provisions people in the tenant's org chart (`hrAdmin`: the HR grant). */
  async people(people: { id: string; managerId?: string; hrAdmin?: boolean; active?: boolean }[]): Promise<void> {
    const res = await fetch(`${this.base}/_control/people`, { method: 'POST', body: JSON.stringify({ people }) });
    if (!res.ok) throw new Error(`provisioning failed: ${res.status}`);
  }
  /** A token the harness signs for `personId` in this tenant. */
  async tokenFor(personId: string, expiresIn?: string | number): Promise<string> {
    const res = await fetch(`${this.base}/_control/token`, { method: 'POST', body: JSON.stringify({ personId, expiresIn }) });
    if (!res.ok) throw new Error(`token failed: ${res.status}`);
    return ((await res.json()) as { token: string }).token;
  }
  async configure(config: Record<string, unknown>): Promise<void> {
    const res = await fetch(`${this.base}/_control`, { method: 'POST', body: JSON.stringify(config) });
    if (!res.ok) throw new Error(`control failed: ${res.status}`);
  }
  async stats(): Promise<ServerStats> {
    return (await fetch(`${this.base}/_control/stats`)).json() as Promise<ServerStats>;
  }
  async requests(): Promise<CapturedRequest[]> {
    return ((await (await fetch(`${this.base}/_control/requests`)).json()) as { requests: CapturedRequest[] }).requests;
  }
}

/** A seeded PRNG for the tests: the demo data's mulberry32. */
export { mulberry32 as seeded } from '../../demo/data/generate.js';

const at = (n: number) => new Date(Date.UTC(2025, 0, 1) + n * 60_000).toISOString();

/** A valid pulse; `refused` makes one the client accepts but the server's rule refuses (422). */
export function pulse(n: number, { refused = false, prefix = 'p' }: { refused?: boolean; prefix?: string } = {}): Pulse {
  return {
    id: `${prefix}-${n}`,
    createdAt: at(n),
    updatedAt: refused ? at(n - 1) : at(n),
    memberId: `m-${n % 7}`,
    managerId: 'boss',
    month: '2025-03',
    growth: (n % 5) + 1,
  };
}

export function agenda(n: number, items: Agenda['items']): Agenda {
  return { id: `a-${n}`, createdAt: at(n), updatedAt: at(n), sessionId: `s-${n}`, memberId: 'm-1', managerId: 'boss', items };
}

/** Resolves when `ready()` holds, checked after each event of `type` on `target` (and once now). */
export function when<T>(
  target: EventTarget,
  type: string,
  ready: () => T | undefined | false | Promise<T | undefined | false>,
): Promise<T> {
  return new Promise((resolve, reject) => {
    let busy = false;
    let again = false;
    const check = async () => {
      if (busy) return void (again = true);
      busy = true;
      try {
        do {
          again = false;
          const v = await ready();
          if (v) {
            target.removeEventListener(type, check);
            return resolve(v);
          }
        } while (again);
      } catch (err) {
        target.removeEventListener(type, check);
        reject(err);
      } finally {
        busy = false;
      }
    };
    target.addEventListener(type, check);
    void check();
  });
}
