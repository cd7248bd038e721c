// Upgrade in place (issue 15): the reference server's HTML pages with HTML_ENHANCE_SCRIPT, in a
// real Chromium with JavaScript on, the bundle held back by the test. The person answers two
// pages as plain HTML (posted to the server), starts typing on the third, and the bundle is let
// through mid-field: <sf-form> takes the page over with the answers, the checked options, the
// focus and the caret, and sends the application through the API with the served session's
// submission id: one submission, exactly the answers given. Then the same with the bundle never
// arriving: the pages keep working to the confirmation. Before and after the swap the page has
// the same landmarks (the banner, its navigation, one main), the skip link leads to the first
// field, and axe finds nothing against WCAG and the same best practices unmet. And nothing moves at the swap: on a first page and on one with
// Back, at 375 and 1280 px, the language switch, Back, the heading and the first question's label
// are where the served page had them (the browser's layout-shift entries cannot see this: the
// served nodes are replaced, not moved, so they report 0 either way). Needs `npm run build` first.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { fileURLToPath } from 'node:url';
import { demoAndBrowser } from './nojs-helpers.mjs';

const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));

const BUNDLE = '**/dist/service-forms.js';
const SERVED_CONTINUE = 'sf-form main form button.sf-button, sf-form form.sf-form button.sf-button';

/** Holds every request for the bundle's entry until `release()`; `never()` fails them instead. */
async function holdBundle(page) {
  const held = [];
  let mode = 'hold';
  await page.route(BUNDLE, (route) => (mode === 'release' ? route.continue() : mode === 'abort' ? route.abort() : held.push(route)));
  const settle = async (next) => {
    mode = next;
    for (const route of held.splice(0)) {
      // A request of a page navigated away from is gone: nothing to let through.
      await (next === 'release' ? route.continue() : route.abort()).catch(() => undefined);
    }
  };
  return { release: () => settle('release'), never: () => settle('abort') };
}

/**
 * The page's headings as Chromium's accessibility tree has them (what a screen reader is given):
 * name and level. Playwright's own role queries take an <h2>'s level from its tag, not its aria-level.
 */
async function headings(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    return nodes.filter((node) => node.role?.value === 'heading' && !node.ignored).map((node) => [node.name?.value, node.properties?.find((p) => p.name === 'level')?.value?.value]);
  } finally {
    await cdp.detach();
  }
}

/** The page's landmarks in Chromium's accessibility tree, in order, with their names. */
async function landmarks(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    // In the tree's order (the list is not): depth first from the root.
    const byId = new Map(nodes.map((node) => [node.nodeId, node]));
    const ordered = [];
    const walk = (node) => {
      ordered.push(node);
      for (const id of node.childIds ?? []) if (byId.has(id)) walk(byId.get(id));
    };
    walk(nodes.find((node) => !node.parentId));
    return ordered.filter((node) => ['banner', 'navigation', 'main', 'contentinfo', 'complementary'].includes(node.role?.value) && !node.ignored).map((node) => [node.role.value, node.name?.value ?? '']);
  } finally {
    await cdp.detach();
  }
}

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe over the page as it is now, sf-form's shadow roots included: what it finds against WCAG
 * (violations and incomplete results), and the ids of the best practices it finds unmet.
 */
async function axeFindings(page, where) {
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.addScriptTag({ path: AXE });
  const run = (tags) => page.evaluate((values) => window.axe.run(document, { runOnly: { type: 'tag', values }, resultTypes: ['violations', 'incomplete'] }), tags);
  const wcag = await run(WCAG_TAGS);
  const practice = await run(['best-practice']);
  return {
    wcag: [...wcag.violations, ...wcag.incomplete].map((rule) => `${where}: ${rule.id} (${rule.nodes.map((node) => node.target.join(' ')).join('; ')})`),
    bestPractice: practice.violations.map((rule) => rule.id),
  };
}

/** Follows the skip link (focused, then Enter), then Tab: the name of the field that has focus then. */
async function skipThenTab(page) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.focus('.sf-skip-link');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  // The field's name: the served input's, or that of the sf- control whose input has focus.
  return page.evaluate(() => {
    let name = null;
    for (let active = document.activeElement; active; active = active.shadowRoot?.activeElement) name ??= active.getAttribute('name');
    return name;
  });
}

/** Answers the first two served pages (service, rating) as plain HTML. */
async function servedFirstPages(page) {
  await page.locator('select[name="service"]').waitFor();
  await page.selectOption('select[name="service"]', 'labour-contract');
  await page.check('input[name="channel"][value="online"]');
  await page.click(SERVED_CONTINUE, { noWaitAfter: true });
  await page.waitForURL(/\/rating$/, { waitUntil: 'commit' });
  await page.locator('input[name="rating"][value="2"]').waitFor();
  await page.check('input[name="rating"][value="2"]');
  await page.click(SERVED_CONTINUE, { noWaitAfter: true });
  await page.waitForURL(/\/what-went-wrong$/, { waitUntil: 'commit' });
  await page.locator('textarea[name="comment"]').waitFor();
}

const EXPECTED = {
  service: 'labour-contract',
  channel: 'online',
  rating: '2',
  reasons: ['waiting'],
  comment: 'Nobody ever answered',
  wantsReply: 'no',
};

describe('upgrade in place: served pages taken over by <sf-form>', { timeout: 240_000 }, () => {
  const harness = demoAndBrowser('sf-upgrade-', { HTML_ENHANCE_SCRIPT: '/dist/service-forms.js' });

  /** The stored submissions of service-feedback: id, answers. */
  const stored = () => {
    const db = new Database(harness.database, { readonly: true });
    try {
      return db.prepare("SELECT submission_id, answers FROM submissions WHERE form_id = 'service-feedback'").all().map((row) => ({ id: row.submission_id, answers: JSON.parse(row.answers) }));
    } finally {
      db.close();
    }
  };

  it('the bundle arrives mid-field: typed text, checked option, focus and caret kept; sent once with the served id', async () => {
    const context = await harness.browser.newContext();
    const page = await context.newPage();
    const problems = [];
    page.on('console', (entry) => entry.type() === 'error' && problems.push(entry.text()));
    page.on('pageerror', (error) => problems.push(error.message));
    try {
      const bundle = await holdBundle(page);
      await page.goto(`${harness.origin}/apply/service-feedback?lang=en`, { waitUntil: 'commit' });
      await servedFirstPages(page);

      // The third page, still plain HTML: a box ticked, and typing in the comment.
      await page.check('input[name="reasons"][value="waiting"]');
      await page.click('textarea[name="comment"]');
      await page.keyboard.type('Nobody answered');
      for (let i = 0; i < 'answered'.length + 1; i++) await page.keyboard.press('ArrowLeft');
      const served = JSON.parse(await page.getAttribute('sf-form', 'served'));
      assert.equal(served.step, 'what-went-wrong');

      await bundle.release();
      // Taken over: sf-form's own textarea has focus, holding what was typed, the caret where it was.
      await page.waitForFunction(() => document.querySelector('sf-form').shadowRoot?.activeElement?.tagName === 'SF-TEXTAREA', undefined, { timeout: 30_000 });
      const inner = await page.evaluate(() => {
        const control = document.querySelector('sf-form').shadowRoot.activeElement;
        const textarea = control.shadowRoot.querySelector('textarea');
        return { name: control.getAttribute('name'), focused: control.shadowRoot.activeElement === textarea, value: textarea.value, start: textarea.selectionStart, end: textarea.selectionEnd };
      });
      assert.deepEqual(inner, { name: 'comment', focused: true, value: 'Nobody answered', start: 6, end: 6 });
      const form = page.locator('sf-form');
      assert.equal(await form.getByRole('checkbox', { name: 'I waited too long' }).isChecked(), true);
      // The served page is gone: one heading, sf-form's.
      assert.equal(await page.evaluate(() => document.querySelector('sf-form').childElementCount), 0);
      // At the level the served page had it: its one <h1>, the page's title.
      assert.deepEqual(await headings(page), [['What went wrong', 1]]);

      // Typing goes on at the caret.
      await page.keyboard.type(' ever');
      await form.getByRole('button', { name: 'Continue' }).click();
      await form.getByRole('heading', { name: 'Getting a reply' }).waitFor();
      await form.getByRole('radio', { name: 'No, keep my feedback anonymous' }).check();
      await form.getByRole('button', { name: 'Continue' }).click();
      await form.getByRole('heading', { name: 'Check your answers before sending your application' }).waitFor();
      // Check answers as the server draws it: the title <h1>, each section <h2>.
      assert.deepEqual(await headings(page), [
        ['Check your answers before sending your application', 1],
        ['The service you used', 2],
        ['Your rating', 2],
        ['What went wrong', 2],
        ['Getting a reply', 2],
        ['Now send your application', 2],
      ]);
      await form.getByRole('button', { name: 'Accept and send' }).click();
      await form.getByRole('heading', { name: 'Application submitted' }).waitFor();
      assert.deepEqual((await headings(page))[0], ['Application submitted', 1]);

      assert.deepEqual(stored(), [{ id: served.submissionId, answers: EXPECTED }]);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  /** The served form's first page, or its second ("rating", with Back) after the first answered as HTML. */
  async function openServed(page, step) {
    await page.goto(`${harness.origin}/apply/service-feedback?lang=en`, { waitUntil: 'commit' });
    await page.locator('select[name="service"]').waitFor();
    if (step !== 'rating') return;
    await page.selectOption('select[name="service"]', 'labour-contract');
    await page.check('input[name="channel"][value="online"]');
    await page.click(SERVED_CONTINUE, { noWaitAfter: true });
    await page.waitForURL(/\/rating$/, { waitUntil: 'commit' });
    await page.locator('input[name="rating"][value="2"]').waitFor();
  }

  it('before and after the take-over: the same landmarks (one main), the skip link leads past the switch and Back to the first field, axe finds the same', async () => {
    // axe is injected by the test: the page's CSP (script-src 'self') would refuse it.
    const context = await harness.browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    try {
      const bundle = await holdBundle(page);
      // A page with Back: the first answered as HTML.
      await openServed(page, 'rating');
      // Not 'load': the held module script keeps the document from finishing.
      await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);

      const served = await landmarks(page);
      assert.deepEqual(served.map(([role]) => role), ['banner', 'navigation', 'main']);
      assert.equal(await skipThenTab(page), 'rating');
      const servedAxe = await axeFindings(page, 'served');

      await bundle.release();
      await page.waitForFunction(() => document.querySelector('sf-form')?.shadowRoot?.querySelector('[data-sf-field]'), undefined, { timeout: 30_000 });
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      assert.deepEqual(await landmarks(page), served);
      assert.equal(await skipThenTab(page), 'rating');
      const takenAxe = await axeFindings(page, 'taken over');
      assert.deepEqual([...servedAxe.wcag, ...takenAxe.wcag], []);
      // The best practices the page misses are the plain page's (Back outside a landmark, as
      // GOV.UK has it), the same after the swap: the skip link still has its target.
      assert.deepEqual(takenAxe.bestPractice, servedAxe.bestPractice);
    } finally {
      await context.close();
    }
  });

  it('the bundle never arrives: the pages keep working to the confirmation, stored once', async () => {
    const before = stored().length;
    const context = await harness.browser.newContext();
    const page = await context.newPage();
    try {
      const bundle = await holdBundle(page);
      await bundle.never();
      await page.goto(`${harness.origin}/apply/service-feedback?lang=en`, { waitUntil: 'commit' });
      await servedFirstPages(page);
      await page.check('input[name="reasons"][value="waiting"]');
      await page.fill('textarea[name="comment"]', 'Nobody ever answered');
      await page.click(SERVED_CONTINUE, { noWaitAfter: true });
      await page.waitForURL(/\/reply$/, { waitUntil: 'commit' });
      await page.locator('input[name="wantsReply"][value="no"]').waitFor();
      await page.check('input[name="wantsReply"][value="no"]');
      await page.click(SERVED_CONTINUE, { noWaitAfter: true });
      await page.waitForURL(/\/check-answers$/, { waitUntil: 'commit' });
      await page.locator(SERVED_CONTINUE).waitFor();
      await page.click(SERVED_CONTINUE, { noWaitAfter: true });
      await page.waitForURL(/\/confirmation/, { waitUntil: 'commit' });
      await page.locator('.sf-reference').waitFor();
      const all = stored();
      assert.equal(all.length, before + 1);
      assert.deepEqual(all.at(-1).answers, EXPECTED);
    } finally {
      await context.close();
    }
  });

  it('a reload after a page answered with the element returns there with every answer; sent once', async () => {
    const context = await harness.browser.newContext();
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    try {
      const bundle = await holdBundle(page);
      await page.goto(`${harness.origin}/apply/service-feedback?lang=en`, { waitUntil: 'commit' });
      await servedFirstPages(page);
      const served = JSON.parse(await page.getAttribute('sf-form', 'served'));
      await bundle.release();
      const takenOver = () => page.waitForFunction(() => document.querySelector('sf-form')?.shadowRoot?.querySelector('[data-sf-field]'), undefined, { timeout: 30_000 });
      await takenOver();
      const form = page.locator('sf-form');
      // Taken over on "What went wrong": answered with the element, then the next page begun.
      await form.getByRole('checkbox', { name: 'I waited too long' }).check();
      await form.getByRole('textbox', { name: /Tell us what happened/ }).fill('Nobody ever answered');
      await form.getByRole('button', { name: 'Continue' }).click();
      await form.getByRole('heading', { name: 'Getting a reply' }).waitFor();
      await form.getByRole('radio', { name: 'No, keep my feedback anonymous' }).check();

      // The server still serves the page it saw last; the element goes back to where the person is.
      await page.reload({ waitUntil: 'commit' });
      assert.equal(JSON.parse(await page.getAttribute('sf-form', 'served')).step, 'what-went-wrong');
      await takenOver();
      await form.getByRole('heading', { name: 'Getting a reply' }).waitFor();
      assert.equal(await form.getByRole('radio', { name: 'No, keep my feedback anonymous' }).isChecked(), true);
      await form.getByRole('link', { name: 'Back' }).click();
      await form.getByRole('heading', { name: 'What went wrong' }).waitFor();
      assert.equal(await form.getByRole('checkbox', { name: 'I waited too long' }).isChecked(), true);
      assert.equal(await form.getByRole('textbox', { name: /Tell us what happened/ }).inputValue(), 'Nobody ever answered');
      await form.getByRole('button', { name: 'Continue' }).click();
      await form.getByRole('heading', { name: 'Getting a reply' }).waitFor();
      await form.getByRole('button', { name: 'Continue' }).click();
      await form.getByRole('heading', { name: 'Check your answers before sending your application' }).waitFor();
      await form.getByRole('button', { name: 'Accept and send' }).click();
      await form.getByRole('heading', { name: 'Application submitted' }).waitFor();
      assert.deepEqual(stored().filter((row) => row.id === served.submissionId), [{ id: served.submissionId, answers: EXPECTED }]);
      // Sent: nothing is kept for the tab any more.
      assert.equal(await page.evaluate((id) => sessionStorage.getItem(`sf-served:${id}`), served.submissionId), null);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('what the element kept gives way once the server has moved on (pages answered as HTML after a reload without the bundle)', async () => {
    const context = await harness.browser.newContext();
    const page = await context.newPage();
    try {
      const bundle = await holdBundle(page);
      await page.goto(`${harness.origin}/apply/service-feedback?lang=en`, { waitUntil: 'commit' });
      await servedFirstPages(page);
      const served = JSON.parse(await page.getAttribute('sf-form', 'served'));
      await bundle.release();
      await page.waitForFunction(() => document.querySelector('sf-form')?.shadowRoot?.querySelector('[data-sf-field]'), undefined, { timeout: 30_000 });
      const form = page.locator('sf-form');
      await form.getByRole('checkbox', { name: 'I waited too long' }).check();
      await form.getByRole('textbox', { name: /Tell us what happened/ }).fill('Typed with the element');
      await form.getByRole('button', { name: 'Continue' }).click();
      await form.getByRole('heading', { name: 'Getting a reply' }).waitFor();

      // Reloaded without the bundle: the server's page, answered again as HTML and sent on.
      await bundle.never();
      await page.reload({ waitUntil: 'commit' });
      await page.locator('textarea[name="comment"]').waitFor();
      await page.check('input[name="reasons"][value="waiting"]');
      await page.fill('textarea[name="comment"]', 'Nobody ever answered');
      await page.click(SERVED_CONTINUE, { noWaitAfter: true });
      await page.waitForURL(/\/reply$/, { waitUntil: 'commit' });
      await page.locator('input[name="wantsReply"][value="no"]').waitFor();

      // The bundle back: the server's answers, not the older ones the element kept.
      await bundle.release();
      await page.reload({ waitUntil: 'commit' });
      await page.waitForFunction(() => document.querySelector('sf-form')?.shadowRoot?.querySelector('[data-sf-field]'), undefined, { timeout: 30_000 });
      await form.getByRole('heading', { name: 'Getting a reply' }).waitFor();
      await form.getByRole('radio', { name: 'No, keep my feedback anonymous' }).check();
      await form.getByRole('button', { name: 'Continue' }).click();
      await form.getByRole('heading', { name: 'Check your answers before sending your application' }).waitFor();
      await form.getByRole('button', { name: 'Accept and send' }).click();
      await form.getByRole('heading', { name: 'Application submitted' }).waitFor();
      assert.deepEqual(stored().filter((row) => row.id === served.submissionId), [{ id: served.submissionId, answers: EXPECTED }]);
    } finally {
      await context.close();
    }
  });

  /** Where the heading and the first question's label are, on the served page and in sf-form. */
  const places = (page) =>
    page.evaluate(() => {
      const host = document.querySelector('sf-form');
      const top = (el) => (el ? Math.round(el.getBoundingClientRect().top) : null);
      const shadow = host.shadowRoot?.querySelector('[data-sf-field]');
      const left = (el) => (el ? Math.round(el.getBoundingClientRect().left) : null);
      if (shadow) {
        const heading = host.shadowRoot.querySelector('h1, h2');
        return { heading: top(heading), left: left(heading), label: top(shadow.shadowRoot.querySelector('label, legend')), languages: top(host.shadowRoot.querySelector('sf-language-switch')), back: top(host.shadowRoot.querySelector('.back')) };
      }
      const heading = host.querySelector('h1');
      return { heading: top(heading), left: left(heading), label: top(host.querySelector('form label, form legend')), languages: top(host.querySelector('.sf-language-switch')), back: top(host.querySelector('.sf-back-link')) };
    });

  for (const width of [375, 1280]) {
    for (const step of ['service', 'rating']) {
      it(`the swap on "${step}" at ${width} px moves nothing: the heading and the first question stay where they were`, async (t) => {
        const context = await harness.browser.newContext({ viewport: { width, height: 900 } });
        const page = await context.newPage();
        await page.addInitScript(() => {
          window.__shifts = [];
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) window.__shifts.push(entry.value);
          }).observe({ type: 'layout-shift', buffered: true });
        });
        try {
          const bundle = await holdBundle(page);
          // On "rating" the first page is answered as HTML: the second has a Back link.
          await openServed(page, step);
          await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
          const served = await places(page);
          const before = await page.evaluate(() => window.__shifts.length);
          await bundle.release();
          await page.waitForFunction(() => document.querySelector('sf-form')?.shadowRoot?.querySelector('[data-sf-field]'), undefined, { timeout: 30_000 });
          await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
          const upgraded = await places(page);
          const shifts = await page.evaluate((from) => window.__shifts.slice(from), before);
          const cls = shifts.reduce((sum, value) => sum + value, 0);
          t.diagnostic(`${step} at ${width} px: served ${JSON.stringify(served)}, sf-form ${JSON.stringify(upgraded)}, layout shift ${cls.toFixed(4)}`);
          for (const place of ['heading', 'left', 'label', 'languages', 'back'])
            assert.ok(Math.abs((upgraded[place] ?? -99) - (served[place] ?? -99)) <= 2, `${place}: served ${JSON.stringify(served)}, sf-form ${JSON.stringify(upgraded)}`);
          assert.equal(served.back === null, step === 'service', 'Back on the second page only');
          assert.ok(cls <= 0.05, `layout shift ${cls.toFixed(4)}`);
        } finally {
          await context.close();
        }
      });
    }
  }
});
