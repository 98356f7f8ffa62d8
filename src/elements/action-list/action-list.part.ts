/**
 * The action list's instance code, loaded with its strings at its first connect (not with its
 * class, which `taiwa/define` registers up front): what the list shows, its handlers and the write
 * of an item. It reads and sets the element's `@internal` state.
 */
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { format } from '../../core/format.js';
import type { Task } from '../../core/task.js';
import type { Action } from '../../model/schemas.js';
import type { TaiwaActionList } from './action-list.js';
import { loadActions, type Loaded } from './action-list.store.js';
import { groupActions, newAction, nextSession, renderList, saveAction, withStatus } from './action-list.views.js';

export { styles } from './action-list.views.js';

/** The element's internal states that only this part sets (made before `setup`). */
export const states = ['actions', 'sessions', 'status', 'problem'];

/** The viewer's side of the pair, or `undefined` for anyone else. */
function sideOf(el: TaiwaActionList): 'member' | 'manager' | undefined {
  const role = el.base.viewer?.role;
  return role === 'member' || role === 'manager' ? role : undefined;
}

/** The pair: the viewer on their side, the attributes (or the 1on1) on the other. */
function pairOf(el: TaiwaActionList): { memberId: string; managerId: string } {
  const viewerId = el.base.viewer?.id ?? '';
  const side = sideOf(el);
  const session = el.sessions.find((s) => s.id === el.sessionId);
  const memberId = side === 'member' ? viewerId : el.memberId || session?.memberId || '';
  const managerId = side === 'manager' ? viewerId : el.managerId || session?.managerId || '';
  return { memberId, managerId };
}

/** Each element's read of its items, which `refresh()` runs again. */
const reads = new WeakMap<TaiwaActionList, Task<readonly unknown[], Loaded>>();

/** The element's read (the pair's items and 1on1s) and its first state. */
export function setup(el: TaiwaActionList): void {
  const base = el.base;
  el.actions = [];
  el.sessions = [];
  el.status = el.problem = '';
  const read = base.task({
    args: () => {
      const { memberId, managerId } = pairOf(el);
      return [base.adapter, base.drafts, sideOf(el), memberId, managerId, base.viewer?.id] as const;
    },
    skip: ([, , role, memberId, , viewerId]) => !role || !memberId || !viewerId,
    run: async ([, drafts, , memberId, managerId, viewerId]) =>
      loadActions(await base.guarded(), drafts, { memberId, managerId }, viewerId!),
    apply: (found) => {
      el.actions = found.actions;
      el.sessions = found.sessions;
      return found.errors;
    },
  });
  reads.set(el, read as unknown as Task<readonly unknown[], Loaded>);
}

/** `TaiwaActionList.refresh`, once the part is in. */
export const refresh = (el: TaiwaActionList): Promise<unknown> => reads.get(el)!.run();

/** A new pair or 1on1: what was said about the last one's save goes. */
export function willUpdate(el: TaiwaActionList, changed: PropertyValues): void {
  if (changed.has('sessionId') || changed.has('memberId') || changed.has('managerId')) {
    el.status = el.problem = '';
    el.saver.reset();
  }
}

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
  const role = sideOf(el);
  const { memberId, managerId } = pairOf(el);
  if (!role || !memberId || !managerId || !text.trim()) return;
  el.problem = '';
  const due = nextSession(el.sessions, el.sessionId);
  const action = newAction(el.base, {
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

export function render(el: TaiwaActionList): TemplateResult {
  const base = el.base;
  const s = base.strings!;
  const side = sideOf(el);
  if (base.viewer && !side) return base.renderEmpty(s.notForRole);
  if (base.isLoading) return html`${base.renderErrors()}${base.renderLoading()}`;
  const role = side ?? 'member';
  const { memberId, managerId } = pairOf(el);
  const saving = el.saver.state === 'saving';
  return html`${base.renderErrors()}${renderList({
    s,
    locale: base.locale,
    role,
    groups: groupActions(base, el.actions, { id: base.viewer?.id ?? '', role }, el.sessionId),
    sessions: el.sessions,
    canAdd: Boolean(side && memberId && managerId && (base.adapter || base.drafts)),
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
