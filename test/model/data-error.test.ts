import { expect } from '@open-wc/testing';
import * as records from '../../src/model/records.js';
import * as dataError from '../../src/model/data-error.js';
import * as errors from '../../src/model/errors.js';
import { parseRecord } from '../../src/model/validate.js';
import { createIndexedDbAdapter } from '../../src/adapters/indexeddb.js';

// TaiwaDataError lives in data-error.ts (the lazily loaded halves import it from there) and is
// re-exported by records.ts (the read path's) and errors.ts (the hosts'): one class, so a widget's
// `instanceof` holds for an error raised by any of them.
describe('model/data-error', () => {
  it('is one class and one toError whichever module a caller imports them from', () => {
    expect(records.TaiwaDataError).to.equal(dataError.TaiwaDataError);
    expect(errors.TaiwaDataError).to.equal(dataError.TaiwaDataError);
    expect(records.toError).to.equal(dataError.toError);
    expect(errors.toError).to.equal(dataError.toError);
  });

  it('is the class of the errors validation (loaded lazily) and the read path raise', () => {
    const parsed = parseRecord('agenda', { id: 'a1' });
    expect(parsed.ok).to.equal(false);
    expect(!parsed.ok && parsed.error).to.be.instanceOf(records.TaiwaDataError);
    expect(() => createIndexedDbAdapter({ viewerId: '' })).to.throw(errors.TaiwaDataError);
  });
});
