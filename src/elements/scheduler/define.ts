import { define } from '../../core/define.js';
import { TaiwaScheduler } from './scheduler.js';

define('taiwa-scheduler', TaiwaScheduler);

declare global {
  interface HTMLElementTagNameMap {
    'taiwa-scheduler': TaiwaScheduler;
  }
}
