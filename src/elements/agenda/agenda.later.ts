/**
 * What `taiwa-agenda` shows once its own content is on screen: the action list (「前回決めたこと」),
 * which reads records of its own (action items), not the agenda. Its class, template and styles
 * are one chunk, requested when the agenda is idle after its first content (or at once when the
 * member starts to use it), so they add nothing to the bytes before the agenda is shown.
 */
import { TaiwaActionList } from '../action-list/action-list.js';
import * as actionViews from '../action-list/action-list.views.js';
import { provideViews } from '../../core/loader.js';

export function laterElements(): { 'taiwa-action-list': typeof TaiwaActionList } {
  provideViews(TaiwaActionList, actionViews);
  return { 'taiwa-action-list': TaiwaActionList };
}
