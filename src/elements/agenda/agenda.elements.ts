/**
 * The inner controls of `taiwa-agenda`, with their templates and styles: they come with the agenda's
 * own module, so their strings (and the agenda's) are all requested at its first update, one round
 * trip, instead of one control after another. The agenda renders them under fixed tags inside its
 * shadow root, defined in a scoped registry of its own (see core/scoped-registry.ts).
 */
import { TaiwaTopicPicker } from '../topic-picker/topic-picker.js';
import { TaiwaResponseSelector } from '../response-selector/response-selector.js';
import { TaiwaHintPanel } from '../hint-panel/hint-panel.js';
import { TaiwaActionList } from '../action-list/action-list.js';
import * as selectorViews from '../response-selector/response-selector.views.js';
import * as hintViews from '../hint-panel/hint-panel.views.js';
import * as actionViews from '../action-list/action-list.views.js';
import { provideViews } from '../../core/loader.js';

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
  provideViews(TaiwaResponseSelector, selectorViews);
  provideViews(TaiwaHintPanel, hintViews);
  provideViews(TaiwaActionList, actionViews);
  return {
    'taiwa-topic-picker': TaiwaTopicPicker,
    'taiwa-response-selector': TaiwaResponseSelector,
    'taiwa-hint-panel': TaiwaHintPanel,
    'taiwa-action-list': TaiwaActionList,
  };
}

