// The built single-file bundle on the demo agency page, served with a strict CSP
// (default-src 'self'; script-src 'self'; style-src 'self'): the example form is filled in
// and submitted in headless Chromium with no CSP violation, no console error, no page error.
// Runs after `npm run build` (npm test orders it so).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { findChromium, CHROMIUM_ARGS } from '../../scripts/find-chromium.mjs';
import { CSP, startDemoServer } from '../../examples/server.mjs';

describe('demo page under a strict CSP, with the built bundle', () => {
  let server;
  let browser;
  before(async () => {
    server = await startDemoServer({ port: 0 });
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the bundle contains no eval or new Function', async () => {
    const bundle = await readFile(new URL('../../dist/service-forms.js', import.meta.url), 'utf8');
    assert.doesNotMatch(bundle, /new Function\s*\(|\beval\s*\(/);
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

    const form = page.locator('sf-form');
    await form.getByLabel('Individual identification number (IIN)').fill('900115300013');
    await form.getByLabel('Full name').fill('Әлия Қайратқызы');
    await form.getByLabel('Day').fill('15');
    await form.getByLabel('Month').fill('1');
    await form.getByLabel('Year').fill('1990');
    await form.getByRole('radio', { name: 'No' }).check();
    await form.getByRole('button', { name: 'Submit' }).click();

    await form.getByRole('heading', { name: 'Application submitted' }).waitFor();
    assert.equal(await form.locator('.reference').textContent(), 'MEM-0001');
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('an empty submit shows the error summary with the page title prefixed', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    const form = page.locator('sf-form');
    await form.getByRole('button', { name: 'Submit' }).click();
    await form.getByRole('heading', { name: 'There is a problem' }).waitFor();
    assert.match(await page.title(), /^Error: Register as a job seeker/);
    assert.deepEqual(await form.locator('sf-error-summary a').allTextContents(), [
      'Enter your IIN',
      'Enter your full name',
      'Enter your date of birth',
      'Select yes if you have a disability',
    ]);
    await page.close();
  });
});

describe('npm start', () => {
  it('serves on 127.0.0.1 and prints the URL', async () => {
    const child = spawn(process.execPath, ['examples/server.mjs'], {
      cwd: new URL('../..', import.meta.url),
      env: { ...process.env, PORT: '0' },
    });
    try {
      const line = await new Promise((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk) => {
          out += chunk;
          if (out.includes('\n')) resolve(out.split('\n')[0]);
        });
        child.once('exit', (code) => reject(new Error(`exited with ${code}`)));
        setTimeout(() => reject(new Error('no URL printed within 10 s')), 10_000);
      });
      const match = /^Service Forms demo: (http:\/\/127\.0\.0\.1:\d+\/)$/.exec(line);
      assert.ok(match, `printed: ${line}`);
      const page = await fetch(match[1]);
      assert.equal(page.status, 200);
      assert.match(await page.text(), /<sf-form id="job-seeker" src="\/examples\/forms\/job-seeker.json">/);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
