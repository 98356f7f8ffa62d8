/** What the schedule pages share: the page shape main.ts lists, and where a step leads in the demo. */
import type { TemplateResult } from 'lit';
import type { Locale, Viewer } from '../../src/model/schemas.js';
import type { SampleData } from '../data/generate.js';
import { nameFor, PEOPLE } from '../data/people.js';

export interface DemoPage {
  id: string;
  label: Record<Locale, string>;
  roles: Viewer['role'][];
  view: (ctx: { viewer: Viewer; locale: Locale; data: SampleData }) => TemplateResult;
}

export const T = (locale: Locale, ja: string, en: string) => (locale === 'ja' ? ja : en);

/** Everyone's display name in the locale, with a demo e-mail address for the `.ics`. */
export const peopleFor = (locale: Locale) =>
  PEOPLE.map((p) => ({ id: p.id, name: nameFor(p.id, locale), email: `${p.id}@kakehashi.example` }));

/**
 * A 1on1 chosen in the session list or the team overview opens the demo page for it, on that 1on1
 * (the demo routes by hash: `#page/sessionId/memberId`), not on "the next" or "the last" one.
 */
export function followStep(role: Viewer['role']) {
  return (e: Event): void => {
    const d = (e as CustomEvent<{ step: string; sessionId?: string; memberId?: string }>).detail;
    if (!d) return;
    const page = role === 'manager' ? 'team' : d.step === 'rate' || d.step === 'reflect' ? 'after' : 'prepare';
    const at = [page, d.sessionId, d.memberId].filter((x): x is string => !!x).map(encodeURIComponent);
    location.hash = at.join('/');
  };
}

/** Shows the latest `taiwa-reminder` in the page's status line. */
export function showReminder(locale: Locale) {
  return (e: Event) => {
    const r = (e as CustomEvent<{ kind: string; start: string }>).detail;
    const line = document.querySelector<HTMLElement>('#reminder-line');
    if (!line || !r) return;
    const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Tokyo' }).format(
      Date.parse(r.start),
    );
    line.textContent =
      r.kind === 'day-before'
        ? T(
            locale,
            `明日 ${when} に1on1があります。準備をしておきましょう。`,
            `You have a 1:1 tomorrow, ${when}. Take a minute to prepare.`,
          )
        : T(locale, `今日 ${when} に1on1があります。`, `You have a 1:1 today, ${when}.`);
  };
}
