/**
 * Everything `taiwa-agenda` needs once it has data to show, loaded with that data rather than up
 * front: the draft model, reading it, the member's form, the read-only views and their styles.
 * What only changing or sending the agenda needs comes after its content (agenda.edit.ts).
 */
export * from './agenda.model.js';
export { loadForManager, loadForMember } from './agenda.load.js';
export { applyEvent, renderForm, type FormState } from './agenda.form.js';
export { refocus, renderAgenda, type View } from './agenda.read.js';
export { styles } from './agenda.styles.js';
export type { Thread } from './agenda.thread.js';
export type { Offer } from './agenda.frame.js';
