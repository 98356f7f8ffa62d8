/** Everything text the rater needs in Japanese, in one module: one request after the element's. */
export { default as core } from '../../i18n/core/ja.js';
export { default as strings } from '../../i18n/satisfaction-rater/ja.js';
export { default as catalog } from '../../model/catalog/ja.js';
