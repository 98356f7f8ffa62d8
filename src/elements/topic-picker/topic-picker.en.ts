/** Everything text the picker needs in English, in one module: one request after the element's. */
export { default as core } from '../../i18n/core/en.js';
export { default as strings } from '../../i18n/topic-picker/en.js';
export { default as catalog } from '../../model/catalog/en.js';
