// The plain-HTML pages of packages/html in a real Chromium: every example form in each of its
// languages, in every state a person meets (first page empty, after Continue with nothing
// typed, each later page answered, check answers, the confirmation), served with the
// stylesheet under a CSP that allows no script and no inline style.
//
// - With JavaScript disabled: the stylesheet applies, nothing is blocked by the CSP, every
//   control has a name in the accessibility tree (Chromium's, through CDP), a control in error
//   is exposed invalid with its error sentence (after its "Error:" prefix) in its description,
//   nothing is exposed invalid before a Continue, and at 320 px nothing scrolls sideways.
// - axe (violations AND incomplete fail) over each page, in a context that may run axe.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { chromium } from 'playwright-core';
import { findChromium, CHROMIUM_ARGS } from '../../scripts/find-chromium.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const STYLESHEET = `${ROOT}packages/html/src/styles/service-forms.css`;
const AXE = `${ROOT}node_modules/axe-core/axe.min.js`;
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
const CONTROL_ROLES = new Set(['textbox', 'combobox', 'checkbox', 'radio', 'button', 'spinbutton', 'group']);

const { examplePageStates } = await tsImport('../../packages/html/src/testing/page-states.ts', import.meta.url);
const { message } = await tsImport('../../packages/core/src/index.ts', import.meta.url);
/** @type {{ form: string, locale: string, state: string, step: string, html: string }[]} */
const STATES = examplePageStates();

let server;
let origin;
let browser;

before(async () => {
  const css = await readFile(STYLESHEET);
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const page = /^\/p\/(\d+)$/.exec(url.pathname);
    if (url.pathname === '/favicon.ico') {
      response.writeHead(204).end();
    } else if (url.pathname === '/assets/pages.css') {
      response.writeHead(200, { 'content-type': 'text/css; charset=utf-8' }).end(css);
    } else if (page && STATES[Number(page[1])]) {
      response
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP })
        .end(STATES[Number(page[1])].html);
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise((done) => server?.close(done));
});

const label = (s) => `${s.form} (${s.locale}) ${s.state} ${s.step}`;

/** The accessibility tree's controls: role, name, description, invalid, and the DOM id. */
async function axControls(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const controls = [];
    for (const node of nodes) {
      const role = node.role?.value;
      if (node.ignored || !CONTROL_ROLES.has(role)) continue;
      const property = (name) => node.properties?.find((p) => p.name === name)?.value?.value;
      let id = null;
      if (node.backendDOMNodeId) {
        const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: node.backendDOMNodeId });
        const { result } = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: 'function () { return this.id; }', returnByValue: true });
        id = result.value || null;
      }
      controls.push({
        role,
        id,
        name: node.name?.value ?? '',
        description: node.description?.value ?? '',
        invalid: property('invalid') ?? 'false',
      });
    }
    return controls;
  } finally {
    await cdp.detach();
  }
}

describe('plain-HTML pages in Chromium, JavaScript disabled', { timeout: 600_000 }, () => {
  it(`${STATES.length} pages: styled, named, errors exposed, no sideways scroll at 320 px`, async () => {
    assert.ok(STATES.length >= 60, `only ${STATES.length} page states`);
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
    const page = await context.newPage();
    const problems = [];
    page.on('console', (entry) => {
      if (entry.type() === 'error') problems.push(`console: ${entry.text()}`);
    });
    try {
      for (const [i, s] of STATES.entries()) {
        const where = label(s);
        const response = await page.goto(`${origin}/p/${i}`);
        assert.equal(response.status(), 200, where);
        const seen = await page.evaluate(() => {
          const button = document.querySelector('.sf-form > .sf-button, .sf-panel');
          return {
            scripts: document.scripts.length,
            background: button ? getComputedStyle(button).backgroundColor : null,
            sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
            groupDescribed: [...document.querySelectorAll('[aria-invalid="true"]:not([aria-describedby])')]
              .filter((el) => el.closest('fieldset')?.getAttribute('aria-describedby')?.includes(':error'))
              .map((el) => el.id),
            errorTexts: Object.fromEntries(
              [...document.querySelectorAll('.sf-error')].map((p) => [p.id, p.textContent.replace(/\s+/g, ' ').trim()]),
            ),
          };
        });
        assert.equal(seen.scripts, 0, `${where}: no script`);
        assert.ok(['rgb(0, 112, 60)'].includes(seen.background), `${where}: the stylesheet applies (${seen.background})`);
        assert.ok(seen.sideways <= 0, `${where}: scrolls ${seen.sideways}px sideways at 320 px`);

        const nodes = await axControls(page);
        const groups = nodes.filter((node) => node.role === 'group');
        const controls = nodes.filter((node) => node.role !== 'group');
        for (const control of controls) {
          assert.notEqual(control.name.trim(), '', `${where}: a ${control.role} (#${control.id}) without a name`);
        }
        const invalid = controls.filter((c) => c.invalid !== 'false').map((c) => c.id);
        if (s.state === 'failed') {
          assert.ok(invalid.length > 0, `${where}: nothing exposed invalid after Continue with nothing typed`);
          const prefix = message(s.locale, 'error-prefix');
          for (const control of controls.filter((c) => c.invalid !== 'false' && c.role !== 'radio' && c.role !== 'checkbox')) {
            // A date's boxes are described by their group (the fieldset), as GOV.UK and the element do.
            if (seen.groupDescribed.includes(control.id)) {
              assert.ok(
                groups.some((group) => group.description.includes(prefix)),
                `${where}: #${control.id} is invalid and no group's description has "${prefix}"`,
              );
              continue;
            }
            assert.ok(
              control.description.includes(prefix),
              `${where}: #${control.id} is invalid but its description "${control.description}" has no "${prefix}"`,
            );
          }
          // Each inline error's sentence is in the description of a control exposed invalid.
          for (const sentence of Object.values(seen.errorTexts)) {
            assert.ok(
              nodes.some((c) => c.description.includes(sentence)) ||
                controls.some((c) => c.invalid !== 'false' && (c.role === 'radio' || c.role === 'checkbox')),
              `${where}: "${sentence}" describes no invalid control`,
            );
          }
        } else {
          assert.deepEqual(invalid, [], `${where}: exposed invalid before any Continue`);
        }
      }
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('axe finds nothing (violations and incomplete): every state in every language at 1280 px, Kazakh at 375 px', async () => {
    const axe = await readFile(AXE, 'utf8');
    const failures = [];
    for (const width of [1280, 375]) {
      // A context that may run axe: bypassCSP lets the injected axe in; the page has no script.
      const context = await browser.newContext({ bypassCSP: true, viewport: { width, height: 900 } });
      const page = await context.newPage();
      try {
        for (const [i, s] of STATES.entries()) {
          // Every state the issue names (empty, failed, check answers, confirmation) in every
          // language; the other answered pages in English; at 375 px, Kazakh (the longest words).
          if (s.state === 'page' && (s.locale !== 'en' || width === 375)) continue;
          if (width === 375 && s.locale !== 'kk') continue;
          await page.goto(`${origin}/p/${i}`);
          await page.addScriptTag({ content: axe });
          const found = await page.evaluate(
            (tags) =>
              window.axe
                .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'incomplete'] })
                .then(({ violations, incomplete }) =>
                  [...violations, ...incomplete].map((rule) => `${rule.id}: ${rule.nodes.map((node) => node.target.join(' ')).join(', ')}`),
                ),
            WCAG_TAGS,
          );
          for (const finding of found) failures.push(`${label(s)} at ${width}px: ${finding}`);
        }
      } finally {
        await context.close();
      }
    }
    assert.deepEqual(failures, []);
  });
});
