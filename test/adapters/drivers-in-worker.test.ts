import { expect } from '@open-wc/testing';
import { driversInWorker } from '../../src/adapters/drivers-in-worker.js';
import { computeDrivers } from '../../src/insights/drivers.js';
import { simulate } from '../insights/drivers-simulation.js';

describe('driversInWorker', () => {
  it('gives the result of one computation on this thread, with one Worker or split over two', async () => {
    const input = simulate(1200, 8, 1 / 3, 0.5);
    const options = { resamples: 150, seed: 3 };
    const here = computeDrivers(input, options);
    expect(here.status).to.equal('ok');
    expect(await driversInWorker(input, { ...options, workers: 2 })).to.deep.equal(here);
    expect(await driversInWorker(input, { ...options, workers: 1 })).to.deep.equal(here);
    // It ran in the Worker, not in the fallback on this thread.
    expect(performance.getEntriesByType('resource').some((e) => e.name.includes('drivers-worker'))).to.equal(true);
  });

  it('rejects a bad option from the Worker with its error, and says why a small group shows nothing', async () => {
    const input = simulate(100, 8, 1 / 3, 0.5);
    let error: unknown;
    await driversInWorker(input, { confidence: 2, workers: 2 }).catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(Error);
    expect((error as Error).name).to.equal('RangeError');
    expect((error as Error).message).to.match(/confidence/);
    const small = await driversInWorker(simulate(10, 8), { workers: 2 });
    expect(small).to.include({ status: 'insufficient', reason: 'too-few-people', n: 10 });
  });
});
