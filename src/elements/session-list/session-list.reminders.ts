/**
 * Reminders on an open page: the day before a 1on1 and on its day, each fired once as
 * `taiwa-reminder`, however many tabs show the list. A Web Lock makes "not fired yet? then mark it"
 * one step across tabs, and the fired ids are kept in `localStorage`, which every tab of the origin
 * shares, so a tab opened later does not fire a reminder another tab already did.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { remindersDue, type Reminder, type RemindedMeeting } from '../../calendar/reminders.js';
import { TaiwaReminderEvent } from '../../events/reminder.js';

const KEEP_MS = 3 * 86_400_000;
const memory = new Map<string, Record<string, number>>();

export interface ReminderSource {
  /** False: no reminders from this element. */
  enabled(): boolean;
  viewerId(): string;
  /** The viewer's 1on1s, once read. */
  meetings(): readonly RemindedMeeting[] | undefined;
  timeZone(): string;
  now(): number;
  /** Makes the check part of the host's `updateComplete`. */
  waitFor<T>(work: Promise<T>): Promise<T>;
}

function read(key: string): Record<string, number> {
  try {
    const raw = localStorage.getItem(key);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, number>) : {};
  } catch {
    // No storage (a sandboxed frame, a full quota): this page's memory still fires each once.
    return { ...(memory.get(key) ?? {}) };
  }
}

function write(key: string, fired: Record<string, number>): void {
  memory.set(key, fired);
  try {
    localStorage.setItem(key, JSON.stringify(fired));
  } catch {
    // See read().
  }
}

/** Of `ids`, those no tab fired yet, marked as fired in the same step. */
export async function claimReminders(viewerId: string, ids: readonly string[], now: number): Promise<string[]> {
  const key = `taiwa-reminders-fired:${viewerId}`;
  const step = () => {
    const fired = read(key);
    const fresh = ids.filter((id) => fired[id] === undefined);
    for (const id of fresh) fired[id] = now;
    for (const [id, at] of Object.entries(fired)) if (typeof at !== 'number' || now - at > KEEP_MS) delete fired[id];
    if (fresh.length) write(key, fired);
    return fresh;
  };
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks ? locks.request(`taiwa-reminders:${viewerId}`, async () => step()) : step();
}

export class ReminderController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #source: ReminderSource;
  readonly #everyMs: number;
  #timer?: ReturnType<typeof setInterval>;
  #seen?: readonly RemindedMeeting[];

  constructor(host: ReactiveControllerHost & HTMLElement, source: ReminderSource, everyMs = 60_000) {
    this.#host = host;
    this.#source = source;
    this.#everyMs = everyMs;
    host.addController(this);
  }

  hostConnected(): void {
    this.#timer = setInterval(() => void this.check(), this.#everyMs);
  }

  hostDisconnected(): void {
    clearInterval(this.#timer);
  }

  hostUpdated(): void {
    const meetings = this.#source.meetings();
    if (meetings === this.#seen) return;
    this.#seen = meetings;
    void this.#source.waitFor(this.check());
  }

  /** Fires what is due now and no tab fired yet; resolves with those reminders. */
  async check(): Promise<Reminder[]> {
    const s = this.#source;
    const meetings = s.meetings();
    const viewerId = s.viewerId();
    if (!s.enabled() || !meetings?.length || !viewerId) return [];
    let due: Reminder[];
    try {
      due = remindersDue(meetings, s.now(), { timeZone: s.timeZone() });
    } catch {
      return []; // An unknown zone: the list shows its dates anyway; nothing to remind of.
    }
    if (!due.length) return [];
    const fresh = new Set(
      await claimReminders(
        viewerId,
        due.map((r) => r.id),
        s.now(),
      ),
    );
    const out = due.filter((r) => fresh.has(r.id));
    for (const r of out) this.#host.dispatchEvent(new TaiwaReminderEvent(r));
    return out;
  }
}
