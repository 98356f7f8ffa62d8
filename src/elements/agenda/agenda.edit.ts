/**
 * What `taiwa-agenda` needs to change and send the agenda, not to show it: the tabs agreement (two
 * tabs editing one draft), what a submit checks and sends (the record, without private memos for the
 * events), the manager's proposal, the dialogue frame and its offers, and reading and showing what
 * last time left (the thread, with what its buttons do). One chunk, requested once the agenda's content is on screen (or at once when
 * the member reaches for it, or a write, a submit or the frame needs it), beside the later inner
 * controls: the agenda's first content carries none of its bytes.
 *
 * Everything here is either its own or handed in by the agenda (the model and views come in through
 * `DraftTabsHost.ui`, Lit's `html` and the formatter as `ui.lib`): a module the content is made of, imported here too, would become a chunk of
 * its own, one more request before content.
 */
export { recheck } from './agenda.submit.js';
export { propose, submit } from './agenda.send.js';
export { loadThread } from './agenda.thread-load.js';
export { renderOffers, renderThread, useFrame } from './agenda.thread.js';
export { DraftTabs } from './agenda.tabs-controller.js';
