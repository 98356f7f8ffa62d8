// Hint catalogue (en), every hint: the general ones, then one file per built-in topic (./en/*.ts),
// so a panel that shows one topic loads that topic's hints only (model/hint-parts.ts). The parts
// are imported on demand here too: imported statically, a bundler would split each part in two
// chunks (one shared with this file), a request level more for the panel that wants one part.
import type { Hint } from '../schemas.js';

const parts = await Promise.all([
  import('./en/general.js'),
  import('./en/work.js'),
  import('./en/relationships.js'),
  import('./en/wellbeing.js'),
  import('./en/career.js'),
  import('./en/skills.js'),
  import('./en/private.js'),
  import('./en/policy.js'),
]);
const hints: Hint[] = parts.flatMap((p) => p.default);
export default hints;
