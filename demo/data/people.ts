/**
 * The demo's people: 1 HR admin, 3 managers, 4 members each. Names are plausible Japanese names; the
 * romanised form is for the English UI (the Viewer record carries one `name`, the Japanese one).
 *
 * The profiles below are what the sample-data generator draws from, so that the analytics widgets
 * have something recognisable to show:
 * - managers with distinct strengths and weaknesses per topic × response style;
 * - members with distinct six-level trajectories (climbing, flat, stuck at 2, a perception gap).
 */

export type PersonRole = 'admin' | 'manager' | 'member';

export interface Person {
  id: string;
  role: PersonRole;
  /** Family name first, as written in Japanese. */
  name: string;
  /** Romanised, given name first, for the English UI. */
  nameEn: string;
  /** A member's manager. */
  managerId?: string;
}

export const PEOPLE: readonly Person[] = [
  { id: 'admin-1', role: 'admin', name: '高橋 由紀', nameEn: 'Yuki Takahashi' },
  { id: 'mgr-1', role: 'manager', name: '佐藤 健一', nameEn: 'Kenichi Sato' },
  { id: 'mgr-2', role: 'manager', name: '鈴木 大輔', nameEn: 'Daisuke Suzuki' },
  { id: 'mgr-3', role: 'manager', name: '田中 直子', nameEn: 'Naoko Tanaka' },
  { id: 'mem-1', role: 'member', name: '伊藤 美咲', nameEn: 'Misaki Ito', managerId: 'mgr-1' },
  { id: 'mem-2', role: 'member', name: '渡辺 翔太', nameEn: 'Shota Watanabe', managerId: 'mgr-1' },
  { id: 'mem-3', role: 'member', name: '山本 彩', nameEn: 'Aya Yamamoto', managerId: 'mgr-1' },
  { id: 'mem-4', role: 'member', name: '中村 拓海', nameEn: 'Takumi Nakamura', managerId: 'mgr-1' },
  { id: 'mem-5', role: 'member', name: '小林 さくら', nameEn: 'Sakura Kobayashi', managerId: 'mgr-2' },
  { id: 'mem-6', role: 'member', name: '加藤 悠斗', nameEn: 'Yuto Kato', managerId: 'mgr-2' },
  { id: 'mem-7', role: 'member', name: '吉田 真央', nameEn: 'Mao Yoshida', managerId: 'mgr-2' },
  { id: 'mem-8', role: 'member', name: '山田 蓮', nameEn: 'Ren Yamada', managerId: 'mgr-2' },
  { id: 'mem-9', role: 'member', name: '佐々木 陽菜', nameEn: 'Hina Sasaki', managerId: 'mgr-3' },
  { id: 'mem-10', role: 'member', name: '山口 大和', nameEn: 'Yamato Yamaguchi', managerId: 'mgr-3' },
  { id: 'mem-11', role: 'member', name: '松本 結衣', nameEn: 'Yui Matsumoto', managerId: 'mgr-3' },
  { id: 'mem-12', role: 'member', name: '井上 湊', nameEn: 'Minato Inoue', managerId: 'mgr-3' },
];

/** A person's display name in a locale; the id when the person is unknown. */
export function nameFor(id: string, locale: 'ja' | 'en' = 'ja'): string {
  const person = PEOPLE.find((p) => p.id === id);
  if (!person) return id;
  return locale === 'en' ? person.nameEn : person.name;
}

/** A cell of the strengths map: `topic×response`. */
export type Cell = `${string}×${string}`;

export interface ManagerProfile {
  /** The manager's typical member rating on a 1–5 scale, before adjustments. */
  base: number;
  /** Added to the expected rating when the item's topic matches. */
  topic?: Record<string, number>;
  /** Added when the item's response style matches. */
  response?: Record<string, number>;
  /** Added when both match (`topic×response`). */
  cell?: Partial<Record<Cell, number>>;
  /** Cells this manager meets poorly without knowing it: their own reflection rates them high. */
  blindSpots: readonly Cell[];
  /** Cells that come up often in this team, so their means rest on enough ratings. */
  focus: readonly Cell[];
  /** Days between 1on1s, drawn uniformly from this list; a longer list with long gaps is irregular. */
  intervals: readonly number[];
  /** Chance that a scheduled 1on1 does not take place. */
  missRate: number;
}

/**
 * The distinct strengths: mgr-1 listens and thinks together but gives poor career advice; mgr-2 is a
 * strong adviser on work and skills but does not "just listen", worst on career and wellbeing (the
 * field finding); mgr-3 conveys company policy well and struggles with relationships, and holds 1on1s
 * irregularly.
 */
export const MANAGER_PROFILES: Readonly<Record<string, ManagerProfile>> = {
  'mgr-1': {
    base: 3.1,
    response: { listen: 1.2, 'think-together': 1.2, advice: -0.1 },
    cell: { 'career×advice': -1.7 },
    blindSpots: ['career×advice'],
    focus: ['work×listen', 'wellbeing×listen', 'career×think-together', 'skills×think-together', 'career×advice', 'relationships×listen', 'career×listen'],
    intervals: [13, 14, 14, 14, 15],
    missRate: 0.03,
  },
  'mgr-2': {
    base: 3.5,
    response: { listen: -0.4 },
    cell: {
      'work×advice': 1.2,
      'skills×advice': 1.2,
      'work×report': 1.0,
      'skills×report': 1.0,
      'career×listen': -1.6,
      'wellbeing×listen': -1.3,
    },
    blindSpots: ['career×listen', 'wellbeing×listen'],
    focus: ['work×advice', 'skills×advice', 'work×report', 'career×listen', 'skills×report', 'wellbeing×listen'],
    intervals: [14, 14, 14, 12, 16],
    missRate: 0.05,
  },
  'mgr-3': {
    base: 3.5,
    topic: { policy: 0.5, relationships: -1.7 },
    cell: { 'policy×opinion': 1.0, 'career×listen': -0.6 },
    blindSpots: ['relationships×advice', 'relationships×listen'],
    focus: ['policy×opinion', 'relationships×listen', 'relationships×advice', 'policy×report'],
    intervals: [14, 14, 21, 21, 28, 35],
    missRate: 0.12,
  },
};

/** Where a pair's communication stands over the six months, from each side. */
export interface Trajectory {
  /** The member's level at the first and the last 1on1. */
  member: readonly [number, number];
  /** The manager's view; omitted when it follows the member's with small differences. */
  manager?: readonly [number, number];
}

export const TRAJECTORIES: Readonly<Record<string, Trajectory>> = {
  'mem-1': { member: [2, 6] },
  'mem-2': { member: [2, 5] },
  'mem-3': { member: [3, 4] },
  'mem-4': { member: [2, 2] },
  'mem-5': { member: [2, 5] },
  // The perception gap: the manager believes they are at 5, the member says 2.
  'mem-6': { member: [2, 2], manager: [4, 5] },
  'mem-7': { member: [3, 4] },
  'mem-8': { member: [2, 2] },
  'mem-9': { member: [2, 5] },
  'mem-10': { member: [3, 3] },
  'mem-11': { member: [2, 2] },
  'mem-12': { member: [1, 3] },
};

/** How a member tends to choose topics (relative weights over the 7 default topics). */
export const TOPIC_LEANINGS: Readonly<Record<string, Partial<Record<string, number>>>> = {
  'mem-1': { career: 3, skills: 2 },
  'mem-2': { work: 3, skills: 2 },
  'mem-3': { wellbeing: 2, relationships: 2 },
  'mem-4': { work: 3, private: 1 },
  'mem-5': { skills: 3, career: 2 },
  'mem-6': { work: 3, career: 2 },
  'mem-7': { wellbeing: 2, relationships: 2 },
  'mem-8': { work: 2, private: 2 },
  'mem-9': { policy: 3, career: 2 },
  'mem-10': { work: 2, relationships: 2 },
  'mem-11': { relationships: 3, wellbeing: 1 },
  'mem-12': { skills: 2, policy: 2 },
};
