/**
 * The HR home an admin opens on a Monday (issue 18, item 7): cadence, engagement drivers, the effect
 * of 1:1 count, the team levels, how many managers are strong or weak per topic × response (never
 * which: the policy keeps named maps from HR by default) and the organisation's map, over the HR
 * sample organisation (demo/data/org.ts, loaded by the server). A manager sees their own team's cadence in full and
 * the rest only above k: the server decides (server/insights-scope.ts).
 */
import { html, type TemplateResult } from 'lit';
import type { Locale, Viewer } from '../../src/model/schemas.js';
import { ORG_DEPARTMENTS } from '../data/org.js';

const T = (locale: Locale, ja: string, en: string) => (locale === 'ja' ? ja : en);

/** The last whole quarter and the year before it, from the sample's last month (2026-11). */
const RANGE = { from: '2025-Q4', to: '2026-Q4', year: { from: '2025-12', to: '2026-11' } };

export const hrHome = {
  id: 'hr-home',
  label: { ja: '人事ホーム', en: 'HR home' },
  roles: ['admin'] as Viewer['role'][],
  view: ({ locale }: { viewer: Viewer; locale: Locale }): TemplateResult => {
    const names = Object.fromEntries(ORG_DEPARTMENTS.map((d) => [d.id, locale === 'ja' ? d.ja : d.en]));
    return html`
      <h1>${T(locale, '人事ホーム：1on1とエンゲージメント', 'HR home: 1:1s and engagement')}</h1>
      <section class="card">
        <h2>${T(locale, '1on1の実施状況', '1:1 cadence')}</h2>
        <taiwa-cadence period="quarter" from=${RANGE.from} to=${RANGE.to} as-of="2026-12-01" .names=${names}></taiwa-cadence>
      </section>
      <section class="card">
        <h2>${T(locale, 'エンゲージメントを高める要因（過去12か月）', 'What drives engagement (last 12 months)')}</h2>
        <taiwa-engagement-drivers period="month" from=${RANGE.year.from} to=${RANGE.year.to}></taiwa-engagement-drivers>
      </section>
      <section class="card">
        <h2>${T(locale, '1on1の実施回数と効果（直近の四半期）', 'Effect of 1:1 count (last full quarter)')}</h2>
        <taiwa-effect-chart period="quarter" from="2026-Q3" to="2026-Q3"></taiwa-effect-chart>
      </section>
      <section class="card">
        <h2>${T(locale, 'コミュニケーションレベルの分布', 'Communication levels')}</h2>
        <taiwa-level-tracker></taiwa-level-tracker>
      </section>
      <section class="card">
        <h2>${T(locale, '得意・苦手のマネジャー数（組織）', 'How many managers are strong or weak (organisation)')}</h2>
        <taiwa-strength-map patterns></taiwa-strength-map>
      </section>
      <section class="card">
        <h2>${T(locale, 'マネジャーの得意・苦手（組織平均）', 'Strengths across managers (organisation)')}</h2>
        <taiwa-strength-map></taiwa-strength-map>
      </section>
    `;
  },
};
