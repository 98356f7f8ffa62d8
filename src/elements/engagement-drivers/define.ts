import { define } from '../../core/define.js';
import { TaiwaEngagementDrivers } from './engagement-drivers.js';

define('taiwa-engagement-drivers', TaiwaEngagementDrivers);

declare global {
  interface HTMLElementTagNameMap {
    'taiwa-engagement-drivers': TaiwaEngagementDrivers;
  }
}
