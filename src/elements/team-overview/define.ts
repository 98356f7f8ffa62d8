import { define } from '../../core/define.js';
import { TaiwaTeamOverview } from './team-overview.js';

define('taiwa-team-overview', TaiwaTeamOverview);

declare global {
  interface HTMLElementTagNameMap {
    'taiwa-team-overview': TaiwaTeamOverview;
  }
}
