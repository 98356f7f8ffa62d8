/**
 * Everything `taiwa-agenda` needs once it has data to show, loaded with that data rather than up
 * front: the draft model, reading it, the member's form, the read-only views and their styles.
 */
export * from './agenda.model.js';
export { keepDraft, loadForManager, loadForMember } from './agenda.load.js';
export { mergeDrafts } from './agenda.tabs.js';
// Zod-free: what a `taiwa-submit` or `taiwa-save` detail may carry of an agenda.
export { withoutPrivateMemos } from '../../model/privacy.js';
export { applyEvent, renderForm, type FormState } from './agenda.form.js';
export { refocus, renderAgenda, type View } from './agenda.read.js';
export { styles } from './agenda.styles.js';
export { loadThread, type Thread } from './agenda.thread.js';
export { offersOf, renderOffers, withFrame, type Offer } from './agenda.frame.js';
