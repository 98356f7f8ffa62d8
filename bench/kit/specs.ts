// One fixture per element: what it is given, and what shows that its stored record is on screen.
// One export per element, so a fixture page carries its own element's spec only, as a host page would.
import type { Spec } from './ready.js';

export const topicPicker: Spec = { tag: 'taiwa-topic-picker', attrs: { 'session-id': 's1', multiple: '' }, ready: 'input[value="career"]:checked' };
export const responseSelector: Spec = { tag: 'taiwa-response-selector', attrs: { topics: 'career', value: 'career:listen' }, ready: '[part="option"]' };
export const satisfactionRater: Spec = { tag: 'taiwa-satisfaction-rater', attrs: { 'session-id': 's1' }, ready: '[part="item-label"]' };
export const agenda: Spec = { tag: 'taiwa-agenda', attrs: { 'session-id': 's1' }, ready: 'input[value="career"]:checked' };
export const hintPanel: Spec = {
  tag: 'taiwa-hint-panel',
  attrs: { topic: 'career', response: 'listen', audience: 'member', 'session-id': 's1' },
  ready: '[part="hint"]',
};
export const levelCheckIn: Spec = { tag: 'taiwa-level-check-in', attrs: { 'session-id': 's1' }, ready: 'input:checked' };
export const levelTracker: Spec = { tag: 'taiwa-level-tracker', attrs: {}, ready: '[part="now"]' };
// A shown cell's value: a masked cell's "–" is there before the stored feedback is read.
export const strengthMap: Spec = { tag: 'taiwa-strength-map', attrs: {}, ready: '[part~="cell"]:not([part~="masked"]) [part="value"]' };
