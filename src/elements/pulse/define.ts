import { define } from '../../core/define.js';
import { TaiwaPulse } from './pulse.js';

define('taiwa-pulse', TaiwaPulse);

declare global {
  interface HTMLElementTagNameMap {
    'taiwa-pulse': TaiwaPulse;
  }
}
