/**
 * Everything `taiwa-agenda` needs once it has data to show, loaded with that data rather than up
 * front: the draft model, reading it, the member's form, the read-only views and their styles.
 * What only changing or sending the agenda needs comes after its content (agenda.edit.ts).
 */
import { draftKey, managerView, normalizeDraft, pairsOf, withItem, withTopics } from './agenda.model.js';
import { loadForManager, loadForMember } from './agenda.load.js';
import { applyEvent } from './agenda.form.js';
import { lib, refocus, renderAgenda } from './agenda.read.js';
import { styles } from './agenda.styles.js';

export type * from './agenda.model.js';
export type { FormState } from './agenda.form.js';
export type { View } from './agenda.read.js';
export type { Thread } from './agenda.thread.js';
export type { Offer } from './agenda.frame.js';

/** The views as one object (not `import * as`: a namespace object costs a bundler's runtime helper, a file of its own). */
export const views = {
  draftKey,
  managerView,
  normalizeDraft,
  pairsOf,
  withItem,
  withTopics,
  loadForManager,
  loadForMember,
  applyEvent,
  refocus,
  renderAgenda,
  lib,
  styles,
};

export type Views = typeof views;
