import { define } from '../../core/define.js';
import { TaiwaAgenda } from './agenda.js';

define('taiwa-agenda', TaiwaAgenda);

declare global {
  interface HTMLElementTagNameMap {
    'taiwa-agenda': TaiwaAgenda;
  }
}
