import { define } from '../../core/define.js';
import { TaiwaSessionList } from './session-list.js';

define('taiwa-session-list', TaiwaSessionList);

declare global {
  interface HTMLElementTagNameMap {
    'taiwa-session-list': TaiwaSessionList;
  }
}
