// What the generated fixture pages import: the element specs and the two viewers.
export { specs } from './specs.js';
export { member, manager } from './data.js';
