/**
 * The inner controls of `taiwa-agenda`, loaded when it first renders. The agenda renders them under
 * fixed tags inside its shadow root, defined in a scoped registry of its own (see core/scoped-registry.ts).
 */
import { TaiwaTopicPicker } from '../topic-picker/topic-picker.js';
import { TaiwaResponseSelector } from '../response-selector/response-selector.js';
import { TaiwaHintPanel } from '../hint-panel/hint-panel.js';
import { TaiwaActionList } from '../action-list/action-list.js';

/** The classes the agenda renders, by the tag they have inside its shadow root. */
export interface AgendaElements {
  'taiwa-topic-picker': typeof TaiwaTopicPicker;
  'taiwa-response-selector': typeof TaiwaResponseSelector;
  'taiwa-hint-panel': typeof TaiwaHintPanel;
  /** Optional: without it the agenda shows no action items (宿題). */
  'taiwa-action-list'?: typeof TaiwaActionList;
}

/** Taiwa's own classes. */
export function defaultElements(): AgendaElements {
  return {
    'taiwa-topic-picker': TaiwaTopicPicker,
    'taiwa-response-selector': TaiwaResponseSelector,
    'taiwa-hint-panel': TaiwaHintPanel,
    'taiwa-action-list': TaiwaActionList,
  };
}
