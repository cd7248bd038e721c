// WCAG 2.2 AA checks a screenshot cannot make: 1.4.10 reflow (a 320 px wide screen never
// scrolls sideways), 1.4.12 text spacing (a reader's own line height, letter and word spacing
// reach the text inside the shadow roots, and still nothing scrolls sideways) and 2.5.8 target
// size (every control a finger aims at is at least 24 × 24 px; links inside a sentence or a
// list of errors are the criterion's inline exception). On the built demo, through every page
// of the service-feedback form and the first page of the job-seeker form. Runs after `npm run
// build` (npm test orders it so).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium, CHROMIUM_ARGS } from '../../scripts/find-chromium.mjs';
import { startDemoServer } from '../../examples/server.mjs';

const dataDir = mkdtempSync(join(tmpdir(), 'sf-reflow-'));
process.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));

/** The text-spacing values of WCAG 1.4.12, as a reader's style sheet would set them. */
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

/** Problems on the page as it is now: sideways scrolling, small targets. */
function inspect() {
  const problems = [];
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > width) problems.push(`scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
  const all = [];
  const walk = (root) => {
    for (const element of root.querySelectorAll('*')) {
      all.push(element);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(document);
  for (const element of all) {
    const focusable = element.matches('input:not([type=hidden]), select, textarea, button, a[href], [tabindex]:not([tabindex="-1"])');
    if (!focusable || !element.checkVisibility()) continue;
    const box = element.getBoundingClientRect();
    // 2.5.8's inline exception: a link in a sentence or in the error summary's list.
    const inline = element.localName === 'a' && getComputedStyle(element).display === 'inline';
    if (!inline && (box.width < 24 || box.height < 24)) {
      const name = element.getAttribute('aria-label') || element.textContent?.trim().slice(0, 30) || element.getAttribute('name') || element.id;
      problems.push(`target ${element.localName}${element.type ? `[type=${element.type}]` : ''} "${name}" is ${Math.round(box.width)} × ${Math.round(box.height)} px`);
    }
    if (box.right > width + 1) problems.push(`${element.localName} "${element.textContent?.trim().slice(0, 30)}" runs past the right edge (${Math.round(box.right)} > ${width})`);
  }
  return problems;
}

describe('reflow at 320 px, text spacing and target size (WCAG 1.4.10, 1.4.12, 2.5.8)', () => {
  let server;
  let browser;
  before(async () => {
    server = await startDemoServer({ port: 0, sqliteFile: join(dataDir, 'reflow.db'), databaseUrl: undefined, ratePerMinute: false });
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const spacing of [false, true]) {
    it(`every page of the feedback form on a 320 px screen${spacing ? ', with the reader’s text spacing' : ''}`, async () => {
      // A reader's style sheet is not the page's: the demo's CSP (style-src 'self') would block it.
      const context = await browser.newContext({ viewport: { width: 320, height: 640 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true, bypassCSP: spacing });
      const page = await context.newPage();
      if (spacing) await page.addInitScript((css) => document.addEventListener('DOMContentLoaded', () => document.head.append(Object.assign(document.createElement('style'), { textContent: css }))), TEXT_SPACING);
      const problems = [];
      const check = async (where) => problems.push(...(await page.evaluate(inspect)).map((problem) => `${where}: ${problem}`));

      await page.goto(new URL('/?form=job-seeker-registration', server.url).href);
      const jobSeeker = page.locator('sf-form');
      await jobSeeker.getByLabel('Full name').waitFor();
      await check('job seeker, page 1');
      await jobSeeker.getByRole('button', { name: 'Continue' }).click();
      await jobSeeker.getByRole('heading', { name: 'There is a problem' }).waitFor();
      await check('job seeker, page 1 with errors');

      await page.goto(new URL('/?form=service-feedback', server.url).href);
      const form = page.locator('sf-form');
      if (spacing) {
        // The reader's spacing reaches the text inside the shadow roots.
        const label = form.getByText('Which service did you use?');
        await label.waitFor();
        assert.equal(await label.evaluate((node) => getComputedStyle(node).letterSpacing), `${(0.12 * 19).toFixed(2).replace(/0$/, '')}px`);
      }
      await form.getByLabel('Which service did you use?').selectOption('job-seeker-registration');
      await form.getByRole('radio', { name: 'Online' }).check();
      await check('feedback, service');
      await form.getByRole('button', { name: 'Continue' }).click();
      await form.getByRole('heading', { name: 'Your rating' }).waitFor();
      await form.getByRole('radio', { name: '2: Poor' }).check();
      await check('feedback, rating');
      await form.getByRole('button', { name: 'Continue' }).click();
      await form.getByRole('heading', { name: 'What went wrong' }).waitFor();
      await form.getByRole('checkbox', { name: 'I waited too long' }).check();
      await form.getByLabel('Tell us what happened and how we could do better').fill('Nobody answered the phone for two days.');
      await check('feedback, what went wrong');
      await form.getByRole('button', { name: 'Continue' }).click();
      await form.getByRole('heading', { name: 'Getting a reply' }).waitFor();
      await form.getByRole('radio', { name: 'Yes' }).check();
      await check('feedback, reply');
      await form.getByRole('radio', { name: 'No, keep my feedback anonymous' }).check();
      await form.getByRole('button', { name: 'Continue' }).click();
      await form.getByRole('heading', { name: 'Check your answers before sending your application' }).waitFor();
      await check('feedback, check answers');
      await form.getByRole('button', { name: 'Accept and send' }).click();
      await form.getByRole('heading', { name: 'Application submitted' }).waitFor();
      await check('feedback, confirmation');
      await context.close();
      assert.deepEqual(problems, []);
    });
  }
});
