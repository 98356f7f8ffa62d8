import { define } from '../../core/define.js';
import { TaiwaSatisfactionRater } from './satisfaction-rater.js';

define('taiwa-satisfaction-rater', TaiwaSatisfactionRater);

declare global {
  interface HTMLElementTagNameMap {
    'taiwa-satisfaction-rater': TaiwaSatisfactionRater;
  }
}
