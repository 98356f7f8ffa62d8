/**
 * The demo's deterministic sample data: 1 admin, 3 managers, 12 members and six months of 1on1
 * history (sessions, agendas, ratings, reflections, level check-ins, monthly pulses, hint marks).
 *
 * Everything is drawn from a small seeded PRNG, and every timestamp from `now`, so the same options
 * give byte-identical output. No DOM and no zod here: the demo imports this module up front.
 * The patterns are set in ./people.ts (managers' strengths, members' trajectories).
 */
import type {
  Action,
  Agenda,
  AgendaItem,
  Feedback,
  FeedbackItem,
  HintMark,
  LevelAssessment,
  Pulse,
  Series,
  Session,
  StyleMatch,
  Viewer,
} from '../../src/model/schemas.js';
import type { RecordKind, RecordMap } from '../../src/model/records.js';
// The kit's own stripping (zod-free), so the demo hides private memos exactly as the seam does.
import { withoutPrivateMemos } from '../../src/model/privacy.js';
import { generateActions } from './actions.js';
import { MANAGER_PROFILES, PEOPLE, TOPIC_LEANINGS, TRAJECTORIES, type Cell, type ManagerProfile } from './people.js';

export const DEFAULT_SEED = 20_261_101;
export const DEFAULT_NOW = '2026-11-01T09:00:00.000Z';
export const DEFAULT_MONTHS = 6;

export const TOPIC_IDS = ['work', 'relationships', 'wellbeing', 'career', 'skills', 'private', 'policy'] as const;
export const RESPONSE_IDS = ['advice', 'think-together', 'listen', 'opinion', 'report'] as const;

export interface SampleOptions {
  seed?: number;
  now?: Date;
  months?: number;
}

export interface SampleData {
  viewers: Viewer[];
  teams: Array<{ managerId: string; memberIds: string[] }>;
  sessions: Session[];
  agendas: Agenda[];
  feedback: Feedback[];
  levels: LevelAssessment[];
  pulses: Pulse[];
  hintMarks: HintMark[];
  /** Action items (宿題) of the last held 1on1s (demo/data/actions.ts). */
  actions: Action[];
  /** Each pair's cadence (every N weeks, the manager's usual interval), the pair's sessions scheduled from it. */
  series: Series[];
}

/** The records of each kind, keyed as the adapter names them. */
export type SampleRecords = { [K in RecordKind]: RecordMap[K][] };

// ---------------------------------------------------------------- PRNG

/** mulberry32: a tiny 32-bit PRNG, good enough for sample data and fully reproducible. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

class Rng {
  readonly #next: () => number;
  constructor(seed: number) {
    this.#next = mulberry32(seed);
  }
  float(): number {
    return this.#next();
  }
  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.#next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.#next() < p;
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.#next() * list.length)]!;
  }
  /** Standard normal (Box–Muller). */
  normal(): number {
    const u = 1 - this.#next();
    const v = this.#next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
  weighted<T extends string>(weights: Partial<Record<T, number>>): T {
    const entries = Object.entries(weights) as Array<[T, number]>;
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let x = this.#next() * total;
    for (const [key, w] of entries) {
      x -= w;
      if (x < 0) return key;
    }
    return entries[entries.length - 1]![0];
  }
  /** A UUID-shaped (version 4) id from the PRNG, so ids are reproducible. */
  uuid(): string {
    const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
    const a = hex(this.int(0, 0xffffffff));
    const b = hex(this.int(0, 0xffffffff));
    const c = hex(this.int(0, 0xffffffff));
    const d = hex(this.int(0, 0xffffffff));
    const variant = ((parseInt(c[0]!, 16) & 0x3) | 0x8).toString(16);
    return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${variant}${c.slice(1, 4)}-${c.slice(4)}${d}`;
  }
}

// ---------------------------------------------------------------- time

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** 10:00, 11:00, 13:30, 15:00, 16:30 JST, in UTC hours: the JST date equals the UTC date. */
const SLOTS_UTC = [1, 2, 4.5, 6, 7.5];

const iso = (ms: number) => new Date(ms).toISOString();
const isoDate = (ms: number) => iso(ms).slice(0, 10);

function addMonthsUtc(ms: number, months: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1);
}

function monthKey(ms: number): string {
  return iso(ms).slice(0, 7);
}

/** Moves a Saturday or a Sunday to the Monday after. */
function weekday(ms: number): number {
  const day = new Date(ms).getUTCDay();
  return day === 6 ? ms + 2 * DAY : day === 0 ? ms + DAY : ms;
}

// ---------------------------------------------------------------- texts

const MEMOS: Record<string, readonly string[]> = {
  work: [
    '新機能のリリース準備。テスト工程が遅れ気味で、優先順位を相談したい。',
    '引き継いだ案件の進め方に迷っている。今のやり方で良いか確認したい。',
    '会議が多くて、集中できる時間が取れていない。',
    '今月の目標に対する進捗を報告したい。顧客対応は順調。',
  ],
  relationships: [
    '他部署との調整で、意見がうまく通らないことが続いている。',
    'チーム内の役割分担について、少しモヤモヤしている。',
    '新しく入ったメンバーとの関わり方を考えたい。',
    '先輩に相談するタイミングがつかめない。',
  ],
  wellbeing: [
    '最近寝つきが悪く、朝から疲れている感じがする。',
    '繁忙期が続いていて、気持ちに余裕がない。',
    'リモートが続いて、気分転換がうまくできていない。',
    '体調は戻ってきた。無理のない働き方を続けたい。',
  ],
  career: [
    '3年後にどんな役割を担っていたいか、まだ言葉にできていない。',
    'マネジメントに進むか、専門性を深めるかで迷っている。',
    '社内公募に興味がある。今の仕事との両立を考えたい。',
    '今の経験がキャリアにどうつながるのか確認したい。',
  ],
  skills: [
    '設計レビューで、もっと的確な指摘ができるようになりたい。',
    'データ分析の勉強を始めた。業務で試せる場面がほしい。',
    'プレゼンで要点を短く伝える練習をしたい。',
    '資格試験の勉強計画について相談したい。',
  ],
  private: [
    '来月、引っ越しの予定がある。数日休みを取りたい。',
    '家族の介護が始まり、働き方を少し調整したい。',
    '子どもの保育園の送迎で、朝の時間が読みにくい。',
    '最近始めたランニングが続いている。',
  ],
  policy: [
    '下期の部の方針の背景を、もう少し詳しく知りたい。',
    '組織変更が自分の仕事にどう影響するのか気になっている。',
    '新しい人事制度の意図を理解したい。',
    '会社のパーパスと自分の仕事のつながりを考えたい。',
  ],
};

const COMMENTS_HIGH = [
  'じっくり話を聞いてもらえて、気持ちが整理できました。',
  '次に何をすればよいかがはっきりしました。',
  '一緒に考えてもらえて、選択肢が広がりました。',
  '方針の背景が分かり、納得して動けそうです。',
  'いつもありがとうございます。次回も相談させてください。',
];
const COMMENTS_MID = ['もう少し時間があると良かったです。', '話せてすっきりしましたが、次の一歩はまだ見えていません。'];
const COMMENTS_LOW = [
  'アドバイスよりも、まず話を聞いてほしかったです。',
  'キャリアの話は、結論より一緒に考える時間がほしかったです。',
  '途中で話を遮られてしまい、言いたいことが言えませんでした。',
  '人間関係の悩みは、もう少し受け止めてもらえると嬉しいです。',
];
const WENT_WELL = [
  'メンバーが自分から課題を話してくれた。',
  '次のアクションを一緒に決められた。',
  '前回からの変化を具体的に確認できた。',
  '最後まで口を挟まずに聞けた。',
  '方針の背景を自分の言葉で伝えられた。',
];
const NEXT_TIME = [
  '結論を急がず、最後まで話を聞く。',
  '自分の経験談は控えめにして、本人の考えを引き出す。',
  '次回までのアクションを一緒に確認する。',
  'キャリアの話題では問いかけを増やす。',
  '人間関係の話題では、まず本人の受け止め方を聞く。',
  '話す量がメンバーのほうが多くなるよう意識する。',
];

/** How members tend to want each topic answered. */
const RESPONSE_LEANINGS: Record<string, Partial<Record<string, number>>> = {
  work: { advice: 3, report: 3, 'think-together': 2, opinion: 1, listen: 1 },
  relationships: { listen: 3, 'think-together': 2, advice: 2, opinion: 1 },
  wellbeing: { listen: 4, 'think-together': 1, report: 1, advice: 1 },
  career: { 'think-together': 3, listen: 2, advice: 2, opinion: 2 },
  skills: { advice: 3, 'think-together': 2, opinion: 1, report: 1 },
  private: { listen: 3, report: 2 },
  policy: { opinion: 3, 'think-together': 1, report: 1, listen: 1 },
};

// ---------------------------------------------------------------- the model of a pair

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const cellOf = (topicId: string, responseId: string): Cell => `${topicId}×${responseId}`;

/** The rating a member would give on average for this manager and cell (scale 1–5). */
function expectedRating(profile: ManagerProfile, topicId: string, responseId: string): number {
  return (
    profile.base +
    (profile.topic?.[topicId] ?? 0) +
    (profile.response?.[responseId] ?? 0) +
    (profile.cell?.[cellOf(topicId, responseId)] ?? 0)
  );
}

function styleMatchFor(rng: Rng, rating: number): StyleMatch {
  const x = rng.float();
  if (rating >= 4) return x < 0.85 ? 'yes' : 'partly';
  if (rating === 3) return x < 0.2 ? 'yes' : x < 0.8 ? 'partly' : 'no';
  return x < 0.65 ? 'no' : 'partly';
}

interface Slot {
  scheduledAt: number;
  held: boolean;
  heldAt?: number;
}

function schedule(rng: Rng, profile: ManagerProfile, start: number, now: number): Slot[] {
  const slots: Slot[] = [];
  const usualSlot = rng.pick(SLOTS_UTC);
  let day = start + rng.int(0, 12) * DAY;
  for (;;) {
    const hour = rng.chance(0.8) ? usualSlot : rng.pick(SLOTS_UTC);
    const scheduledAt = weekday(day) + hour * HOUR;
    if (scheduledAt > now) {
      slots.push({ scheduledAt, held: false });
      return slots;
    }
    const held = !rng.chance(profile.missRate);
    const late = rng.chance(0.15) ? rng.int(5, 30) * 60_000 : 0;
    slots.push(held ? { scheduledAt, held, heldAt: Math.min(scheduledAt + late, now) } : { scheduledAt, held });
    day = weekday(day) + rng.pick(profile.intervals) * DAY;
  }
}

function levelAt(rng: Rng, [from, to]: readonly [number, number], fraction: number, outlier: number): number {
  // Pairs take a few 1on1s to get going and reach their level a little before the end.
  let level = Math.round(from + (to - from) * clamp((fraction - 0.1) / 0.75, 0, 1));
  if (rng.chance(outlier)) level += rng.chance(0.5) ? 1 : -1;
  return clamp(level, 1, 6);
}

/**
 * The statements ticked in a check-in that lands on `level`: every one from 1 up to it (a check-in
 * reads as the highest contiguous level from 1), and now and then one two rungs higher, which the
 * gap keeps from counting.
 */
function signalsFor(rng: Rng, level: number): number[] {
  const signals: number[] = [];
  let skipped = 0;
  // One draw per statement below, as before, so the rest of the generated history stays the same.
  for (let l = 1; l < level; l++) if (!rng.chance(0.75)) skipped++;
  for (let l = 1; l <= level; l++) signals.push(l);
  if (skipped >= 2 && level <= 4) signals.push(level + 2);
  return signals;
}

// ---------------------------------------------------------------- the generator

/** Six months (by default) of 1on1 history for the demo's 16 people; same options, same output. */
export function generateSampleData(options: SampleOptions = {}): SampleData {
  const rng = new Rng(options.seed ?? DEFAULT_SEED);
  const now = (options.now ?? new Date(DEFAULT_NOW)).getTime();
  const months = Math.max(1, Math.floor(options.months ?? DEFAULT_MONTHS));
  const start = addMonthsUtc(now, -months);
  const past = (ms: number) => ms <= now;

  const viewers: Viewer[] = PEOPLE.map((p) => ({ id: p.id, role: p.role, name: p.name }));
  const managers = PEOPLE.filter((p) => p.role === 'manager');
  const teams = managers.map((m) => ({ managerId: m.id, memberIds: PEOPLE.filter((p) => p.managerId === m.id).map((p) => p.id) }));

  const sessions: Session[] = [];
  const agendas: Agenda[] = [];
  const feedback: Feedback[] = [];
  const levels: LevelAssessment[] = [];
  const pulses: Pulse[] = [];
  const hintMarks: HintMark[] = [];

  for (const team of teams) {
    const managerId = team.managerId;
    const profile = MANAGER_PROFILES[managerId]!;
    let focusTurn = rng.int(0, profile.focus.length - 1);
    const focusRate = profile.intervals.some((d) => d > 21) ? 0.95 : 0.8;

    for (const memberId of team.memberIds) {
      const trajectory = TRAJECTORIES[memberId]!;
      const bias = rng.normal() * 0.25;
      const topicWeights: Partial<Record<string, number>> = {};
      for (const t of TOPIC_IDS) topicWeights[t] = (t === 'private' ? 0.5 : 1) + (TOPIC_LEANINGS[memberId]?.[t] ?? 0);

      const slots = schedule(rng, profile, start, now);
      const heldCount = slots.filter((s) => s.held).length;
      let heldIndex = 0;
      let createdAt = start - rng.int(1, 5) * DAY;
      // For the pulses: when each 1on1 was held, and the member's ratings over time.
      const heldTimes: number[] = [];
      const ratings: Array<{ at: number; overall: number; key: number[] }> = [];
      let memberLevel = trajectory.member[0];

      slots.forEach((slot, index) => {
        const sessionId = rng.uuid();
        const next = slots[index + 1];
        const updatedAt = slot.heldAt !== undefined ? Math.min(slot.heldAt + 45 * 60_000, now) : createdAt;
        sessions.push({
          id: sessionId,
          createdAt: iso(createdAt),
          updatedAt: iso(Math.max(createdAt, updatedAt)),
          memberId,
          managerId,
          scheduledAt: iso(slot.scheduledAt),
          ...(slot.heldAt !== undefined ? { heldAt: iso(slot.heldAt) } : {}),
        });
        createdAt = slot.heldAt ?? slot.scheduledAt;

        const upcoming = slot.scheduledAt > now;
        if (!slot.held && !rng.chance(upcoming ? 0.6 : 0.4)) return;

        // ------------------------------------------------ the agenda
        // Prepared one to four days ahead, during the JST working day (00:00–09:00 UTC).
        const prepDay = slot.scheduledAt - rng.int(1, 4) * DAY;
        const agendaAt = prepDay - (prepDay % DAY) + rng.int(0, 9 * 60) * 60_000;
        if (!past(agendaAt)) return;
        const submittedAt = Math.min(agendaAt + rng.int(5, 240) * 60_000, slot.scheduledAt - HOUR, now);
        const size = rng.weighted({ '1': 3, '2': 4.5, '3': 2.5 });
        const cells: Array<[string, string]> = [];
        if (rng.chance(focusRate)) {
          const [t, r] = profile.focus[focusTurn++ % profile.focus.length]!.split('×') as [string, string];
          cells.push([t, r]);
        }
        while (cells.length < Number(size)) {
          const weights = { ...topicWeights };
          for (const [t] of cells) delete weights[t];
          const topicId = rng.weighted(weights);
          cells.push([topicId, rng.weighted(RESPONSE_LEANINGS[topicId]!)]);
        }
        const items: AgendaItem[] = cells.map(([topicId, responseId]) => {
          const sensitive = topicId === 'private' || topicId === 'wellbeing' || topicId === 'career';
          const memoVisibility = rng.chance(sensitive ? 0.65 : 0.25) ? 'private' : 'shared';
          const proposedBy = rng.chance(topicId === 'policy' ? 0.4 : 0.08) ? 'manager' : 'member';
          const item: AgendaItem = { id: rng.uuid(), topicId, responseId, memoVisibility, proposedBy };
          if (rng.chance(0.8)) item.memo = rng.pick(MEMOS[topicId]!);
          return item;
        });
        const agenda: Agenda = {
          id: rng.uuid(),
          createdAt: iso(agendaAt),
          updatedAt: iso(submittedAt),
          sessionId,
          memberId,
          managerId,
          items,
          submittedAt: iso(submittedAt),
        };
        if (next && rng.chance(0.6)) agenda.nextDate = isoDate(next.scheduledAt);
        agendas.push(agenda);

        if (slot.heldAt === undefined) return;
        const heldAt = slot.heldAt;
        const fraction = heldCount > 1 ? heldIndex / (heldCount - 1) : 1;
        heldIndex++;
        heldTimes.push(heldAt);

        // ------------------------------------------------ the member's rating
        memberLevel = levelAt(rng, trajectory.member, fraction, 0);
        const memberItems: FeedbackItem[] = items.map((item) => {
          const mean = expectedRating(profile, item.topicId, item.responseId!) + bias + 0.12 * (memberLevel - 3);
          const rating = clamp(Math.round(mean + rng.normal() * 0.65), 1, 5);
          return { agendaItemId: item.id, topicId: item.topicId, responseId: item.responseId!, rating, styleMatch: styleMatchFor(rng, rating) };
        });
        const itemMean = memberItems.reduce((s, i) => s + i.rating, 0) / memberItems.length;
        const memberOverall = clamp(Math.round(itemMean + rng.normal() * 0.4), 1, 5);
        const memberAt = heldAt + rng.int(1, 30) * HOUR;
        if (rng.chance(0.85) && past(memberAt)) {
          const record: Feedback = {
            id: rng.uuid(),
            createdAt: iso(memberAt),
            updatedAt: iso(memberAt),
            sessionId,
            memberId,
            managerId,
            by: 'member',
            scale: { min: 1, max: 5 },
            overall: memberOverall,
            items: memberItems,
            submittedAt: iso(memberAt),
          };
          if (rng.chance(0.5)) record.comment = rng.pick(itemMean >= 3.8 ? COMMENTS_HIGH : itemMean > 2.6 ? COMMENTS_MID : COMMENTS_LOW);
          feedback.push(record);
          ratings.push({
            at: memberAt,
            overall: memberOverall,
            key: memberItems.filter((i) => i.topicId === 'career' || i.topicId === 'policy').map((i) => i.rating),
          });
        }

        // ------------------------------------------------ the manager's reflection
        const managerAt = heldAt + rng.int(1, 48) * HOUR;
        if (rng.chance(focusRate > 0.8 ? 0.5 : 0.65) && past(managerAt)) {
          const ownItems: FeedbackItem[] = memberItems.map((m) => {
            // Where a manager is weak without knowing it, their own impression is high: the gap.
            const blind = profile.blindSpots.includes(cellOf(m.topicId, m.responseId));
            const rating = blind ? rng.int(4, 5) : clamp(m.rating + rng.pick([-1, 0, 0, 0, 1]), 1, 5);
            return { agendaItemId: m.agendaItemId, topicId: m.topicId, responseId: m.responseId, rating };
          });
          const ownMean = ownItems.reduce((s, i) => s + i.rating, 0) / ownItems.length;
          const record: Feedback = {
            id: rng.uuid(),
            createdAt: iso(managerAt),
            updatedAt: iso(managerAt),
            sessionId,
            memberId,
            managerId,
            by: 'manager',
            scale: { min: 1, max: 5 },
            overall: clamp(Math.round(ownMean + rng.normal() * 0.3), 1, 5),
            items: ownItems,
            submittedAt: iso(managerAt),
          };
          if (rng.chance(0.7)) record.wentWell = rng.pick(WENT_WELL);
          if (rng.chance(0.8)) record.nextTime = rng.pick(NEXT_TIME);
          feedback.push(record);
        }

        // ------------------------------------------------ level check-ins, both sides
        const memberSays = levelAt(rng, trajectory.member, fraction, 0.1);
        const managerSays = trajectory.manager
          ? levelAt(rng, trajectory.manager, fraction, 0.08)
          : clamp(memberSays + rng.pick([0, 0, 0, 0, 1, 1, -1]), 1, 6);
        for (const [by, level, chance, delay] of [
          ['member', memberSays, 0.9, rng.int(1, 20)],
          ['manager', managerSays, 0.85, rng.int(1, 30)],
        ] as const) {
          const at = heldAt + delay * HOUR;
          if (!rng.chance(chance) || !past(at)) continue;
          levels.push({
            id: rng.uuid(),
            createdAt: iso(at),
            updatedAt: iso(at),
            sessionId,
            memberId,
            managerId,
            by,
            method: 'check-in',
            level,
            signals: signalsFor(rng, level),
          });
        }

        // ------------------------------------------------ hints chosen to try
        const first = items[0]!;
        for (const [by, p] of [['member', 0.09], ['manager', 0.05]] as const) {
          if (!rng.chance(p)) continue;
          const at = by === 'member' ? submittedAt + 10 * 60_000 : slot.scheduledAt - HOUR;
          if (!past(at)) continue;
          hintMarks.push({
            id: rng.uuid(),
            createdAt: iso(at),
            updatedAt: iso(at),
            sessionId,
            memberId,
            managerId,
            by,
            hintId: `${first.topicId}.${first.responseId}.${by}.${rng.int(1, 2)}`,
            marked: !rng.chance(0.15),
          });
        }
      });

      // ------------------------------------------------ a few direct assessments
      const directs: Array<['member' | 'manager', number, number]> = [];
      if (memberId === 'mem-6') directs.push(['member', 2, 0.95], ['manager', 5, 0.95]);
      if (memberId === 'mem-1') directs.push(['member', 4, 0.5]);
      if (memberId === 'mem-4') directs.push(['manager', 2, 0.6]);
      if (memberId === 'mem-9') directs.push(['manager', 5, 0.97]);
      if (memberId === 'mem-12') directs.push(['member', 3, 0.9]);
      for (const [by, level, at] of directs) {
        const when = start + Math.floor((now - start) * at) + rng.int(0, 8) * HOUR;
        if (!past(when)) continue;
        levels.push({ id: rng.uuid(), createdAt: iso(when), updatedAt: iso(when), memberId, managerId, by, method: 'direct', level });
      }

      // ------------------------------------------------ monthly pulses
      for (let m = 0; m < months; m++) {
        const monthStart = addMonthsUtc(start, m);
        const at = monthStart + 24 * DAY + 3 * HOUR + rng.int(0, 6) * HOUR;
        if (!past(at)) continue;
        const held = heldTimes.filter((t) => t <= at).length;
        const sofar = ratings.filter((r) => r.at <= at);
        const key = sofar.flatMap((r) => r.key);
        const overall = sofar.length ? sofar.reduce((s, r) => s + r.overall, 0) / sofar.length : 3;
        const keyMean = key.length ? key.reduce((s, r) => s + r, 0) / key.length : overall;
        const level = levelAt(rng, trajectory.member, (at - start) / (now - start), 0);
        const engagement = clamp(Math.round(34 + 3.2 * Math.min(held, 14) + 9 * (keyMean - 3) + 5 * (overall - 3) + rng.normal() * 4), 0, 100);
        pulses.push({
          id: rng.uuid(),
          createdAt: iso(at),
          updatedAt: iso(at),
          memberId,
          managerId,
          month: monthKey(monthStart),
          growth: clamp(Math.round(1 + (level - 1) * 0.8 + rng.normal() * 0.5), 1, 5),
          engagement,
        });
      }
    }
  }

  const byTime = <T extends { createdAt: string; id: string }>(a: T, b: T) =>
    a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  sessions.sort((a, b) => (a.scheduledAt! < b.scheduledAt! ? -1 : a.scheduledAt! > b.scheduledAt! ? 1 : byTime(a, b)));
  for (const list of [agendas, feedback, levels, pulses, hintMarks]) (list as Array<{ createdAt: string; id: string }>).sort(byTime);

  const series = scheduleSeries(sessions, now);
  sessions.sort((a, b) => (a.scheduledAt! < b.scheduledAt! ? -1 : a.scheduledAt! > b.scheduledAt! ? 1 : byTime(a, b)));

  return { viewers, teams, sessions, agendas, feedback, levels, pulses, hintMarks, series, actions: generateActions(sessions, now) };
}

// ---------------------------------------------------------------- series (wp-schedule)

/** The demo's zone: every sample 1on1 is in Tokyo. */
export const DEMO_TIME_ZONE = 'Asia/Tokyo';
const DEMO_MINUTES = 30;

/**
 * Each pair's cadence as a `series` record (every N weeks, N the manager's usual interval, so
 * mgr-3's irregular 1on1s miss theirs), and the schedule fields on its sessions: zone, length,
 * series, sequence; a 1on1 that did not take place is cancelled the day before; and one more
 * upcoming 1on1 on the cadence after the next one. No draws from the PRNG: the history above stays
 * exactly as it was.
 */
/** A UUID-shaped id from a name (FNV-1a, four rounds), so derived records get ids like the rest without a PRNG draw. */
function nameUuid(name: string): string {
  const words: string[] = [];
  for (let round = 0; round < 4; round++) {
    let h = 0x811c9dc5 ^ round;
    for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
    words.push((h >>> 0).toString(16).padStart(8, '0'));
  }
  const [a, b, c, d] = words as [string, string, string, string];
  const variant = ((parseInt(c[0]!, 16) & 0x3) | 0x8).toString(16);
  return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${variant}${c.slice(1, 4)}-${c.slice(4)}${d}`;
}

function scheduleSeries(sessions: Session[], now: number): Series[] {
  const out: Series[] = [];
  const pairs = new Map<string, Session[]>();
  for (const s of sessions) {
    const key = `${s.managerId}/${s.memberId}`;
    pairs.set(key, [...(pairs.get(key) ?? []), s]);
  }
  for (const list of pairs.values()) {
    const first = list[0]!;
    const profile = MANAGER_PROFILES[first.managerId]!;
    const everyWeeks = Math.max(1, Math.round(profile.intervals.reduce((a, b) => a + b, 0) / profile.intervals.length / 7));
    const seriesId = nameUuid(`series/${first.managerId}/${first.memberId}`);
    out.push({
      id: seriesId,
      createdAt: first.createdAt,
      updatedAt: first.createdAt,
      memberId: first.memberId,
      managerId: first.managerId,
      everyWeeks,
      startsAt: first.scheduledAt!,
      timeZone: DEMO_TIME_ZONE,
      durationMinutes: DEMO_MINUTES,
    });
    for (const s of list) {
      Object.assign(s, { durationMinutes: DEMO_MINUTES, timeZone: DEMO_TIME_ZONE, seriesId, sequence: 0 });
      const at = Date.parse(s.scheduledAt!);
      if (!s.heldAt && at <= now) s.cancelledAt = iso(Math.max(Date.parse(s.createdAt), at - DAY));
    }
    const next = list[list.length - 1]!;
    if (!next.heldAt && Date.parse(next.scheduledAt!) > now) {
      const after = Date.parse(next.scheduledAt!) + everyWeeks * 7 * DAY;
      sessions.push({
        id: nameUuid(`next/${next.id}`),
        createdAt: next.createdAt,
        updatedAt: next.createdAt,
        memberId: next.memberId,
        managerId: next.managerId,
        scheduledAt: iso(after),
        durationMinutes: DEMO_MINUTES,
        timeZone: DEMO_TIME_ZONE,
        seriesId,
        sequence: 0,
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------- per-viewer records

/**
 * The records a viewer's own per-viewer database holds in the demo:
 * - a member: their sessions, agendas (private memos included: it is their device), the ratings
 *   and hint marks they made themselves, both sides' level answers of their pair (the member sees
 *   the manager's view), and their pulses — not their manager's reflections, and nothing of any
 *   other member;
 * - a manager: every record of their team, with private memo texts removed;
 * - the admin: everything, with private memo texts removed;
 * - anyone else: nothing.
 */
export function recordsFor(data: SampleData, viewerId: string): SampleRecords {
  const viewer = data.viewers.find((v) => v.id === viewerId);
  const none: SampleRecords = { session: [], agenda: [], feedback: [], level: [], pulse: [], 'hint-mark': [], action: [], series: [] };
  if (!viewer) return none;
  if (viewer.role === 'member') {
    const mine = <T extends { memberId: string }>(r: T) => r.memberId === viewerId;
    const own = <T extends { memberId: string; by: string }>(r: T) => r.memberId === viewerId && r.by === 'member';
    return {
      session: data.sessions.filter(mine),
      agenda: data.agendas.filter(mine),
      feedback: data.feedback.filter(own),
      // A member sees their own level answers and their manager's view of the pair ("Who sees what").
      level: data.levels.filter(mine),
      pulse: data.pulses.filter(mine),
      'hint-mark': data.hintMarks.filter(own),
      action: data.actions.filter((a) => mine(a) && (a.owner === 'member' || a.visibility === 'shared')),
      series: data.series.filter(mine),
    };
  }
  const keep =
    viewer.role === 'admin' ? () => true : <T extends { managerId?: string | undefined }>(r: T) => r.managerId === viewerId;
  return {
    session: data.sessions.filter(keep),
    agenda: data.agendas.filter(keep).map(withoutPrivateMemos),
    feedback: data.feedback.filter(keep),
    level: data.levels.filter(keep),
    pulse: data.pulses.filter(keep),
    'hint-mark': data.hintMarks.filter(keep),
    // Private items stay on their owner's device (the server refuses them).
    action: data.actions.filter((a) => keep(a) && a.visibility === 'shared'),
    series: data.series.filter(keep),
  };
}
