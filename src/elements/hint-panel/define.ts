import { define } from '../../core/define.js';
import { TaiwaHintPanel } from './hint-panel.js';

define('taiwa-hint-panel', TaiwaHintPanel);

declare global {
  interface HTMLElementTagNameMap {
    'taiwa-hint-panel': TaiwaHintPanel;
  }
}
