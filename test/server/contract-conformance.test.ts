/**
 * The adapter conformance suite (`taiwa/testing`) against the REST adapter over real HTTP, on
 * PGlite and on PostgreSQL: the same checks the browser runs against memory, IndexedDB and REST on
 * the test harness (test/package/adapter-conformance.test.ts). A tenant per check.
 */
import { after, before, describe, it } from 'node:test';
import { createRestAdapter } from '../../src/adapters/rest.js';
import { describeAdapterConformance } from '../../src/testing/adapter-conformance.js';
import { startContractServer, requestHeaders, type ContractServer } from './contract-server.js';
import { drivers, tenantName } from './helpers.js';

for (const driver of drivers) {
  describe(`REST on ${driver.name}`, () => {
    let server: ContractServer;
    before(async () => {
      server = await startContractServer(driver);
    });
    after(() => server.close());

    describeAdapterConformance(
      `createRestAdapter on ${driver.name}`,
      {
        create: () => {
          const tenant = tenantName('conformance');
          return createRestAdapter({ baseUrl: `${server.base}/t/${tenant}`, getHeaders: () => requestHeaders(tenant), timeoutMs: 30_000 });
        },
        catalog: { ja: null, en: null },
      },
      { describe, it: (name, body) => it(name, body) },
    );
  });
}
