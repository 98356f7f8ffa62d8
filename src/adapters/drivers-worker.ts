/**
 * The engagement drivers off the main thread: one part of a run's bootstrap resamples (columns in,
 * the part's draws out, their buffers transferred).
 */
import { driversPart } from '../insights/drivers-bootstrap.js';
import type { DriverColumns } from '../insights/drivers-columns.js';
import type { DriverOptions } from '../insights/drivers.js';

export interface DriversJob {
  input: DriverColumns;
  options: DriverOptions;
  /** The resamples `from..to` of the run (default all). */
  from?: number;
  to?: number;
}

self.onmessage = (e: MessageEvent<DriversJob>) => {
  try {
    const { input, options, from, to } = e.data;
    const part = driversPart(input, options, from, to);
    const transfer = part.status === 'part' ? [part.r2s.buffer, part.shares.buffer, part.betas.buffer] : [];
    self.postMessage({ ok: true, part }, { transfer });
  } catch (err) {
    const { name, message } = (err ?? {}) as { name?: string; message?: string };
    self.postMessage({ ok: false, name: name ?? 'Error', message: message ?? String(err) });
  }
};
