// The built bundle on a page whose own CSS is hostile (a blanket `all: revert`, hidden inputs, tiny
// labels, Bootstrap's Reboot, inherited text styles that would make any form unreadable): the
// form still shows, reads, fills in and submits; the SDK adds no CSS to the document and no
// globals but Lit's; a second copy of the bundle on the same page does not throw and says which
// copy is used. Runs after `npm run build` (npm test orders it so). Served by Playwright's request
// routing from the files on disk: no server.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { findChromium, CHROMIUM_ARGS } from '../../scripts/find-chromium.mjs';

const ORIGIN = 'https://agency.example';

// Bootstrap Reboot v5.3 (https://getbootstrap.com/), Copyright 2011-2026 The Bootstrap Authors,
// MIT licence: the rules as shipped in bootstrap-reboot.min.css, with the :root variables they use.
const REBOOT = `:root{--bs-body-font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue","Noto Sans","Liberation Sans",Arial,sans-serif;--bs-body-font-size:1rem;--bs-body-font-weight:400;--bs-body-line-height:1.5;--bs-body-color:#212529;--bs-body-bg:#fff;--bs-border-width:1px;--bs-heading-color:inherit;--bs-link-color-rgb:13,110,253;--bs-link-hover-color-rgb:10,88,202;--bs-secondary-color:rgba(33,37,41,.75)}
*,::after,::before{box-sizing:border-box}@media (prefers-reduced-motion:no-preference){:root{scroll-behavior:smooth}}body{margin:0;font-family:var(--bs-body-font-family);font-size:var(--bs-body-font-size);font-weight:var(--bs-body-font-weight);line-height:var(--bs-body-line-height);color:var(--bs-body-color);text-align:var(--bs-body-text-align);background-color:var(--bs-body-bg);-webkit-text-size-adjust:100%;-webkit-tap-highlight-color:transparent}hr{margin:1rem 0;color:inherit;border:0;border-top:var(--bs-border-width) solid;opacity:.25}h1,h2,h3,h4,h5,h6{margin-top:0;margin-bottom:.5rem;font-weight:500;line-height:1.2;color:var(--bs-heading-color)}h1{font-size:calc(1.375rem + 1.5vw)}@media (min-width:1200px){h1{font-size:2.5rem}}h2{font-size:calc(1.325rem + .9vw)}@media (min-width:1200px){h2{font-size:2rem}}h3{font-size:calc(1.3rem + .6vw)}@media (min-width:1200px){h3{font-size:1.75rem}}p{margin-top:0;margin-bottom:1rem}ol,ul{padding-left:2rem}dl,ol,ul{margin-top:0;margin-bottom:1rem}dt{font-weight:700}dd{margin-bottom:.5rem;margin-left:0}b,strong{font-weight:bolder}a{color:rgba(var(--bs-link-color-rgb),var(--bs-link-opacity,1));text-decoration:underline}label{display:inline-block}button{border-radius:0}button:focus:not(:focus-visible){outline:0}button,input,optgroup,select,textarea{margin:0;font-family:inherit;font-size:inherit;line-height:inherit}button,select{text-transform:none}select{word-wrap:normal}[type=button],[type=reset],[type=submit],button{-webkit-appearance:button}textarea{resize:vertical}fieldset{min-width:0;padding:0;margin:0;border:0}legend{float:left;width:100%;padding:0;margin-bottom:.5rem;line-height:inherit;font-size:calc(1.275rem + .3vw)}legend+*{clear:left}::file-selector-button{font:inherit;-webkit-appearance:button}[hidden]{display:none!important}`;

// What sites do to everything on them, on purpose or not. `body` outranks `*`, so the body keeps
// its tiny white capitals and, with `all: revert` on every element, the SDK's elements inherit
// them unless they hold their own.
const HOSTILE = `${REBOOT}
* { all: revert; }
body { font: italic 900 4px/0.6 fantasy; color: #ffffff; background: #ffffff; text-transform: uppercase; letter-spacing: 3px; text-align: center; }
input, select, textarea, button { display: none !important; }
label, legend { font-size: 4px !important; color: #ffffff !important; }
h2, p, li, a { font-size: 3px; visibility: hidden; }
* { transition: all 3s; }`;

const DEFINITION = {
  id: 'hostile',
  version: '1.0.0',
  locales: ['en'],
  title: { en: 'Contact details' },
  pages: [
    {
      id: 'contact',
      title: { en: 'Contact details' },
      fields: [
        { type: 'text', name: 'fullName', label: { en: 'Full name' }, hint: { en: 'As on your identity card' }, required: true },
        {
          type: 'radios',
          name: 'channel',
          label: { en: 'How should we reply?' },
          required: true,
          options: [
            { value: 'email', label: { en: 'By email' } },
            { value: 'phone', label: { en: 'By phone' } },
          ],
        },
        { type: 'date', name: 'visit', label: { en: 'Date of your visit' }, required: true },
        { type: 'select', name: 'region', label: { en: 'Region' }, required: true, options: [{ value: 'abai', label: { en: 'Abai' } }, { value: 'almaty', label: { en: 'Almaty' } }] },
        { type: 'checkbox', name: 'agree', label: { en: 'I agree to be contacted' }, required: true },
      ],
    },
  ],
};

/** A page with the hostile styles; `before` and `after` hold what it had before the bundle came. */
const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Hostile</title>
<style>${HOSTILE}</style>
<script>
  window.__before = { globals: Object.getOwnPropertyNames(window), sheets: document.styleSheets.length };
</script>
</head>
<body><main>
<h1>Agency page</h1>
<sf-form drafts="off"></sf-form>
</main>
<script type="module">
  const { MemoryAdapter } = await import('/dist/service-forms.js');
  const form = document.querySelector('sf-form');
  window.__adapter = new MemoryAdapter({ reference: () => 'HOSTILE-1' });
  form.adapter = window.__adapter;
  form.definition = ${JSON.stringify(DEFINITION)};
</script>
</body></html>`;

/** Serves the page and the built files, `/dist/…` and again as `/copy-b/dist/…` (a second copy). */
async function openPage(browser) {
  const page = await browser.newPage();
  const problems = [];
  const warnings = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.route(`${ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/') return route.fulfill({ contentType: 'text/html; charset=utf-8', body: PAGE });
    const file = path.replace(/^\/copy-b\/dist\//, '/dist/');
    if (!file.startsWith('/dist/') || file.includes('..')) return route.fulfill({ status: 404 });
    const body = await readFile(new URL(`../..${file}`, import.meta.url)).catch(() => null);
    return body ? route.fulfill({ contentType: 'text/javascript', body }) : route.fulfill({ status: 404 });
  });
  await page.goto(`${ORIGIN}/`);
  await page.locator('sf-form').getByLabel('Full name').waitFor();
  await page.waitForFunction(() => customElements.get('sf-select') !== undefined);
  return { page, problems, warnings };
}

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

describe('a form on a page with hostile CSS, from the built bundle', () => {
  let browser;
  before(async () => {
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  });
  after(async () => {
    await browser?.close();
  });

  it('shows every control, keeps its own type, and is filled in and submitted', async () => {
    const { page, problems } = await openPage(browser);
    const form = page.locator('sf-form');
    // The page's `* { transition: all 3s }` reaches the <sf-form> element itself, whose text
    // grows from the page's 4px to its own size: the page's business, so skip to the end of it.
    await page.evaluate(() => document.getAnimations().forEach((animation) => animation.finish()));

    // The page hides inputs, shrinks labels and whitens text: none of it reaches the shadow roots.
    const controls = await page.evaluate(`${EVERY_ELEMENT}
      .filter((element) => element.getRootNode() !== document && ['input', 'select', 'button', 'label', 'legend', 'h2'].includes(element.localName))
      .map((element) => {
        const box = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        return { tag: element.localName, type: element.type, text: element.textContent.trim(), width: box.width, height: box.height, fontSize: style.fontSize, color: style.color, visibility: style.visibility, transform: style.textTransform };
      })`);
    const tags = controls.map((control) => control.tag).sort();
    assert.deepEqual(tags, ['button', 'h2', 'input', 'input', 'input', 'input', 'input', 'input', 'input', 'label', 'label', 'label', 'label', 'label', 'label', 'label', 'label', 'legend', 'legend', 'select']);
    for (const control of controls) {
      assert.ok(control.width > 0 && control.height > 0, `${control.tag} "${control.text}" is ${control.width}×${control.height}`);
      assert.equal(control.visibility, 'visible', `${control.tag} "${control.text}"`);
      if (control.type === 'radio' || control.type === 'checkbox') continue; // no text of their own
      assert.ok(parseFloat(control.fontSize) >= 16, `${control.tag} "${control.text}" is ${control.fontSize}`);
      assert.equal(control.transform, 'none', `${control.tag} "${control.text}"`);
    }
    const label = controls.find((control) => control.text === 'Full name');
    assert.deepEqual([label.fontSize, label.color], ['19px', 'rgb(11, 12, 12)']);
    const host = await page.evaluate(() => {
      const style = getComputedStyle(document.querySelector('sf-form'));
      return [style.fontSize, style.fontStyle, style.fontWeight, style.color, style.textTransform];
    });
    assert.deepEqual(host, ['19px', 'normal', '400', 'rgb(11, 12, 12)', 'none']);

    await form.getByLabel('Full name').fill('Aigerim Bekova');
    await form.getByRole('radio', { name: 'By phone' }).check();
    await form.getByLabel('Day').fill('3');
    await form.getByLabel('Month').fill('11');
    await form.getByLabel('Year').fill('2026');
    await form.getByLabel('Region').selectOption('almaty');
    await form.getByRole('checkbox', { name: 'I agree to be contacted' }).check();
    await form.getByRole('button', { name: 'Submit' }).click();
    await form.getByRole('heading', { name: 'Application submitted' }).waitFor();
    assert.equal(await form.locator('.reference').textContent(), 'HOSTILE-1');
    const answers = await page.evaluate(() => window.__adapter.submissions.map((submission) => submission.answers));
    assert.deepEqual(answers, [{ fullName: 'Aigerim Bekova', channel: 'phone', visit: '2026-11-03', region: 'almaty', agree: true }]);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('adds no CSS to the document and no globals but Lit’s own', async () => {
    const { page, problems } = await openPage(browser);
    const added = await page.evaluate(() => ({
      globals: Object.getOwnPropertyNames(window).filter((name) => !window.__before.globals.includes(name)).sort(),
      sheets: document.styleSheets.length - window.__before.sheets,
      adopted: document.adoptedStyleSheets.length,
      styleElements: [...document.querySelectorAll('style, link[rel~="stylesheet"]')].map((element) => element.outerHTML.slice(0, 40)),
    }));
    assert.deepEqual(added, {
      // The page's own (__before, __adapter). The libraries': zod's shared configuration (in the
      // definition checker's chunk), Lit's version lists and its decorator metadata, which let
      // two copies of each on one page find each other. None of the SDK's own.
      globals: ['__adapter', '__before', '__zod_globalConfig', 'litElementVersions', 'litHtmlVersions', 'litPropertyMetadata', 'reactiveElementVersions'],
      sheets: 0,
      adopted: 0,
      styleElements: [`<style>${HOSTILE.slice(0, 33)}`],
    });
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('under reduced motion, nothing of the SDK moves even when the page animates everything', async () => {
    const { page } = await openPage(browser);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const moving = await page.evaluate(`${EVERY_ELEMENT}
      .filter((element) => element.localName.startsWith('sf-') || element.getRootNode() !== document)
      .filter((element) => {
        const style = getComputedStyle(element);
        return style.transitionDuration.split(', ').some((d) => parseFloat(d) > 0) || style.animationName !== 'none';
      })
      .map((element) => element.localName)`);
    assert.deepEqual(moving, []);
    await page.close();
  });

  it('a second copy of the bundle does not throw, defines nothing and says which copy is used', async () => {
    const { page, problems, warnings } = await openPage(browser);
    await page.evaluate(() => import('/copy-b/dist/service-forms.js'));
    await page.waitForFunction(() => document.readyState === 'complete');
    // A lazily loaded element that neither copy had loaded: the first copy defines it too.
    await page.evaluate(() => document.querySelector('main').insertAdjacentHTML('beforeend', '<sf-textarea name="more" label="Anything else"></sf-textarea>'));
    await page.waitForFunction(() => customElements.get('sf-textarea') !== undefined);
    const sources = await page.evaluate(() =>
      ['sf-form', 'sf-text-field', 'sf-select', 'sf-textarea'].map((tag) => customElements.get(tag)[Symbol.for('service-forms.source')]),
    );
    const first = `${ORIGIN}/dist/service-forms.js`;
    assert.deepEqual(sources, [first, first, first, first]);
    const sdkWarnings = warnings.filter((text) => text.startsWith('Service Forms:'));
    assert.equal(sdkWarnings.length, 1, sdkWarnings.join('\n'));
    assert.match(
      sdkWarnings[0],
      new RegExp(
        `^Service Forms: two copies on this page\\. The one from ${first.replaceAll('.', '\\.')} is used: ` +
          `it defined (<sf-[a-z-]+>, )+<sf-[a-z-]+> first\\. This one, from ${ORIGIN.replaceAll('.', '\\.')}/copy-b/dist/service-forms\\.js, defines nothing\\.$`,
      ),
    );
    for (const tag of ['sf-form', 'sf-text-field', 'sf-radio-group', 'sf-date-input', 'sf-checkbox', 'sf-fieldset']) {
      assert.ok(sdkWarnings[0].includes(`<${tag}>`), `${tag} in: ${sdkWarnings[0]}`);
    }
    // The form from the first copy still works.
    const form = page.locator('sf-form');
    await form.getByRole('button', { name: 'Submit' }).click();
    await form.getByRole('link', { name: 'Enter Full name' }).waitFor();
    assert.deepEqual(problems, []);
    await page.close();
  });
});
