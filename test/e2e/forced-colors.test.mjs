// Every element of the built bundle under `forced-colors: active` (Windows High Contrast and the
// like) and `prefers-reduced-motion: reduce`, read from computed styles in headless Chromium:
// focus rings are outlines in Highlight, borders of inputs and buttons and the error summary stay
// drawn, radios and checkboxes stay native (the system draws ring, box, dot and tick), nothing
// opts out of forced colours, and nothing moves. Runs after `npm run build` (npm test orders it
// so). Served by Playwright's request routing from the files on disk: no server.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { findChromium, CHROMIUM_ARGS } from '../../scripts/find-chromium.mjs';

const ORIGIN = 'https://agency.example';

const DEFINITION = {
  id: 'forced',
  version: '1.0.0',
  locales: ['en', 'kk'],
  title: { en: 'Contact details', kk: 'Байланыс деректері' },
  pages: [
    {
      id: 'contact',
      title: { en: 'Contact details', kk: 'Байланыс деректері' },
      fields: [
        { type: 'text', name: 'fullName', label: { en: 'Full name', kk: 'Аты-жөні' }, required: true },
        { type: 'date', name: 'visit', label: { en: 'Date of your visit', kk: 'Келген күніңіз' }, required: true },
      ],
    },
  ],
};

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Forced colours</title>
<script type="module" src="/dist/service-forms.js"></script></head>
<body><main>
<form id="by-hand">
  <sf-text-field name="iin" label="IIN" hint="12 digits"></sf-text-field>
  <sf-radio-group name="channel" label="How should we reply?"><option value="email">By email</option><option value="phone">By phone</option></sf-radio-group>
  <sf-checkbox name="consent" label="I agree"></sf-checkbox>
  <sf-checkbox-group name="days" label="Which days suit you?"><option value="mon">Monday</option><option value="tue">Tuesday</option></sf-checkbox-group>
  <sf-date-input name="birth" label="Date of birth"></sf-date-input>
  <sf-select name="region" label="Region"><option value="abai">Abai</option><option value="almaty">Almaty</option></sf-select>
  <sf-number-field name="salary" label="Desired salary" format="money"></sf-number-field>
  <sf-textarea name="about" label="About you" maxlength="100"></sf-textarea>
  <sf-file-upload name="cv" label="Your CV"></sf-file-upload>
  <sf-fieldset legend="Your address"><sf-text-field name="street" label="Street"></sf-text-field></sf-fieldset>
  <sf-repeatable name="languages" label="Languages" item-label="Language" max="3" min="1">
    <template><sf-text-field name="language" label="Language"></sf-text-field></template>
  </sf-repeatable>
</form>
<sf-form drafts="off"></sf-form>
</main>
<script type="module">
  const { MemoryAdapter } = await import('/dist/service-forms.js');
  const form = document.querySelector('sf-form');
  form.adapter = new MemoryAdapter();
  form.definition = ${JSON.stringify(DEFINITION)};
</script>
</body></html>`;

const TAGS = ['sf-text-field', 'sf-radio-group', 'sf-checkbox', 'sf-checkbox-group', 'sf-date-input', 'sf-select', 'sf-number-field', 'sf-textarea', 'sf-file-upload', 'sf-fieldset', 'sf-repeatable', 'sf-form', 'sf-error-summary', 'sf-language-switch'];

/** Every element in the document and in every shadow root below it. */
const EVERY_ELEMENT = `(() => {
  const all = [];
  const walk = (root) => {
    for (const element of root.querySelectorAll('*')) {
      all.push(element);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(document);
  return all;
})()`;

/** The focused element, through shadow roots. */
const DEEP_ACTIVE = `(() => {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element;
})()`;

async function openPage(browser) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  await page.route(`${ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/') return route.fulfill({ contentType: 'text/html; charset=utf-8', body: PAGE });
    if (!path.startsWith('/dist/') || path.includes('..')) return route.fulfill({ status: 404 });
    const body = await readFile(new URL(`../..${path}`, import.meta.url)).catch(() => null);
    return body ? route.fulfill({ contentType: 'text/javascript', body }) : route.fulfill({ status: 404 });
  });
  await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction((tags) => tags.every((tag) => customElements.get(tag)), TAGS);
  const form = page.locator('sf-form');
  await form.getByLabel('Full name').waitFor();
  // The sf-form's error state: summary, inline errors, invalid inputs.
  await form.getByRole('button', { name: 'Submit' }).click();
  await form.locator('sf-error-summary').getByRole('link').first().waitFor();
  // A file chosen, so the file list and its Remove button exist.
  await page.locator('sf-file-upload').getByLabel('Your CV').setInputFiles({ name: 'cv.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') });
  await page.locator('sf-file-upload').getByRole('button', { name: /Remove/ }).waitFor();
  return { page, problems };
}

/** What a system colour computes to on this page. */
const systemColour = (page, name) =>
  page.evaluate((name) => {
    const probe = document.createElement('div');
    probe.style.color = name;
    document.body.append(probe);
    const value = getComputedStyle(probe).color;
    probe.remove();
    return value;
  }, name);

describe('forced colours and reduced motion, on the built bundle', () => {
  let browser;
  before(async () => {
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  });
  after(async () => {
    await browser?.close();
  });

  it('every focus stop has a 3px outline in Highlight', async () => {
    const { page, problems } = await openPage(browser);
    const highlight = await systemColour(page, 'Highlight');
    await page.evaluate(() => document.activeElement?.blur());
    await page.locator('sf-text-field[name="iin"]').getByLabel('IIN').focus();
    const seen = [];
    for (let i = 0; i < 60; i++) {
      const stop = await page.evaluate(`(() => {
        const element = ${DEEP_ACTIVE};
        const host = element.getRootNode().host;
        let top = element;
        while (top.getRootNode().host) top = top.getRootNode().host;
        const style = getComputedStyle(element);
        return { top: top.localName, where: (host ? host.localName + ' ' : '') + element.localName + (element.type ? '[' + element.type + ']' : ''), style: style.outlineStyle, width: style.outlineWidth, colour: style.outlineColor };
      })()`);
      if (stop.where === 'body' || stop.top === 'sf-form') break;
      seen.push(stop.where);
      assert.deepEqual([stop.style, stop.width, stop.colour], ['solid', '3px', highlight], stop.where);
      await page.keyboard.press('Tab');
    }
    // Radios are one stop (arrow keys move within the group), checkboxes one each.
    assert.deepEqual(seen, [
      'sf-text-field input[text]',
      'sf-radio-group input[radio]',
      'sf-checkbox input[checkbox]',
      'sf-checkbox-group input[checkbox]',
      'sf-checkbox-group input[checkbox]',
      'sf-date-input input[text]',
      'sf-date-input input[text]',
      'sf-date-input input[text]',
      'sf-select select[select-one]',
      'sf-number-field input[text]',
      'sf-textarea textarea[textarea]',
      'sf-file-upload input[file]',
      'sf-file-upload button[button]',
      'sf-text-field input[text]',
      'sf-text-field input[text]',
      'sf-repeatable button[button]',
    ]);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('the focus ring of sf-form’s own stops, the summary and the language switch is Highlight too', async () => {
    const { page } = await openPage(browser);
    const highlight = await systemColour(page, 'Highlight');
    const form = page.locator('sf-form');
    const ring = async (locator) => {
      await locator.focus();
      return locator.evaluate((element) => {
        const style = getComputedStyle(element);
        return [style.outlineStyle, style.outlineWidth, style.outlineColor];
      });
    };
    // Focused by the script when it appears: a ring without a keyboard.
    assert.deepEqual(await ring(form.locator('sf-error-summary .summary')), ['solid', '3px', highlight]);
    await page.keyboard.press('Tab');
    const summaryLink = await page.evaluate(`(() => { const s = getComputedStyle(${DEEP_ACTIVE}); return [${DEEP_ACTIVE}.localName, s.outlineStyle, s.outlineWidth, s.outlineColor]; })()`);
    assert.deepEqual(summaryLink, ['a', 'solid', '3px', highlight]);
    await form.getByRole('button', { name: 'Submit' }).focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const submit = await page.evaluate(`(() => { const s = getComputedStyle(${DEEP_ACTIVE}); return [${DEEP_ACTIVE}.textContent.trim(), s.outlineStyle, s.outlineWidth, s.outlineColor]; })()`);
    assert.deepEqual(submit, ['Submit', 'solid', '3px', highlight]);
    await page.close();
  });

  it('inputs, the error summary and buttons keep visible borders; choices stay native', async () => {
    const { page, problems } = await openPage(browser);
    const [canvasText, buttonText, canvas] = await Promise.all(['CanvasText', 'ButtonText', 'Canvas'].map((name) => systemColour(page, name)));
    assert.notEqual(canvasText, canvas);
    const report = await page.evaluate(`${EVERY_ELEMENT}.map((element) => {
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      return {
        host: element.getRootNode().host?.localName ?? '',
        tag: element.localName,
        type: element.type ?? '',
        part: element.getAttribute('part') ?? '',
        invalid: element.getAttribute('aria-invalid') === 'true',
        adjust: style.forcedColorAdjust,
        appearance: style.appearance,
        border: [style.borderTopStyle, style.borderTopWidth, style.borderTopColor],
        size: [Math.round(box.width), Math.round(box.height)],
      };
    })`);
    // Nothing opts out of the forced palette.
    assert.deepEqual(report.filter((element) => element.adjust === 'none').map((element) => `${element.host} ${element.tag}`), []);
    const fields = report.filter((element) => ['input', 'select', 'textarea'].includes(element.tag) && !['radio', 'checkbox', 'file'].includes(element.type));
    assert.equal(fields.length, 13, 'text boxes, date parts, select, textarea');
    for (const field of fields) {
      assert.deepEqual(field.border, ['solid', field.invalid ? '4px' : '2px', canvasText], `${field.host} ${field.tag} ${field.type}`);
    }
    assert.ok(fields.some((field) => field.invalid), 'the sf-form fields are in error');
    const choices = report.filter((element) => element.type === 'radio' || element.type === 'checkbox');
    assert.equal(choices.length, 5);
    for (const choice of choices) {
      // Native, so the system draws box, ring, tick and dot in the forced palette.
      assert.deepEqual([choice.appearance, choice.size], ['auto', [40, 40]], `${choice.host} ${choice.type}`);
    }
    const summary = report.find((element) => element.host === 'sf-error-summary' && element.part === 'summary');
    assert.deepEqual(summary.border, ['solid', '5px', canvasText]);
    const submit = report.find((element) => element.host === 'sf-form' && element.part === 'submit');
    assert.deepEqual(submit.border, ['solid', '2px', buttonText]);
    const add = report.find((element) => element.host === 'sf-repeatable' && element.part === 'add');
    assert.deepEqual(add.border, ['solid', '2px', buttonText]);
    const suffix = report.find((element) => element.host === 'sf-number-field' && element.part === 'suffix');
    assert.deepEqual(suffix.border, ['solid', '2px', canvasText]);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('a chosen radio and a ticked checkbox look different from unchosen ones', async () => {
    const { page } = await openPage(browser);
    for (const [host, role, name] of [
      ['sf-radio-group', 'radio', 'By phone'],
      ['sf-checkbox', 'checkbox', 'I agree'],
    ]) {
      const control = page.locator(host).getByRole(role, { name });
      const before = await control.screenshot();
      await control.check();
      await page.evaluate(() => document.activeElement?.blur());
      const after = await control.screenshot();
      assert.notDeepEqual(after, before, `${host}: checked looks like unchecked`);
    }
    await page.close();
  });

  it('every shadow root has the reduced-motion and forced-colours rules, and nothing moves', async () => {
    const { page } = await openPage(browser);
    const roots = await page.evaluate(`${EVERY_ELEMENT}.filter((element) => element.shadowRoot).map((element) => {
      const media = element.shadowRoot.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]).filter((rule) => rule instanceof CSSMediaRule).map((rule) => rule.conditionText);
      return [element.localName, media.includes('(prefers-reduced-motion: reduce)'), media.includes('(forced-colors: active)')];
    })`);
    const tags = [...new Set(roots.map(([tag]) => tag))].sort();
    assert.deepEqual(tags, [...TAGS].sort());
    assert.deepEqual(roots.filter(([, motion, colours]) => !motion || !colours), []);
    // The SDK's hosts and everything in their shadow roots (the page's own elements are its own).
    const moving = await page.evaluate(`${EVERY_ELEMENT}.filter((element) => element.localName.startsWith('sf-') || element.getRootNode() !== document).filter((element) => {
      const style = getComputedStyle(element);
      return style.transitionDuration.split(', ').some((d) => parseFloat(d) > 0) || style.animationName !== 'none';
    }).map((element) => element.localName)`);
    assert.deepEqual(moving, []);
    await page.close();
  });
});
