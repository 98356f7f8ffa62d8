import { define } from '../../core/define.js';
import { TaiwaLevelTracker } from './level-tracker.js';

define('taiwa-level-tracker', TaiwaLevelTracker);

declare global {
  interface HTMLElementTagNameMap {
    'taiwa-level-tracker': TaiwaLevelTracker;
  }
}
