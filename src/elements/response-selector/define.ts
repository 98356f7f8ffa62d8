import { define } from '../../core/define.js';
import { TaiwaResponseSelector } from './response-selector.js';

define('taiwa-response-selector', TaiwaResponseSelector);

declare global {
  interface HTMLElementTagNameMap {
    'taiwa-response-selector': TaiwaResponseSelector;
  }
}
