// Registers every Taiwa tag. The only other side-effect modules are src/elements/*/define.ts.
import './elements/provider/define.js';
import './elements/topic-picker/define.js';
import './elements/response-selector/define.js';
import './elements/agenda/define.js';
import './elements/hint-panel/define.js';
import './elements/satisfaction-rater/define.js';
import './elements/level-tracker/define.js';
import './elements/level-check-in/define.js';
import './elements/strength-map/define.js';
import './elements/sync-status/define.js';
import './elements/engagement-drivers/define.js';
import './elements/effect-chart/define.js';
import './elements/cadence/define.js';
import './elements/pulse/define.js';
