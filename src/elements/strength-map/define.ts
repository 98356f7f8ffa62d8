import { define } from '../../core/define.js';
import { TaiwaStrengthMap } from './strength-map.js';

define('taiwa-strength-map', TaiwaStrengthMap);

declare global {
  interface HTMLElementTagNameMap {
    'taiwa-strength-map': TaiwaStrengthMap;
  }
}
