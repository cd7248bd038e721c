// Issue 23: what the demo page's script-tag embed shows when its script does not run. Inside
// `<sf-form>`, light-DOM content the element never slots: with JavaScript off, a <noscript> link
// to the form's HTML version (`/apply/<id>`), named for the form, which leads to its first page;
// with the bundle failing to load, a "has not loaded" message with the same link; with the
// bundle loaded, neither is drawn. Against the demo server as `npm start` runs it, after the build.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { demoAndBrowser } from './nojs-helpers.mjs';

const FORMS = new URL('../../examples/forms/', import.meta.url);
const forms = readdirSync(FORMS)
  .filter((file) => file.endsWith('.json'))
  .map((file) => JSON.parse(readFileSync(new URL(file, FORMS), 'utf8')));
const linkName = (form) => `${form.title.en} – without JavaScript`;
const FAILED = 'The form has not loaded. Check your connection and reload the page, or fill it in on plain web pages:';

describe('the demo page when its script does not run', { timeout: 150_000 }, () => {
  // As `npm start` serves it: the HTML pages enhanced (examples/server.mjs, DEMO_ENHANCE_SCRIPT).
  const harness = demoAndBrowser('sf-no-script-', { HTML_ENHANCE_SCRIPT: '/dist/service-forms.js' });

  it('JavaScript off: for each form, <sf-form> shows a link named for it to /apply/<id>, which opens its first page', { timeout: 60_000 }, async () => {
    assert.equal(forms.length, 5);
    const context = await harness.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      for (const form of forms) {
        await page.goto(`${harness.origin}/?form=${form.id}`);
        const embed = page.locator('sf-form');
        const links = embed.getByRole('link');
        assert.equal(await links.count(), 1, `one link shows in the embed of ${form.id}`);
        assert.equal(await links.textContent(), linkName(form));
        assert.equal(await links.getAttribute('href'), `/apply/${form.id}`);
        assert.equal(await embed.getByRole('link', { name: linkName(form), exact: true }).isVisible(), true);
        assert.match(await embed.getByRole('paragraph').textContent(), /^This form needs JavaScript, which is turned off in this browser\./);
        // The "has not loaded" message is for a browser that runs scripts: never shown here.
        assert.equal(await embed.locator('> p').evaluate((p) => getComputedStyle(p).display), 'none');

        await links.click();
        await page.waitForURL(new RegExp(`/apply/${form.id}(/|$)`));
        assert.equal(await page.getAttribute('html', 'lang'), 'en');
        assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), form.pages[0].title.en);
        assert.equal(await page.title(), `${form.pages[0].title.en} – ${form.title.en}`);
        // Served for <sf-form> to take over, and without script the plain page: main opens with its content.
        assert.equal(await page.locator('sf-form.sf-served').count(), 1);
        assert.match(await page.locator('main > :first-child').getAttribute('class'), /^sf-(progress|caption|heading)$/);
      }
      // No `?form=` (or an unknown one): the first form listed, as the page's script chooses it.
      for (const query of ['', '?form=no-such-form']) {
        await page.goto(`${harness.origin}/${query}`);
        const first = await page.getByRole('navigation', { name: 'Forms' }).getByRole('link').first().getAttribute('data-form');
        assert.equal(await page.locator('sf-form').getByRole('link').getAttribute('href'), `/apply/${first}`);
      }
    } finally {
      await context.close();
    }
  });

  it('the bundle fails to load: after a while <sf-form> says so and links the form without JavaScript', { timeout: 60_000 }, async () => {
    const context = await harness.browser.newContext();
    const page = await context.newPage();
    try {
      await page.route(/\/dist\/service-forms\.js$/, (route) => route.abort('connectionfailed'));
      await page.goto(`${harness.origin}/?form=service-feedback`);
      const feedback = forms.find((form) => form.id === 'service-feedback');
      const link = page.locator('sf-form').getByRole('link', { name: linkName(feedback), exact: true });
      // Unseen at first (the bundle may still be on its way), then shown: the CSS waits, not this test.
      await link.waitFor({ state: 'visible', timeout: 30_000 });
      assert.equal(await page.evaluate(() => customElements.get('sf-form')), undefined);
      assert.equal(await link.getAttribute('href'), '/apply/service-feedback');
      assert.equal((await page.locator('sf-form > p').textContent()).startsWith(FAILED), true);
      assert.equal(await page.locator('sf-form').getByRole('link').count(), 1, 'the <noscript> is not shown');
    } finally {
      await context.close();
    }
  });

  it('the bundle loads: the form is drawn and the fallback is not (never slotted)', { timeout: 60_000 }, async () => {
    const context = await harness.browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${harness.origin}/?form=service-feedback`);
      await page.locator('sf-form').getByLabel('Which service did you use?').waitFor();
      assert.equal(await page.locator('sf-form').getByRole('link', { name: /without JavaScript/ }).count(), 0);
      const fallback = await page.locator('sf-form > p').evaluate((p) => ({ slot: p.assignedSlot, drawn: p.checkVisibility(), text: p.textContent }));
      assert.deepEqual({ ...fallback, text: fallback.text.startsWith(FAILED) }, { slot: null, drawn: false, text: true });
    } finally {
      await context.close();
    }
  });
});
