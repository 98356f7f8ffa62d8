import { define } from '../../core/define.js';
import { TaiwaEffectChart } from './effect-chart.js';

define('taiwa-effect-chart', TaiwaEffectChart);

declare global {
  interface HTMLElementTagNameMap {
    'taiwa-effect-chart': TaiwaEffectChart;
  }
}
