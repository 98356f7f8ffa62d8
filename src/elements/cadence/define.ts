import { define } from '../../core/define.js';
import { TaiwaCadence } from './cadence.js';

define('taiwa-cadence', TaiwaCadence);

declare global {
  interface HTMLElementTagNameMap {
    'taiwa-cadence': TaiwaCadence;
  }
}
