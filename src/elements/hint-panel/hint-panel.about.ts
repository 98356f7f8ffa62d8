import { html, type TemplateResult } from 'lit';
import type en from '../../i18n/hint-panel/en.js';

/**
 * "What a 1on1 is for": a collapsed section with the seed's comparison of a business meeting and a
 * 1on1 (who leads, the theme, the standing, what to aim for) as a real table.
 */
export function renderAbout(s: typeof en): TemplateResult {
  return html`<details part="about">
    <summary part="summary">${s.about}</summary>
    <p>${s.aboutIntro}</p>
    <table part="table">
      <caption>
        ${s.aboutCaption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${s.aboutAspect}</th>
          <th scope="col">${s.aboutMeeting}</th>
          <th scope="col">${s.aboutOneOnOne}</th>
        </tr>
      </thead>
      <tbody>
        ${s.aboutRows.map(
          ([aspect, meeting, oneOnOne]) =>
            html`<tr>
              <th scope="row">${aspect}</th>
              <td>${meeting}</td>
              <td>${oneOnOne}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    <p>${s.aboutOutro}</p>
  </details>`;
}
