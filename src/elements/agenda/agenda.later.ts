/**
 * What `taiwa-agenda` shows once its own content is on screen: the hint panel (advice on the item
 * the member works on, or for the manager on each item) and the action list (「前回決めたこと」,
 * which reads records of its own, not the agenda). Their classes, templates, styles and data code
 * are this one chunk (each brings its views and store statically, so neither adds a chunk of its
 * own to the agenda's page), requested when the page is quiet after the agenda's first content (or at once
 * when the member starts to use it): they add nothing to the bytes before the agenda is shown. The
 * hint texts are requested beside this chunk, not after it (see `AgendaBase.laterControls`).
 */
import { TaiwaActionList } from '../action-list/action-list.js';
import { TaiwaHintPanel } from '../hint-panel/hint-panel.js';

export function laterElements(): { 'taiwa-action-list': typeof TaiwaActionList; 'taiwa-hint-panel': typeof TaiwaHintPanel } {
  return { 'taiwa-action-list': TaiwaActionList, 'taiwa-hint-panel': TaiwaHintPanel };
}
