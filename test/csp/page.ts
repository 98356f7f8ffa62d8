/**
 * The CSP page's kit: every element in every state (loading, empty, filled, error, summary), for
 * each role and in both languages, mounted in providers as a host would, under the strict policy
 * of csp-header.mjs. When every case has rendered its content, the page reports to its parent (or
 * to `window.cspResult`): per case the text it shows, and the level tracker's bar widths.
 */
import '../../src/define.js';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import type { TaiwaAdapter } from '../../src/adapters/types.js';
import type { OutboxItem } from '../../src/model/outbox.js';
import type { Viewer } from '../../src/model/schemas.js';
import { at, fixtures } from '../../src/testing/fixtures.js';
import type { TaiwaProvider } from '../../src/elements/provider/provider.js';

export const STATES = ['loading', 'empty', 'filled', 'error', 'summary'] as const;
export type State = (typeof STATES)[number];
export type Role = 'member' | 'manager' | 'admin';

export interface CaseResult {
  tag: string;
  state: State;
  role: Role;
  lang: 'ja' | 'en';
  text: string;
}
export interface BarResult {
  lang: string;
  state: State;
  role: Role;
  /** The share the bar stands for: members at the level ÷ members. */
  expected: number;
  /** The bar's width ÷ its track's width, as drawn. */
  drawn: number;
}
export interface PageResult {
  cases: CaseResult[];
  bars: BarResult[];
}

declare global {
  interface Window {
    cspResult?: PageResult;
  }
}

const f = fixtures('csp');
const viewers: Record<Role, Viewer> = {
  member: { id: f.member, role: 'member' },
  manager: { id: f.manager, role: 'manager' },
  admin: { id: `${f.manager}-hr`, role: 'admin' },
};
const team = ['a', 'b', 'c'].map((m, i) => ({
  ...f.minimal.level,
  id: `lv-${m}`,
  memberId: `${f.member}-${m}`,
  managerId: f.manager,
  level: [2, 4, 4][i]!,
}));

/** `adapter` with an outbox's surface (what taiwa-sync-status reads), answering for `state`. */
function withOutboxOf(adapter: TaiwaAdapter, state: State): TaiwaAdapter {
  const item: OutboxItem = {
    kind: 'agenda',
    id: f.full.agenda.id,
    state: 'pending',
    attempts: 0,
    savedAt: Date.parse(at(2)),
    record: f.full.agenda,
  };
  const refused: OutboxItem = {
    ...item,
    state: 'needs-attention',
    attempts: 1,
    error: { code: 'refused', message: 'Refused', status: 422, rule: 'private-memo' },
  };
  const items = state === 'summary' ? [refused] : state === 'filled' ? [item] : [];
  const counts = { pending: state === 'filled' ? 1 : 0, sending: 0, sent: 0, needsAttention: state === 'summary' ? 1 : 0 };
  const answer = <T>(value: T): Promise<T> =>
    state === 'loading'
      ? new Promise<never>(() => {})
      : state === 'error'
        ? Promise.reject(new Error('The outbox is unreadable (CSP page).'))
        : Promise.resolve(value);
  return Object.assign(new EventTarget(), adapter, {
    status: () => answer({ counts, records: items.map(({ record: _, ...r }) => r) }),
    needsAttention: () => answer(items.filter((i) => i.state === 'needs-attention')),
    retry: () => answer(undefined),
    discard: () => answer(undefined),
    export: () =>
      answer({ format: 'taiwa-outbox-export' as const, version: 1 as const, viewerId: f.member, exportedAt: at(3), records: items }),
  });
}

function adapterFor(state: State): TaiwaAdapter {
  return withOutboxOf(recordsFor(state), state);
}

function recordsFor(state: State): TaiwaAdapter {
  if (state === 'loading') {
    const never = () => new Promise<never>(() => {});
    return { query: never, put: never, catalog: never };
  }
  if (state === 'error') {
    const down = () => Promise.reject(new Error('The backend is down (CSP page).'));
    return { query: down, put: down };
  }
  if (state === 'empty') return createMemoryAdapter();
  const draft = { ...f.full.agenda, submittedAt: undefined };
  const agenda = state === 'summary' ? f.full.agenda : (({ submittedAt: _, ...rest }) => rest)(draft);
  return createMemoryAdapter({
    session: [f.full.session],
    agenda: [agenda],
    feedback: [f.full.feedback, { ...f.full.feedback, id: 'fb-2', createdAt: at(5), updatedAt: at(6), overall: 2 }],
    level: [f.full.level, { ...f.minimal.level, createdAt: at(9), updatedAt: at(9), level: 4 }, ...team],
    'hint-mark': [f.full['hint-mark']],
    pulse: [f.full.pulse],
    action: [f.full.action],
  });
}

/** Each element with the attributes that make it show something for `role` in `state`. */
function elementsFor(role: Role, state: State): HTMLElement[] {
  const make = (tag: string, attrs: Record<string, string>) => {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    return el;
  };
  const session = f.session(1);
  const pair = { 'member-id': f.member, 'manager-id': f.manager, 'session-id': session };
  const list = [
    make('taiwa-agenda', { 'session-id': session, 'member-id': f.member }),
    make('taiwa-topic-picker', { 'session-id': session, label: 'Topics' }),
    make('taiwa-response-selector', { topics: 'career work', label: 'Response' }),
    make('taiwa-hint-panel', {
      topic: 'career',
      response: 'listen',
      audience: role === 'member' ? 'member' : 'manager',
      'session-id': session,
    }),
    make('taiwa-satisfaction-rater', { ...pair, 'viewer-role': role === 'admin' ? '' : role }),
    make('taiwa-level-check-in', { ...pair, by: role === 'admin' ? 'manager' : role }),
    make('taiwa-level-tracker', { 'member-id': f.member }),
    make('taiwa-sync-status', { kind: 'agenda', 'record-id': f.full.agenda.id }),
  ];
  if (role !== 'member') {
    list.push(make('taiwa-level-tracker', { view: 'team' }), make('taiwa-strength-map', { 'manager-id': f.manager, k: '1' }));
  }
  if (state === 'summary') list.push(make('taiwa-strength-map', { k: '1', prior: '0' }));
  return list;
}

/** The text a person sees in `node`, through its shadow roots and slots, styles left out. */
function deepText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element || node instanceof DocumentFragment)) return '';
  if (node instanceof HTMLStyleElement || node instanceof HTMLTemplateElement) return '';
  const root = node instanceof Element ? node.shadowRoot : null;
  const children = [...(root ? root.childNodes : []), ...(root && root.querySelector('slot') ? [] : node.childNodes)];
  return children.map(deepText).join(' ');
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** The sync status says nothing while there is nothing to say (no write pending, or not known yet). */
export const mayBeSilent = (tag: string, state: State) => tag === 'taiwa-sync-status' && (state === 'loading' || state === 'empty');

/** Waits, frame by frame, until every element shows text (a loading one shows "Loading…"). */
async function rendered(els: HTMLElement[], state: State): Promise<void> {
  if (state !== 'loading') await Promise.all(els.map((el) => (el as { updateComplete?: Promise<unknown> }).updateComplete));
  const shows = (el: HTMLElement) => (mayBeSilent(el.localName, state) ? !!el.shadowRoot : deepText(el).trim() !== '');
  while (!els.every(shows)) await frame();
}

function bars(el: HTMLElement, meta: Omit<BarResult, 'expected' | 'drawn'>): BarResult[] {
  const root = el.shadowRoot!;
  const members = root.querySelectorAll('[part="member-row"]').length;
  return [...root.querySelectorAll<HTMLElement>('[part="bar-row"]')].map((row) => {
    const bar = row.querySelector<HTMLElement>('[part="bar"]')!;
    const n = Number(/\d+/.exec(row.querySelector('[part="bar-count"]')!.textContent ?? '')?.[0]);
    return { ...meta, expected: n / members, drawn: bar.getBoundingClientRect().width / bar.parentElement!.getBoundingClientRect().width };
  });
}

async function run(): Promise<PageResult> {
  const cases: CaseResult[] = [];
  const barResults: BarResult[] = [];
  const groups = [];
  for (const lang of ['ja', 'en'] as const)
    for (const role of ['member', 'manager', 'admin'] as const)
      for (const state of STATES) {
        const provider = document.createElement('taiwa-provider') as TaiwaProvider;
        provider.lang = lang;
        provider.adapter = adapterFor(state);
        provider.viewer = viewers[role];
        const els = elementsFor(role, state);
        provider.append(...els);
        document.body.append(provider);
        groups.push({ lang, role, state, els });
      }
  for (const g of groups) await rendered(g.els, g.state);
  await frame();
  for (const { lang, role, state, els } of groups)
    for (const el of els) {
      cases.push({ tag: el.localName, state, role, lang, text: deepText(el).replace(/\s+/g, ' ').trim() });
      if (el.localName === 'taiwa-level-tracker' && el.getAttribute('view') === 'team') barResults.push(...bars(el, { lang, state, role }));
    }
  return { cases, bars: barResults };
}

void run().then(
  (result) => {
    window.cspResult = result;
    parent.postMessage({ type: 'csp-result', result, violations: window.cspViolations }, location.origin);
  },
  (err: unknown) => parent.postMessage({ type: 'csp-error', error: String(err), violations: window.cspViolations }, location.origin),
);
