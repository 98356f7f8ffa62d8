import { define } from '../../core/define.js';
import { TaiwaLevelCheckIn } from './level-check-in.js';

define('taiwa-level-check-in', TaiwaLevelCheckIn);

declare global {
  interface HTMLElementTagNameMap {
    'taiwa-level-check-in': TaiwaLevelCheckIn;
  }
}
