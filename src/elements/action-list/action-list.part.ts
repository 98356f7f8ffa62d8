/**
 * The action list's instance code, loaded with its strings at its first connect (not with its
 * class, which `taiwa/define` registers up front): what the list shows, its handlers and the write
 * of an item. It reads and sets the element's `@internal` state.
 */
import { html, type TemplateResult } from 'lit';
import { format } from '../../core/locale.js';
import type { Action } from '../../model/schemas.js';
import type { TaiwaActionList } from './action-list.js';
import { groupActions, newAction, nextSession, renderList, saveAction, withStatus } from './action-list.views.js';

export { styles } from './action-list.views.js';

/** The list whose shadow root holds the control an event came from. */
const hostOf = (event: Event) => ((event.currentTarget as Node).getRootNode() as ShadowRoot).host as TaiwaActionList;

function find(el: TaiwaActionList, event: Event): Action | undefined {
  const id = (event.currentTarget as HTMLElement).dataset['action'];
  return el.actions.find((a) => a.id === id);
}

async function write(el: TaiwaActionList, action: Action, said: string, refocus?: () => void): Promise<void> {
  const base = el.base;
  const scope = el.sessionId;
  const saved = await el.saver.save(async () => saveAction(await base.guarded(), base.drafts, action));
  if (!saved || scope !== el.sessionId) return;
  el.actions = [...el.actions.filter((a) => a.id !== saved.id), saved];
  el.status = format(said, { text: saved.text });
  if (saved.visibility === 'shared') el.saved(saved);
  await el.updateComplete;
  refocus?.();
}

/** After an item leaves the open list, focus goes to the open one that takes its place (or the add field). */
function focusAfter(el: TaiwaActionList, id: string) {
  const checks = () => [...el.renderRoot.querySelectorAll<HTMLElement>('[part="check"]')];
  const at = checks().findIndex((b) => b.dataset['action'] === id);
  return () => {
    const left = checks();
    const next = left[Math.min(Math.max(at, 0), left.length - 1)];
    (next ?? el.renderRoot.querySelector<HTMLElement>('[part="add-text"]'))?.focus();
  };
}

/** Closes (`done`, `dropped`) the item of the event's control; focus moves to the next open one. */
const close = (status: 'done' | 'dropped') => (event: Event) => {
  const el = hostOf(event);
  const action = find(el, event);
  if (!action || el.saver.state === 'saving') return;
  const s = el.base.strings!;
  void write(el, withStatus(action, status), status === 'done' ? s.closedDone : s.closedDropped, focusAfter(el, action.id));
};
const handleToggle = close('done');
const handleDrop = close('dropped');

function handleReopen(event: Event): void {
  const el = hostOf(event);
  const action = find(el, event);
  if (!action || el.saver.state === 'saving') return;
  void write(el, withStatus(action, 'open'), el.base.strings!.reopened, () =>
    el.renderRoot.querySelector<HTMLElement>(`[part="check"][data-action="${CSS.escape(action.id)}"]`)?.focus(),
  );
}

function handleAdd(event: Event): void {
  event.preventDefault();
  const el = hostOf(event);
  const form = event.currentTarget as HTMLFormElement;
  const input = form.querySelector<HTMLInputElement>('[part="add-text"]')!;
  const shared = form.querySelector<HTMLInputElement>('[name="shared"]')!.checked;
  if (!input.value.trim()) {
    el.problem = el.base.strings?.needText ?? '';
    input.focus();
    return;
  }
  void add(el, input.value, shared ? 'shared' : 'private').then(() => {
    if (el.problem || el.saver.state !== 'saved') return;
    input.value = '';
    input.focus();
  });
}

/** `TaiwaActionList.add`, once the part is in. */
export async function add(el: TaiwaActionList, text: string, visibility: 'private' | 'shared'): Promise<void> {
  const role = el.side;
  const { memberId, managerId } = el.pair;
  if (!role || !memberId || !managerId || !text.trim()) return;
  el.problem = '';
  const due = nextSession(el.sessions, el.sessionId);
  const action = newAction({
    memberId,
    managerId,
    owner: role,
    text,
    visibility,
    ...(el.sessionId ? { sessionId: el.sessionId } : {}),
    ...(due ? { dueSessionId: due.id } : {}),
  });
  await write(el, action, el.base.strings!.added);
}

export function renderActionList(el: TaiwaActionList): TemplateResult {
  const base = el.base;
  const s = base.strings!;
  const role = el.side ?? 'member';
  const { memberId, managerId } = el.pair;
  const saving = el.saver.state === 'saving';
  return html`${base.renderErrors()}${renderList({
    s,
    locale: base.locale,
    role,
    groups: groupActions(el.actions, { id: base.viewer?.id ?? '', role }, el.sessionId),
    sessions: el.sessions,
    canAdd: Boolean(el.side && memberId && managerId && (base.adapter || base.drafts)),
    localOnly: base.adapter?.local === true,
    headingLevel: el.headingLevel,
    status: saving ? s.saving : el.status,
    problem: el.problem,
    busy: saving,
    onToggle: handleToggle,
    onDrop: handleDrop,
    onReopen: handleReopen,
    onAdd: handleAdd,
  })}`;
}
