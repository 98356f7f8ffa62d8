/**
 * Strict CSP as a tested mode (issue 15, item 3): test/csp/page.html, served with
 * `default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script';
 * trusted-types lit-html` (csp-header.mjs, a middleware of the test runner's server), renders every
 * element in every state, role and language in an iframe; no policy is violated, each element shows
 * its content, and the level tracker's bars are drawn at their share, not at full width.
 */
import { expect } from '@open-wc/testing';
import type { Violation } from './listen.js';
import type { PageResult, State } from './page.js';

type Message =
  { type: 'csp-result'; result: PageResult; violations: Violation[] } | { type: 'csp-error'; error: string; violations: Violation[] };

let answer: Promise<Message> | undefined;
let headers: Headers | undefined;

function load(): Promise<Message> {
  return (answer ??= (async () => {
    const url = new URL('./page.html', import.meta.url);
    headers = (await fetch(url)).headers;
    const iframe = document.createElement('iframe');
    iframe.title = 'Taiwa under a strict CSP';
    iframe.width = '1200';
    iframe.height = '800';
    iframe.src = url.href;
    document.body.append(iframe);
    // The page posts its result; read it from the frame as well, in case the message was missed.
    const message = new Promise<Message>((resolve) => {
      addEventListener('message', function on(e: MessageEvent<Message>) {
        if (e.source !== iframe.contentWindow || !String(e.data?.type).startsWith('csp-')) return;
        removeEventListener('message', on);
        resolve(e.data);
      });
      const poll = () => {
        const w = iframe.contentWindow as (Window & { cspResult?: PageResult; cspViolations?: Violation[] }) | null;
        if (w?.cspResult) resolve({ type: 'csp-result', result: w.cspResult, violations: [...(w.cspViolations ?? [])] });
        else requestAnimationFrame(poll);
      };
      poll();
    });
    return message;
  })());
}

describe('strict CSP', function () {
  this.timeout(120_000);

  it('serves the page with the strict policy', async () => {
    await load();
    const csp = headers!.get('content-security-policy') ?? '';
    for (const d of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "require-trusted-types-for 'script'",
      'trusted-types lit-html',
    ])
      expect(csp).to.contain(d);
    expect(csp).not.to.contain('unsafe');
  });

  it('renders every element in every state, role and language with 0 violations', async () => {
    const m = await load();
    if (m.type === 'csp-error') throw new Error(m.error);
    expect(m.violations, JSON.stringify(m.violations.slice(0, 5))).to.deep.equal([]);
    const { cases } = m.result;
    const tags = new Set(cases.map((c) => c.tag));
    expect([...tags].sort()).to.deep.equal([
      'taiwa-agenda',
      'taiwa-hint-panel',
      'taiwa-level-check-in',
      'taiwa-level-tracker',
      'taiwa-response-selector',
      'taiwa-satisfaction-rater',
      'taiwa-strength-map',
      'taiwa-sync-status',
      'taiwa-topic-picker',
    ]);
    // The sync status is silent while nothing is pending (loading, empty); everything else shows text.
    const silent = (c: { tag: string; state: State }) => c.tag === 'taiwa-sync-status' && (c.state === 'loading' || c.state === 'empty');
    const empty = cases.filter((c) => c.text === '' && !silent(c));
    expect(empty, JSON.stringify(empty)).to.deep.equal([]);
    for (const state of ['loading', 'empty', 'filled', 'error', 'summary'])
      for (const role of ['member', 'manager', 'admin'])
        for (const lang of ['ja', 'en'])
          expect(
            cases.some((c) => c.state === state && c.role === role && c.lang === lang),
            `${state} ${role} ${lang}`,
          ).to.equal(true);
  });

  it('the level tracker draws each bar at its share of the team, not at full width', async () => {
    const m = await load();
    if (m.type === 'csp-error') throw new Error(m.error);
    const filled = m.result.bars.filter((b) => b.state !== 'loading' && b.state !== 'empty' && b.state !== 'error');
    expect(filled.length).to.be.greaterThan(0);
    for (const b of filled) expect(b.drawn, JSON.stringify(b)).to.be.closeTo(b.expected, 0.01);
    expect(filled.some((b) => b.expected > 0 && b.expected < 1)).to.equal(true);
  });
});

describe('strict CSP: the page would see a violation', function () {
  this.timeout(120_000);

  it('an inline style attribute and an eval in the page are reported (the listener and the policy are live)', async () => {
    await load();
    const iframe = document.querySelector<HTMLIFrameElement>('iframe[title="Taiwa under a strict CSP"]')!;
    const w = iframe.contentWindow as Window & { cspViolations: Violation[] };
    const before = w.cspViolations.length;
    const seen = new Promise<void>((resolve) => w.document.addEventListener('securitypolicyviolation', () => resolve(), { once: true }));
    w.document.body.firstElementChild!.setAttribute('style', 'color: red');
    await seen;
    let evaluated = true;
    try {
      new (w as unknown as { Function: FunctionConstructor }).Function('return 1')();
    } catch {
      evaluated = false;
    }
    expect(evaluated).to.equal(false);
    expect(w.cspViolations.slice(before).map((v) => v.directive)).to.include('style-src-attr');
  });
});
