/** The manager's home: the team at a glance, their own 1on1 list, and scheduling with a member. */
import { html } from 'lit';
import { DEMO_TIME_ZONE } from '../data/generate.js';
import { nameFor } from '../data/people.js';
import { followStep, peopleFor, showReminder, T, type DemoPage } from './schedule-shared.js';

export const managerHome: DemoPage = {
  id: 'team-home',
  label: { ja: 'チームの一覧', en: 'My team' },
  roles: ['manager'],
  view: ({ viewer, locale, data }) => {
    const team = data.teams.find((t) => t.managerId === viewer.id)?.memberIds ?? [];
    const members = team.map((id) => ({ id, name: nameFor(id, locale) }));
    const people = peopleFor(locale);
    return html`
      <h1>${T(locale, 'チームの1on1一覧', 'Your team at a glance')}</h1>
      <p id="reminder-line" role="status"></p>
      <section class="card" @taiwa-navigate=${followStep(viewer.role)}>
        <taiwa-team-overview time-zone=${DEMO_TIME_ZONE} .members=${members}></taiwa-team-overview>
      </section>
      <section class="card" @taiwa-navigate=${followStep(viewer.role)} @taiwa-reminder=${showReminder(locale)}>
        <h2>${T(locale, 'あなたの1on1', 'Your 1:1s')}</h2>
        <taiwa-session-list reminders time-zone=${DEMO_TIME_ZONE} page-size="5" .people=${people}></taiwa-session-list>
      </section>
      ${
        members[0]
          ? html`<section class="card">
              <taiwa-scheduler
                member-id=${members[0].id}
                manager-id=${viewer.id}
                time-zone=${DEMO_TIME_ZONE}
                .people=${people}
              ></taiwa-scheduler>
            </section>`
          : ''
      }
    `;
  },
};
