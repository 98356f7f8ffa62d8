/**
 * The docs site's live examples, one per element: who is looking, the markup (written into the
 * page as it is, and shown beside it as code), the properties a script sets, and a text the
 * example shows in each language once it rendered real content (the docs test waits for it).
 * Built from the demo's deterministic sample data, so every id below exists in the records.
 */
import { DEFAULT_NOW, DEMO_TIME_ZONE, generateSampleData } from '../../demo/data/generate.js';
import { PEOPLE, nameFor } from '../../demo/data/people.js';
import { ORG_DEPARTMENTS } from '../../demo/data/org.js';
import type { Locale } from '../../src/model/schemas.js';

export type ExampleViewer = 'mem-1' | 'mgr-1' | 'admin-1';

export interface Example {
  /** The sample person the provider's viewer is. */
  viewer: ExampleViewer;
  /** Attributes of the element, in order. */
  attributes: Record<string, string>;
  /** What a script sets as properties, per locale (names follow the language switch). */
  properties?: (locale: Locale) => Record<string, unknown>;
  /** The script lines shown under the markup for `properties`. */
  script?: string;
  /** One sentence: what the example shows. */
  note: string;
  /** A text the rendered example contains in each language. */
  shows: Record<Locale, string>;
  /** Elements placed in the provider before this one (the provider's example is a picker inside it). */
  children?: { tag: string; attributes: Record<string, string> }[];
  /** The HR sample is a memory adapter (too large to put into IndexedDB on a first visit). */
  memory?: boolean;
}

const data = generateSampleData();
const MEMBER = 'mem-1';
const MANAGER = 'mgr-1';
const held = data.sessions.filter((s) => s.memberId === MEMBER && s.heldAt).sort((a, b) => (a.heldAt! < b.heldAt! ? 1 : -1));
const LAST = held[0]!.id;
const NEXT = data.sessions.find((s) => s.memberId === MEMBER && !s.heldAt && !s.cancelledAt)!.id;
/** The sample's "today", so dates in the examples stay where the sample put them. */
export const NOW = Date.parse(DEFAULT_NOW);
const team = data.teams.find((t) => t.managerId === MANAGER)!.memberIds;

const people = (locale: Locale) => PEOPLE.map((p) => ({ id: p.id, name: nameFor(p.id, locale), email: `${p.id}@example.com` }));
const PEOPLE_SCRIPT = "el.people = [{ id: 'mgr-1', name: '佐藤 健一', email: 'mgr-1@example.com' }, …];";

export const EXAMPLES: Record<string, Example> = {
  'taiwa-action-list': {
    viewer: MEMBER,
    attributes: { 'session-id': LAST, 'manager-id': MANAGER, 'heading-level': '3' },
    note: "The member's action items after their last 1:1: open ones first, and a form to add one.",
    shows: { ja: '宿題', en: 'Agreed last time' },
  },
  'taiwa-agenda': {
    viewer: MEMBER,
    attributes: { 'session-id': NEXT },
    note: 'The member prepares the next 1:1: topics, how the manager should respond, memos, hints.',
    shows: { ja: '業務の進捗', en: 'Progress' },
  },
  'taiwa-cadence': {
    viewer: 'admin-1',
    memory: true,
    attributes: { period: 'quarter', from: '2025-Q4', to: '2026-Q4', 'as-of': '2026-12-01' },
    properties: (locale) => ({ names: Object.fromEntries(ORG_DEPARTMENTS.map((d) => [d.id, locale === 'ja' ? d.ja : d.en])) }),
    script: "el.names = { sales: 'Sales', … }; // department ids → names",
    note: "HR's view of how often 1:1s are held, by quarter, over the sample organisation of 300 people.",
    shows: { ja: '実施', en: '1:1 cadence' },
  },
  'taiwa-effect-chart': {
    viewer: 'admin-1',
    memory: true,
    attributes: { period: 'quarter', from: '2026-Q3', to: '2026-Q3' },
    note: 'The share agreeing with the four statements, by the number of 1:1s held in the quarter.',
    shows: { ja: '成長', en: 'growth' },
  },
  'taiwa-engagement-drivers': {
    viewer: 'admin-1',
    memory: true,
    attributes: { period: 'month', from: '2025-12', to: '2026-11' },
    note: 'Which topics drive engagement over the last twelve months, as bands with the numbers beneath.',
    shows: { ja: 'キャリア', en: 'career' },
  },
  'taiwa-hint-panel': {
    viewer: MEMBER,
    attributes: { topic: 'career', response: 'listen', 'session-id': NEXT, 'heading-level': '3' },
    note: 'Hints for a career topic the member wants listened to, for the member.',
    shows: { ja: 'ヒント', en: 'hint' },
  },
  'taiwa-level-check-in': {
    viewer: MEMBER,
    attributes: { 'session-id': LAST, 'member-id': MEMBER, 'manager-id': MANAGER },
    note: 'After the 1:1, the member says what happened in it (six statements).',
    shows: { ja: 'あてはまるもの', en: 'Tick everything' },
  },
  'taiwa-level-tracker': {
    viewer: MEMBER,
    attributes: {},
    note: "The member's communication level over the six levels, with its history.",
    shows: { ja: 'レベル', en: 'level' },
  },
  'taiwa-provider': {
    viewer: MEMBER,
    attributes: {},
    children: [{ tag: 'taiwa-topic-picker', attributes: { multiple: '', max: '3', 'session-id': NEXT } }],
    note: 'The provider renders nothing itself: it gives the picker inside it the adapter, the viewer and the language.',
    shows: { ja: '今後のキャリア', en: 'Future career' },
  },
  'taiwa-pulse': {
    viewer: MEMBER,
    attributes: { month: '2026-11', 'member-id': MEMBER, 'manager-id': MANAGER },
    note: "The member's monthly pulse for November 2026 and their own trend.",
    shows: { ja: '成長実感', en: 'growth' },
  },
  'taiwa-response-selector': {
    viewer: MEMBER,
    attributes: { topics: 'career work', name: 'responses' },
    note: 'For each chosen topic, how the member wants the manager to respond.',
    shows: { ja: '話を聞いてほしい', en: 'listen' },
  },
  'taiwa-satisfaction-rater': {
    viewer: MEMBER,
    attributes: { 'session-id': LAST },
    note: 'The member rates their last 1:1: overall, per agenda item, and a comment.',
    shows: { ja: 'すっきり', en: 'How' },
  },
  'taiwa-scheduler': {
    viewer: MEMBER,
    attributes: { 'member-id': MEMBER, 'manager-id': MANAGER, 'time-zone': DEMO_TIME_ZONE },
    properties: (locale) => ({ people: people(locale), now: NOW }),
    script: `${PEOPLE_SCRIPT}\nel.now = Date.parse('${DEFAULT_NOW}');`,
    note: 'The member schedules, moves or cancels a 1:1 with their manager and sets how often it repeats.',
    shows: { ja: '1on1', en: '1:1' },
  },
  'taiwa-session-list': {
    viewer: MEMBER,
    attributes: { 'time-zone': DEMO_TIME_ZONE, 'page-size': '5' },
    properties: (locale) => ({ people: people(locale), now: NOW }),
    script: `${PEOPLE_SCRIPT}\nel.now = Date.parse('${DEFAULT_NOW}');`,
    note: "The member's upcoming and past 1:1s, each with the next step.",
    shows: { ja: '佐藤', en: 'Sato' },
  },
  'taiwa-strength-map': {
    viewer: MANAGER,
    attributes: {},
    note: "The manager's strengths and weaknesses by topic × response style, from the team's ratings.",
    shows: { ja: '得意', en: 'strength' },
  },
  'taiwa-sync-status': {
    viewer: MEMBER,
    attributes: {},
    children: [{ tag: 'taiwa-topic-picker', attributes: { 'session-id': NEXT, multiple: '', max: '3' } }],
    note: 'Where the member’s writes are: here through an outbox (withOutbox) whose backend is the browser-only store, so a choice in the picker is saved on this device, then sent.',
    shows: { ja: 'すべて送信しました', en: 'All sent' },
  },
  'taiwa-team-overview': {
    viewer: MANAGER,
    attributes: { 'time-zone': DEMO_TIME_ZONE },
    properties: (locale) => ({ members: team.map((id) => ({ id, name: nameFor(id, locale) })), now: NOW }),
    script: `el.members = [{ id: 'mem-1', name: '伊藤 美咲' }, …];\nel.now = Date.parse('${DEFAULT_NOW}');`,
    note: "The manager's direct reports at a glance.",
    shows: { ja: '伊藤', en: 'Ito' },
  },
  'taiwa-topic-picker': {
    viewer: MEMBER,
    attributes: { multiple: '', max: '3', 'session-id': NEXT },
    note: 'The member chooses up to three topics for the next 1:1; the choice is saved as the agenda.',
    shows: { ja: '今後のキャリア', en: 'Future career' },
  },
};

const attr = (name: string, value: string) =>
  value === '' ? name : `${name}="${value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;')}"`;
const open = (tag: string, attributes: Record<string, string>) =>
  `<${[tag, ...Object.entries(attributes).map(([k, v]) => attr(k, v))].join(' ')}>`;

/** The example's markup, as written into the page: a provider in Japanese around the element. */
export function markupOf(tag: string, ex: Example): string {
  const lines = (ex.children ?? []).map((c) => `  ${open(c.tag, c.attributes)}</${c.tag}>`);
  if (tag !== 'taiwa-provider') lines.push(`  ${open(tag, ex.attributes)}</${tag}>`);
  return `<taiwa-provider lang="ja">\n${lines.join('\n')}\n</taiwa-provider>`;
}
