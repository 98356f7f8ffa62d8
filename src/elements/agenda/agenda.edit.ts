/**
 * What `taiwa-agenda` needs to change and send the agenda, not to show it: the tabs agreement (two
 * tabs editing one draft), what a submit checks and sends (the record, without private memos for the
 * events), the manager's proposal, the dialogue frame and its offers, and reading what last time
 * left (the thread). One chunk, requested once the agenda's content is on screen (or at once when
 * the member reaches for it, or a write, a submit or the frame needs it), beside the later inner
 * controls: the agenda's first content carries none of its bytes.
 *
 * Everything here is either its own or handed in by the agenda (the model and views come in through
 * `DraftTabsHost.ui`): a module the content is made of, imported here too, would become a chunk of
 * its own, one more request before content.
 */
export { problemsOf, proposeTopic, recheck, toRecord } from './agenda.submit.js';
export { withoutPrivateMemos } from '../../model/privacy.js';
export { loadThread } from './agenda.thread-load.js';
export { offersOf, withFrame } from './agenda.frame.js';
export { DraftTabs } from './agenda.tabs-controller.js';
