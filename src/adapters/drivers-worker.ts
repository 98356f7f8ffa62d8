/** The engagement drivers off the main thread: rows in, the (small) result out. */
import { computeDrivers, type DriverInput, type DriverOptions } from '../insights/drivers.js';

export interface DriversJob {
  input: DriverInput;
  options: DriverOptions;
}

self.onmessage = (e: MessageEvent<DriversJob>) => {
  try {
    self.postMessage({ ok: true, result: computeDrivers(e.data.input, e.data.options) });
  } catch (err) {
    const { name, message } = (err ?? {}) as { name?: string; message?: string };
    self.postMessage({ ok: false, name: name ?? 'Error', message: message ?? String(err) });
  }
};
