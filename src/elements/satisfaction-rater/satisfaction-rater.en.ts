/** Everything text the rater needs in English, in one module: one request after the element's. */
export { default as core } from '../../i18n/core/en.js';
export { default as strings } from '../../i18n/satisfaction-rater/en.js';
export { default as catalog } from '../../model/catalog/en.js';
