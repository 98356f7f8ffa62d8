/** The member's home: their 1on1s (the next one first) and scheduling the next one with their manager. */
import { html } from 'lit';
import { PEOPLE } from '../data/people.js';
import { DEMO_TIME_ZONE } from '../data/generate.js';
import { followStep, peopleFor, showReminder, T, type DemoPage } from './schedule-shared.js';

export const memberHome: DemoPage = {
  id: 'my-1on1s',
  label: { ja: '私の1on1', en: 'My 1:1s' },
  roles: ['member'],
  view: ({ viewer, locale }) => {
    const managerId = PEOPLE.find((p) => p.id === viewer.id)?.managerId ?? '';
    const people = peopleFor(locale);
    return html`
      <h1>${T(locale, '私の1on1', 'My 1:1s')}</h1>
      <p id="reminder-line" role="status"></p>
      <section class="card" @taiwa-navigate=${followStep(viewer.role)} @taiwa-reminder=${showReminder(locale)}>
        <taiwa-session-list reminders time-zone=${DEMO_TIME_ZONE} .people=${people}></taiwa-session-list>
      </section>
      <section class="card">
        <taiwa-scheduler member-id=${viewer.id} manager-id=${managerId} time-zone=${DEMO_TIME_ZONE} .people=${people}></taiwa-scheduler>
      </section>
    `;
  },
};
