import { define } from '../../core/define.js';
import { TaiwaSyncStatus } from './sync-status.js';

define('taiwa-sync-status', TaiwaSyncStatus);

declare global {
  interface HTMLElementTagNameMap {
    'taiwa-sync-status': TaiwaSyncStatus;
  }
}
