// Issue 17's "Done when" walk through the demo on its backend, in two browser contexts at 390 × 844
// (used by demo-e2e.mjs, which starts the demo): every step waits for a condition, never a time.
/* global __deep, __text */

/** Put in every page: every element matching `sel` in the document and in every shadow root. */
const DEEP = `window.__deep = (sel, from = document) => {
  const out = [];
  const visit = (root) => {
    out.push(...root.querySelectorAll(sel));
    root.querySelectorAll('*').forEach((n) => n.shadowRoot && visit(n.shadowRoot));
  };
  visit(from.shadowRoot ?? from);
  return out;
};
window.__text = (el) => {
  let t = '';
  const visit = (n) => n.shadowRoot && ((t += n.shadowRoot.textContent), n.shadowRoot.querySelectorAll('*').forEach(visit));
  if (el) (visit(el), (t += el.textContent));
  return t.replace(/\\s+/g, ' ');
};`;

const WORDS = {
  ja: { member: '次回までに資料を共有する', manager: '評価面談の日程を決める' },
  en: { member: 'Share the draft before we meet', manager: 'Set the review date' },
};

async function open(browser, url) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
  await page.evaluateOnNewDocument(DEEP);
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return { page, context };
}

/**
 * On the 390 px screen no Taiwa widget is wider than its box (it would scroll sideways inside the
 * demo's card), and the page itself (the demo's header of switches included) does not scroll sideways.
 */
async function fits(page, where) {
  const { width, wide } = await page.evaluate(() => ({
    width: document.documentElement.scrollWidth,
    wide: [...document.querySelectorAll('#content *')]
      .filter((el) => el.localName.startsWith('taiwa-') && el.localName !== 'taiwa-provider' && el.shadowRoot)
      .filter((el) => el.scrollWidth > el.clientWidth + 1 || [...el.shadowRoot.children].some((c) => c.scrollWidth > el.clientWidth + 1))
      .map((el) => `${el.localName} (${el.clientWidth}px)`),
  }));
  if (wide.length) throw new Error(`${where}: wider than its box on a 390px screen: ${wide.join(', ')}`);
  if (width > 390) throw new Error(`${where}: the page scrolls sideways on a 390px screen: it is ${width}px wide`);
}

/** Types `text` into the add form of the agenda's action list and submits it. */
const addAction = (page, text) =>
  page.evaluate((text) => {
    const list = document.querySelector('#content taiwa-agenda')?.shadowRoot?.querySelector('taiwa-action-list');
    const input = list?.shadowRoot?.querySelector('[part="add-text"]');
    const button = list?.shadowRoot?.querySelector('[part="add-button"]');
    if (!input || !button) return false;
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    button.click();
    return true;
  }, text);

export async function walk({ browser, base, lang, managerId, until, sessions, actions }) {
  const words = WORDS[lang];
  const started = new Date().toISOString();
  // The English walk books an hour earlier on the same day, so its 1on1 is the next one.
  const time = lang === 'ja' ? '10:00' : '09:00';
  const member = await open(browser, `${base}/?as=mem-1&lang=${lang}#my-1on1s`);
  const manager = await open(browser, `${base}/?as=${managerId}&lang=${lang}#team-home`);
  try {
    // 1. The member schedules the next 1on1 (tomorrow, the form's default day), once.
    await until(`${lang}: the scheduler`, () =>
      member.page.evaluate((time) => {
        const el = __deep('taiwa-scheduler')[0];
        const submit = el?.shadowRoot?.querySelector('[part~="submit"]');
        const input = el?.shadowRoot?.querySelector('input[name="time"]');
        if (!submit || !input || el.matches(':state(loading)')) return false;
        input.value = time;
        el.shadowRoot.querySelector('select[name="repeat"]').value = '0';
        submit.click();
        return true;
      }, time),
    );
    const made = await until(`${lang}: the new 1on1 on the server`, async () =>
      (await sessions()).find((s) => s.createdAt >= started && !s.cancelledAt && !s.heldAt),
    );
    await until(`${lang}: the .ics link`, () => member.page.evaluate(() => __deep('[part="download"]').length > 0));
    await fits(member.page, `${lang} member home`);
    // 2. …and opens that 1on1 (not "the next" by the sample's dates) from the list.
    await until(`${lang}: its step in the session list`, () =>
      member.page.evaluate((id) => {
        const step = __deep(`taiwa-session-list`)[0]?.shadowRoot?.querySelector(`[part="step"][data-session="${id}"]`);
        step?.click();
        return Boolean(step);
      }, made.id),
    );
    await until(`${lang}: the agenda of ${made.id}`, () =>
      member.page.evaluate(
        (id) => location.hash.startsWith(`#prepare/${id}`) && document.querySelector('taiwa-agenda')?.getAttribute('session-id') === id,
        made.id,
      ),
    );
    // 3. Last time's open action items, at the top of the preparation.
    const open = (await actions()).filter((a) => a.status === 'open' && a.visibility === 'shared');
    const top = await until(`${lang}: the action items at the top of the agenda`, () =>
      member.page.evaluate(() => {
        const agenda = document.querySelector('taiwa-agenda');
        const list = agenda?.shadowRoot?.querySelector('taiwa-action-list');
        const topics = agenda?.shadowRoot?.querySelector('[part="topics"]');
        if (!list?.shadowRoot?.querySelector('[part="base"]') || !topics) return false;
        const before = Boolean(list.compareDocumentPosition(topics) & Node.DOCUMENT_POSITION_FOLLOWING);
        return { before, carried: list.shadowRoot.querySelectorAll('[part="carried"] [part~="action"]').length };
      }),
    );
    if (!top.before) throw new Error(`${lang}: the action items are not above the topics`);
    if (open.length > 0 && top.carried === 0) throw new Error(`${lang}: ${open.length} open items, none carried into the agenda`);
    await fits(member.page, `${lang} member agenda`);
    // 4. The member adds an action item in the agenda.
    await until(`${lang}: the member's add form`, () => addAction(member.page, words.member));
    await until(`${lang}: the member's item on the server`, async () => (await actions()).some((a) => a.text === words.member));

    // 5. The manager sees the team overview and opens that member's next 1on1 from it.
    await until(`${lang}: mem-1's next 1on1 in the team overview`, async () => {
      const ok = await manager.page.evaluate((id) => {
        const button = __deep('taiwa-team-overview')[0]?.shadowRoot?.querySelector(
          'tr[data-member="mem-1"] [part="open"][data-step="prepare"]',
        );
        if (button?.dataset.session !== id) return false;
        button.click();
        return true;
      }, made.id);
      // The overview read before the member booked: read again, and look only once the new read has
      // shown its rows (on a busy machine a look right after the reload would reload again, forever).
      if (!ok) {
        await manager.page.reload({ waitUntil: 'domcontentloaded' });
        await manager.page
          .waitForFunction(() => !!__deep('taiwa-team-overview')[0]?.shadowRoot?.querySelector('tr[data-member="mem-1"]'), { timeout: 30_000 })
          .catch(() => undefined);
      }
      return ok;
    });
    await fits(manager.page, `${lang} manager home`);
    // 6. The manager's agenda view of it, with the member's item; the manager adds one.
    await until(`${lang}: the manager's agenda of ${made.id} with the member's item`, () =>
      manager.page.evaluate(
        (id, text) => {
          const agenda = document.querySelector('#content taiwa-agenda');
          return location.hash.startsWith(`#team/${id}`) && agenda?.getAttribute('session-id') === id && __text(agenda).includes(text);
        },
        made.id,
        words.member,
      ),
    );
    await until(`${lang}: the manager's add form`, () => addAction(manager.page, words.manager));
    await until(`${lang}: the manager's item on the server`, async () => (await actions()).some((a) => a.text === words.manager));
    await fits(manager.page, `${lang} manager team page`);

    // 7. The next 1on1 opens with both items.
    await member.page.reload({ waitUntil: 'domcontentloaded' });
    await until(`${lang}: both items in the member's agenda`, () =>
      member.page.evaluate(
        (id, a, b) => {
          const agenda = document.querySelector('taiwa-agenda');
          const text = __text(agenda);
          return agenda?.getAttribute('session-id') === id && text.includes(a) && text.includes(b);
        },
        made.id,
        words.member,
        words.manager,
      ),
    );
    console.log(
      `walk (${lang}, 390 × 844): scheduled ${made.id}, prepared it with ${top.carried} carried items on top, both added an item, it opens with both`,
    );
  } finally {
    await member.context.close();
    await manager.context.close();
  }
}
