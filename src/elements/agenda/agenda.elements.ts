/**
 * The inner controls of `taiwa-agenda`, with their templates and styles: the ones its content needs
 * (the topic picker and the response selector) come with the agenda's own module, so their strings
 * (and the agenda's) are all requested at its first update, one round trip, instead of one control
 * after another. The hint panel (advice on the active item, not the agenda itself) and the action
 * list (「前回決めたこと」, other records than the agenda) follow once the agenda is on screen
 * (agenda.later.ts). The agenda renders them under fixed tags inside its shadow root, defined in a
 * scoped registry of its own (see core/scoped-registry.ts).
 */
import { TaiwaTopicPicker } from '../topic-picker/topic-picker.js';
import { TaiwaResponseSelector } from '../response-selector/response-selector.js';
import type { TaiwaHintPanel } from '../hint-panel/hint-panel.js';
import type { TaiwaActionList } from '../action-list/action-list.js';

/** The classes the agenda renders, by the tag they have inside its shadow root. */
export interface AgendaElements {
  'taiwa-topic-picker': typeof TaiwaTopicPicker;
  'taiwa-response-selector': typeof TaiwaResponseSelector;
  /** Optional: without it the agenda shows no hints. */
  'taiwa-hint-panel'?: typeof TaiwaHintPanel;
  /** Optional: without it the agenda shows no action items (宿題). */
  'taiwa-action-list'?: typeof TaiwaActionList;
}

/** Taiwa's own classes that the agenda's content needs (the hint panel and the action list follow, see `laterElements`). */
export function defaultElements(): AgendaElements {
  return {
    'taiwa-topic-picker': TaiwaTopicPicker,
    'taiwa-response-selector': TaiwaResponseSelector,
  };
}

