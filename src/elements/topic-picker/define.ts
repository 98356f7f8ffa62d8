import { define } from '../../core/define.js';
import { TaiwaTopicPicker } from './topic-picker.js';

define('taiwa-topic-picker', TaiwaTopicPicker);

declare global {
  interface HTMLElementTagNameMap {
    'taiwa-topic-picker': TaiwaTopicPicker;
  }
}
