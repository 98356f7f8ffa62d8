/**
 * Everything `taiwa-agenda` needs once it has data to show, loaded with that data rather than up
 * front: the draft model, reading it, the member's form and the read-only views.
 */
export * from './agenda-model.js';
export { loadForManager, loadForMember } from './agenda-load.js';
export { applyEvent, renderForm, type FormState } from './agenda-form.js';
export { renderAgenda, type View } from './agenda-views.js';
