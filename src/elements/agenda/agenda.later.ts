/**
 * What `taiwa-agenda` shows once its own content is on screen: the hint panel (advice on the item
 * the member works on, or for the manager on each item) and the action list (「前回決めたこと」,
 * which reads records of its own, not the agenda). Their classes, templates and styles are one
 * chunk, requested when the agenda is idle after its first content (or at once when the member
 * starts to use it), so they add nothing to the bytes before the agenda is shown; the hint texts
 * are requested beside this chunk, not after it (see `AgendaBase.laterControls`).
 */
import { TaiwaActionList } from '../action-list/action-list.js';
import { TaiwaHintPanel } from '../hint-panel/hint-panel.js';
import * as actionViews from '../action-list/action-list.views.js';
import * as hintViews from '../hint-panel/hint-panel.views.js';
import { provideViews } from '../../core/loader.js';

export function laterElements(): { 'taiwa-action-list': typeof TaiwaActionList; 'taiwa-hint-panel': typeof TaiwaHintPanel } {
  provideViews(TaiwaActionList, actionViews);
  provideViews(TaiwaHintPanel, hintViews);
  return { 'taiwa-action-list': TaiwaActionList, 'taiwa-hint-panel': TaiwaHintPanel };
}
