// The built single-file bundle on the demo agency page, served by the reference server with a
// strict CSP (default-src 'self'; script-src 'self'; style-src 'self'; ...): the example form is
// filled in and submitted to the server in headless Chromium with no CSP violation, no console
// error, no page error. Runs after `npm run build` (npm test orders it so).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium, CHROMIUM_ARGS } from '../../scripts/find-chromium.mjs';
import { CSP, startDemoServer } from '../../examples/server.mjs';

// Each server stores in its own throwaway SQLite file, never in data/.
const dataDir = mkdtempSync(join(tmpdir(), 'sf-demo-csp-'));
const startTestServer = (name) => startDemoServer({ port: 0, sqliteFile: join(dataDir, `${name}.db`), databaseUrl: undefined, ratePerMinute: false });
process.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));

describe('demo page under a strict CSP, with the built bundle', () => {
  let server;
  let browser;
  before(async () => {
    server = await startTestServer('demo');
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the bundle and its chunks contain no eval or new Function', async () => {
    const dist = new URL('../../dist/', import.meta.url);
    const chunks = (await readdir(new URL('chunks/', dist))).filter((name) => name.endsWith('.js')).map((name) => `chunks/${name}`);
    assert.ok(chunks.length > 0, 'the lazily loaded chunks are built');
    for (const file of ['service-forms.js', ...chunks]) {
      assert.doesNotMatch(await readFile(new URL(file, dist), 'utf8'), /new Function\s*\(|\beval\s*\(/, file);
    }
  });

  it('loads, fills in and submits the example form with no CSP violation', async () => {
    const page = await browser.newPage();
    const problems = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    const response = await page.goto(server.url);
    assert.equal(response.headers()['content-security-policy'], CSP);
    await page.locator('sf-form').getByLabel('Full name').waitFor();

    // The feedback form: a select and a textarea (chunks loaded on demand), a page asked only
    // for a low rating, a reveal, check answers, and the confirmation.
    await page.goto(new URL('/?form=service-feedback', server.url).href);
    const form = page.locator('sf-form');
    await form.getByLabel('Which service did you use?').selectOption('job-seeker-registration');
    await form.getByRole('radio', { name: 'Online' }).check();
    await form.getByRole('button', { name: 'Continue' }).click();
    await form.getByRole('heading', { name: 'Your rating' }).waitFor();
    await form.getByRole('radio', { name: '2: Poor' }).check();
    await form.getByRole('button', { name: 'Continue' }).click();
    await form.getByRole('heading', { name: 'What went wrong' }).waitFor();
    await form.getByRole('checkbox', { name: 'I waited too long' }).check();
    await form.getByLabel('Tell us what happened and how we could do better').fill('Nobody answered the phone for two days.');
    await form.getByRole('button', { name: 'Continue' }).click();
    await form.getByRole('heading', { name: 'Getting a reply' }).waitFor();
    await form.getByRole('radio', { name: 'No, keep my feedback anonymous' }).check();
    await form.getByRole('button', { name: 'Continue' }).click();
    await form.getByRole('heading', { name: 'Check your answers before sending your application' }).waitFor();
    await form.getByRole('button', { name: 'Accept and send' }).click();
    await form.getByRole('heading', { name: 'Application submitted' }).waitFor();
    // The reference the server gave, and the row it stored under it.
    const reference = await form.locator('.reference').textContent();
    assert.match(reference, /^SF-[346789ABCDEFGHJKMNPQRTWXY]{4}-[346789ABCDEFGHJKMNPQRTWXY]{4}$/);
    const stored = await server.storage.byReference(reference);
    assert.equal(stored?.formId, 'service-feedback');
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('an empty page shows the error summary with the page title prefixed', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    const form = page.locator('sf-form');
    await form.getByRole('button', { name: 'Continue' }).click();
    await form.getByRole('heading', { name: 'There is a problem' }).waitFor();
    assert.match(await page.title(), /^Error: Ministry of Labour and Social Protection/);
    assert.deepEqual(await form.locator('sf-error-summary a').allTextContents(), [
      'Enter your IIN',
      'Enter your full name',
      'Enter your date of birth',
      'Select yes if you have a disability',
    ]);
    await page.close();
  });
});

describe('hand-written controls with lazily loaded chunks, under the same CSP', () => {
  let server;
  let browser;
  before(async () => {
    server = await startTestServer('controls');
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads only the chunks the page uses, defines every control, and a native form validates them', async () => {
    const page = await browser.newPage();
    const problems = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    const scripts = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`));
    });

    // The job-seeker form fetches the checker, the controls it uses, the language switch (it is
    // in three languages), the form services (the draft store, drafts being on by default,
    // and for its `endpoint` the fetch adapter behind the offline outbox), the error messages'
    // wording, the end of the form and, its `endpoint` giving it somewhere to send them, the
    // progress events, and the error summary (needed at the first failed Continue); nothing
    // else: no file upload, no other language's messages.
    const chunkNames = () => scripts.filter((path) => path.startsWith('/dist/chunks/')).map((path) => path.replace(/^\/dist\/chunks\/|-[\w-]{8}\.js$/g, '')).sort();
    await page.goto(server.url);
    await page.locator('sf-form').getByLabel('Full name').waitFor();
    // Once the first page shows, the end of the form (check answers, confirmation) follows.
    await page.waitForLoadState('networkidle');
    assert.deepEqual(chunkNames(), ['checkbox-group', 'definition-checker', 'error-messages', 'error-summary', 'form-ending', 'form-services', 'language-switch', 'number-field', 'progress-events', 'repeatable', 'select', 'textarea']);

    scripts.length = 0;
    await page.goto(new URL('/examples/controls.html', server.url).href);
    const tags = ['sf-select', 'sf-checkbox-group', 'sf-number-field', 'sf-textarea', 'sf-file-upload', 'sf-repeatable'];
    await page.waitForFunction((names) => names.every((name) => customElements.get(name)), tags);
    // The error messages' wording comes with the textarea and the file upload (they take their
    // formatters from its chunk), as the controls' first validation would fetch it anyway.
    assert.deepEqual(chunkNames(), ['checkbox-group', 'error-messages', 'file-upload', 'number-field', 'repeatable', 'select', 'textarea']);

    // A native submit with nothing filled: the browser refuses and the first invalid control shows why.
    await page.getByRole('button', { name: 'Check and send' }).click();
    await page.locator('sf-text-field[name="iin"]').getByText('Error:').waitFor();
    assert.equal(await page.locator('#result').textContent(), '');
    await page.locator('sf-select').getByLabel('Region').selectOption('akmola');
    await page.locator('sf-text-field[name="iin"]').getByLabel(/IIN/).fill('900115300013');
    await page.locator('sf-text-field[name="phone"]').getByLabel('Mobile phone number').fill('8 701 234 56 78');
    await page.locator('sf-checkbox').getByRole('checkbox').check();
    await page.locator('sf-repeatable').getByRole('button', { name: 'Add language' }).click();
    await page.locator('sf-repeatable').getByRole('textbox', { name: 'Language', exact: true }).fill('Қазақ тілі');
    await page.getByRole('button', { name: 'Check and send' }).click();
    await page.locator('#result').getByText('The form would send').waitFor();
    assert.equal(await page.locator('#result').textContent(), 'The form would send: iin, phone, region, salary, about, languages[0].language, consent');
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe('npm start', () => {
  it('serves on 127.0.0.1 and prints the URL', async () => {
    const child = spawn(process.execPath, ['examples/server.mjs'], {
      cwd: new URL('../..', import.meta.url),
      env: { ...process.env, PORT: '0', SQLITE_FILE: join(dataDir, 'npm-start.db'), DATABASE_URL: '' },
    });
    try {
      const line = await new Promise((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk) => {
          out += chunk;
          const found = out.split('\n').find((line) => line.startsWith('Service Forms demo: '));
          if (found !== undefined && out.includes(`${found}\n`)) resolve(found);
        });
        child.once('exit', (code) => reject(new Error(`exited with ${code}`)));
        setTimeout(() => reject(new Error('no URL printed within 10 s')), 10_000);
      });
      const match = /^Service Forms demo: (http:\/\/127\.0\.0\.1:\d+\/)$/.exec(line);
      assert.ok(match, `printed: ${line}`);
      const page = await fetch(match[1]);
      assert.equal(page.status, 200);
      // The embed, holding what shows when its script does not run (the first form's HTML version).
      assert.match(await page.text(), /<sf-form id="example-form" endpoint="\/api\/submissions"><noscript>.*<a href="\/apply\/[\w-]+">.*<\/sf-form>/);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
