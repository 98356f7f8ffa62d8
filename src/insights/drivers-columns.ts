/**
 * The drivers' input as columns: one `Float64Array` for the engagement scores and one for the
 * answers (row-major, people × predictors), NaN where a value is missing. Built once from the rows
 * (`toColumns`); it is what the bootstrap reads, and what a page posts to the drivers Workers
 * (copied as two flat buffers instead of 10,000 objects).
 */
import type { DriverInput } from './drivers.js';

export interface DriverColumns {
  predictors: readonly string[];
  /** People (rows). */
  n: number;
  /** Length `n`; NaN: no score. */
  engagement: Float64Array;
  /** Length `n × predictors.length`, row-major; NaN: not answered. */
  values: Float64Array;
}

const num = (v: number | null | undefined) => (typeof v === 'number' && Number.isFinite(v) ? v : NaN);

export function isColumns(input: DriverInput | DriverColumns): input is DriverColumns {
  return (input as DriverColumns).engagement instanceof Float64Array;
}

/** `input` as columns (a `DriverColumns` is returned as is). */
export function toColumns(input: DriverInput | DriverColumns): DriverColumns {
  if (isColumns(input)) {
    const p = input.predictors.length;
    if (input.engagement.length !== input.n || input.values.length !== input.n * p) {
      throw new RangeError(`computeDrivers: columns of ${input.n} people and ${p} predictors need ${input.n} scores and ${input.n * p} values.`);
    }
    return input;
  }
  const p = input.predictors.length;
  const n = input.rows.length;
  const engagement = new Float64Array(n);
  const values = new Float64Array(n * p);
  for (let r = 0; r < n; r++) {
    const row = input.rows[r]!;
    engagement[r] = num(row.engagement);
    for (let c = 0; c < p; c++) values[r * p + c] = num(row.values[c]);
  }
  return { predictors: input.predictors, n, engagement, values };
}
