/**
 * The built-in English catalogue, in memory: an element that declares it (`static catalogs`) renders
 * an English page with no request for its catalogue. Trusted code, checked by the tests; frozen and
 * shared with `defaultCatalog('en')`. Japanese still loads on demand (`catalog.ts`).
 */
import type { Catalog } from './schemas.js';
import { trustedCatalog } from './catalog.js';
import en from './catalog/en.js';

export const englishCatalog: Catalog = trustedCatalog('en', en as Catalog);
