import { define } from '../../core/define.js';
import { TaiwaProvider } from './provider.js';

define('taiwa-provider', TaiwaProvider);

declare global {
  interface HTMLElementTagNameMap {
    'taiwa-provider': TaiwaProvider;
  }
}
