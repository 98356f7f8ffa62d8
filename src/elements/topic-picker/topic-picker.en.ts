/**
 * The picker's own strings in English.
 * The shared strings and the catalogue are chunks of their own in a host's split build: the
 * loader (src/core/loader.ts) requests them beside this module, in the same round trip.
 */
export { default as strings } from '../../i18n/topic-picker/en.js';
