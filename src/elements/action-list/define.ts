import { define } from '../../core/define.js';
import { TaiwaActionList } from './action-list.js';

define('taiwa-action-list', TaiwaActionList);

declare global {
  interface HTMLElementTagNameMap {
    'taiwa-action-list': TaiwaActionList;
  }
}
