// Hint catalogue (ja), every hint: the general ones, then one file per built-in topic (./ja/*.ts),
// so a panel that shows one topic loads that topic's hints only (model/hint-parts.ts). The parts
// are imported on demand here too: imported statically, a bundler would split each part in two
// chunks (one shared with this file), a request level more for the panel that wants one part.
import type { Hint } from '../schemas.js';

const parts = await Promise.all([
  import('./ja/general.js'),
  import('./ja/work.js'),
  import('./ja/relationships.js'),
  import('./ja/wellbeing.js'),
  import('./ja/career.js'),
  import('./ja/skills.js'),
  import('./ja/private.js'),
  import('./ja/policy.js'),
]);
const hints: Hint[] = parts.flatMap((p) => p.default);
export default hints;
