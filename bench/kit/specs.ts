// One fixture per element: what it is given, and what shows that its stored record is on screen.
import type { Spec } from './ready.js';

export const specs = {
  'topic-picker': { tag: 'taiwa-topic-picker', attrs: { 'session-id': 's1', multiple: '' }, ready: 'input[value="career"]:checked' },
  'response-selector': { tag: 'taiwa-response-selector', attrs: { topics: 'career', value: 'career:listen' }, ready: '[part="option"]' },
  'satisfaction-rater': { tag: 'taiwa-satisfaction-rater', attrs: { 'session-id': 's1' }, ready: '[part="item-label"]' },
  agenda: { tag: 'taiwa-agenda', attrs: { 'session-id': 's1' }, ready: 'input[value="career"]:checked' },
  'hint-panel': { tag: 'taiwa-hint-panel', attrs: { topic: 'career', response: 'listen', audience: 'member', 'session-id': 's1' }, ready: '[part="hint"]' },
  'level-check-in': { tag: 'taiwa-level-check-in', attrs: { 'session-id': 's1' }, ready: 'input:checked' },
  'level-tracker': { tag: 'taiwa-level-tracker', attrs: {}, ready: '[part="now"]' },
  'strength-map': { tag: 'taiwa-strength-map', attrs: {}, ready: '[part~="cell"] [part="value"]' },
} satisfies Record<string, Spec>;

export type Name = keyof typeof specs;
/** Which viewer each fixture needs. */
export const managerViews: readonly Name[] = ['strength-map'];
