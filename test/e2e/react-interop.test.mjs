// Framework interop: a React 19 page and a plain HTML page each render <sf-form> with the
// service-feedback example through properties (`definition`, `adapter`), listen to
// `sf-submitted`, and show the reference; headless Chromium fills and submits the form. Two more
// plain pages post to a receiver of their own: through `endpoint` with `endpointOptions` (a CSRF
// token), and through an outbox the page builds from `loadAdapters()`.
// No wrapper library: only the code docs/embedding.md shows (this test checks that it does).
// The React app is bundled with esbuild from the built packages (packages/*/dist); the plain
// page loads the built single-file bundle (dist/). Needs `npm run build` first.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { findChromium, CHROMIUM_ARGS } from '../../scripts/find-chromium.mjs';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const docsFile = join(repo, 'docs/embedding.md');

// ---- The React app, exactly as docs/embedding.md shows it ("React").
const REACT_APP = `import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@service-forms/elements/form';
import { MemoryAdapter } from '@service-forms/adapters';
import definition from './forms/service-feedback.json';

const adapter = new MemoryAdapter();

function App() {
  const [sent, setSent] = useState(null);
  return (
    <main>
      <sf-form
        definition={definition}
        adapter={adapter}
        onsf-submitted={(event) => setSent({ reference: event.receipt.reference, answers: event.envelope.answers })}
      />
      {sent && (
        <section aria-label="Sent">
          <p id="reference">Your reference: {sent.reference}</p>
          <pre id="answers">{JSON.stringify(sent.answers)}</pre>
        </section>
      )}
    </main>
  );
}

createRoot(document.getElementById('root')).render(<App />);
`;

const REACT_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Feedback</title>
    <script type="module" src="/app.js"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`;

const ESBUILD_OPTIONS = `{
  entryPoints: ['app.jsx'],
  bundle: true,
  format: 'esm',
  splitting: true,
  outdir: 'public',
  jsx: 'automatic',
  minify: true,
  define: { 'process.env.NODE_ENV': '"production"' },
}`;

// ---- The plain HTML page and its script, exactly as docs/embedding.md shows them ("Plain HTML").
const PLAIN_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Feedback</title>
    <script type="module" src="/assets/service-forms.js"></script>
    <script type="module" src="/feedback.js"></script>
  </head>
  <body>
    <main>
      <sf-form id="feedback"></sf-form>
      <p id="reference" hidden></p>
    </main>
  </body>
</html>
`;

const PLAIN_SCRIPT = `import { MemoryAdapter } from '/assets/service-forms.js';

const form = document.getElementById('feedback');
form.adapter = new MemoryAdapter();
form.addEventListener('sf-submitted', (event) => {
  const reference = document.getElementById('reference');
  reference.textContent = \`Your reference: \${event.receipt.reference}\`;
  reference.hidden = false;
  window.sentAnswers = event.envelope.answers;
});
const response = await fetch('/forms/service-feedback');
form.definition = await response.json();
`;

// ---- `endpoint` with a CSRF token, and an adapter built from `loadAdapters()`, exactly as
// docs/embedding.md shows them ("A CSRF token or cookies for `endpoint`").
const ENDPOINT_HTML = `<meta name="csrf-token" content="token-from-the-server" />
<script type="module" src="/assets/service-forms.js"></script>
<script type="module" src="/apply.js"></script>

<sf-form id="apply" src="/forms/service-feedback" endpoint="/api/submissions"></sf-form>
`;

const ENDPOINT_SCRIPT = `const form = document.getElementById('apply');
form.endpointOptions = {
  headers: () => ({ 'X-CSRF-Token': document.querySelector('meta[name="csrf-token"]').content }),
};
`;

const ADAPTERS_SCRIPT = `import { loadAdapters } from '/assets/service-forms.js';

const { FetchAdapter, OutboxAdapter } = await loadAdapters();
const form = document.getElementById('apply');
form.adapter = new OutboxAdapter(new FetchAdapter({ endpoint: '/api/submissions', credentials: 'include' }));
`;

/** What the person types in the test below, as the envelope carries it. */
const EXPECTED_ANSWERS = {
  service: 'job-seeker-registration',
  channel: 'online',
  rating: '2',
  reasons: ['waiting'],
  comment: 'Nobody answered the phone for two days.',
  wantsReply: 'no',
};

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };

/**
 * A static server on 127.0.0.1: `routes` maps a URL prefix to a folder. With `receiver`, it also
 * takes `POST /api/submissions` as a receiver would: once per `Idempotency-Key`, 403 without
 * `receiver.token` in `X-CSRF-Token` when that is set; what arrived is in `receiver.received`.
 * And `POST /api/events`, where a form with `endpoint` sends its progress events (beside it):
 * `204`, as the reference server answers, the batches in `receiver.events`.
 */
async function serve(routes, receiver) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    if (receiver && request.method === 'POST' && path === '/api/events') {
      let body = '';
      for await (const chunk of request) body += chunk;
      (receiver.events ??= []).push(JSON.parse(body));
      return response.writeHead(204).end();
    }
    if (receiver && request.method === 'POST' && path === '/api/submissions') {
      let body = '';
      for await (const chunk of request) body += chunk;
      const json = (status, value) => response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
      if (receiver.token && request.headers['x-csrf-token'] !== receiver.token) return json(403, { message: 'CSRF token missing or wrong' });
      const key = request.headers['idempotency-key'];
      let stored = receiver.received.find((entry) => entry.key === key);
      if (!stored) {
        stored = { key, token: request.headers['x-csrf-token'] ?? null, envelope: JSON.parse(body), reference: `SRV-${String(receiver.received.length + 1).padStart(4, '0')}` };
        receiver.received.push(stored);
      }
      return json(201, { reference: stored.reference, receivedAt: new Date().toISOString() });
    }
    for (const [prefix, folder] of routes) {
      if (!path.startsWith(prefix)) continue;
      const file = normalize(join(folder, path.slice(prefix.length) || 'index.html'));
      if (!file.startsWith(folder) || !existsSync(file)) break;
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(readFileSync(file));
      return;
    }
    response.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** Fills in the service-feedback form as a person would, and submits it. */
async function fillAndSubmit(page) {
  const form = page.locator('sf-form');
  await form.getByLabel('Which service did you use?').selectOption('job-seeker-registration');
  await form.getByRole('radio', { name: 'Online' }).check();
  await form.getByRole('button', { name: 'Continue' }).click();
  await form.getByRole('heading', { name: 'Your rating' }).waitFor();
  await form.getByRole('radio', { name: '2: Poor' }).check();
  await form.getByRole('button', { name: 'Continue' }).click();
  await form.getByRole('heading', { name: 'What went wrong' }).waitFor();
  await form.getByRole('checkbox', { name: 'I waited too long' }).check();
  await form.getByLabel('Tell us what happened and how we could do better').fill(EXPECTED_ANSWERS.comment);
  await form.getByRole('button', { name: 'Continue' }).click();
  await form.getByRole('heading', { name: 'Getting a reply' }).waitFor();
  await form.getByRole('radio', { name: 'No, keep my feedback anonymous' }).check();
  await form.getByRole('button', { name: 'Continue' }).click();
  await form.getByRole('heading', { name: 'Check your answers before sending your application' }).waitFor();
  await form.getByRole('button', { name: 'Accept and send' }).click();
  await form.getByRole('heading', { name: 'Application submitted' }).waitFor();
}

/** Console errors and page errors, which must stay empty. */
function watch(page) {
  const problems = [];
  page.on('console', (message) => {
    // The browser's own request for /favicon.ico is not the page's doing.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) problems.push(`console: ${message.text()} ${message.location().url}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

describe('framework interop: sf-form through properties and events', () => {
  let dir;
  let browser;
  before(async () => {
    assert.ok(existsSync(join(repo, 'dist/service-forms.js')), 'dist/ is missing: run `npm run build` first');
    assert.ok(existsSync(join(repo, 'packages/elements/dist/form/form.js')), 'packages/elements/dist is missing: run `npm run build` first');
    dir = mkdtempSync(join(tmpdir(), 'sf-interop-'));
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  });
  after(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('docs/embedding.md shows exactly the code this test runs', () => {
    const docs = readFileSync(docsFile, 'utf8');
    for (const [name, code] of Object.entries({ REACT_APP, REACT_HTML, ESBUILD_OPTIONS, PLAIN_HTML, PLAIN_SCRIPT, ENDPOINT_HTML, ENDPOINT_SCRIPT, ADAPTERS_SCRIPT })) {
      assert.ok(docs.includes(code.trimEnd()), `docs/embedding.md shows ${name} as the test runs it`);
    }
  });

  it('React 19: properties in, onsf-submitted out, the reference shown by React', async () => {
    const app = join(dir, 'react');
    mkdirSync(join(app, 'forms'), { recursive: true });
    mkdirSync(join(app, 'public'));
    // The application's node_modules: this repository's (react, react-dom, the linked workspaces).
    symlinkSync(join(repo, 'node_modules'), join(app, 'node_modules'), 'dir');
    copyFileSync(join(repo, 'examples/forms/service-feedback.json'), join(app, 'forms/service-feedback.json'));
    writeFileSync(join(app, 'app.jsx'), REACT_APP);
    writeFileSync(join(app, 'public/index.html'), REACT_HTML);
    // The options as the docs show them (paths relative to the app folder).
    const options = new Function(`return ${ESBUILD_OPTIONS}`)();
    await build({ ...options, absWorkingDir: app, logLevel: 'silent' });

    const server = await serve([['/', join(app, 'public')]]);
    const page = await browser.newPage();
    const problems = watch(page);
    try {
      await page.goto(server.url);
      // React set the properties, not attributes: the form renders the definition it was given.
      await page.locator('sf-form').getByRole('heading', { name: 'The service you used' }).waitFor();
      assert.deepEqual(
        await page.locator('sf-form').evaluate((form) => [form.getAttribute('definition'), form.getAttribute('adapter'), typeof form.adapter.submit]),
        [null, null, 'function'],
      );
      await fillAndSubmit(page);
      await page.locator('#reference').waitFor();
      assert.equal(await page.locator('#reference').textContent(), 'Your reference: MEM-0001');
      assert.deepEqual(JSON.parse(await page.locator('#answers').textContent()), EXPECTED_ANSWERS);
      // What the adapter stored is what React was told.
      assert.deepEqual(await page.locator('sf-form').evaluate((form) => form.adapter.submissions.map((envelope) => envelope.answers)), [EXPECTED_ANSWERS]);
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
      await server.close();
    }
  });

  it('plain HTML: properties in, addEventListener out, with the single-file bundle', async () => {
    const site = join(dir, 'plain');
    mkdirSync(join(site, 'forms'), { recursive: true });
    // Served at `/forms/service-feedback`, the reference server's address for a definition.
    copyFileSync(join(repo, 'examples/forms/service-feedback.json'), join(site, 'forms/service-feedback'));
    writeFileSync(join(site, 'index.html'), PLAIN_HTML);
    writeFileSync(join(site, 'feedback.js'), PLAIN_SCRIPT);
    const server = await serve([
      ['/assets/', join(repo, 'dist')],
      ['/', site],
    ]);
    const page = await browser.newPage();
    const problems = watch(page);
    try {
      await page.goto(server.url);
      await page.locator('sf-form').getByRole('heading', { name: 'The service you used' }).waitFor();
      await fillAndSubmit(page);
      await page.locator('#reference').waitFor();
      assert.equal(await page.locator('#reference').textContent(), 'Your reference: MEM-0001');
      assert.deepEqual(await page.evaluate(() => window.sentAnswers), EXPECTED_ANSWERS);
      assert.deepEqual(await page.locator('sf-form').evaluate((form) => form.adapter.submissions.map((envelope) => envelope.answers)), [EXPECTED_ANSWERS]);
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
      await server.close();
    }
  });
  /** Serves `ENDPOINT_HTML` (in a page of its own) with `script` as /apply.js, fills and submits. */
  async function applyThrough(script, html, receiver) {
    const site = join(dir, `apply-${receiver.token ? 'token' : 'adapters'}`);
    mkdirSync(join(site, 'forms'), { recursive: true });
    copyFileSync(join(repo, 'examples/forms/service-feedback.json'), join(site, 'forms/service-feedback'));
    writeFileSync(join(site, 'index.html'), `<!doctype html>\n<html lang="en">\n<title>Apply</title>\n${html}</html>\n`);
    writeFileSync(join(site, 'apply.js'), script);
    const server = await serve(
      [
        ['/assets/', join(repo, 'dist')],
        ['/', site],
      ],
      receiver,
    );
    const page = await browser.newPage();
    const problems = watch(page);
    try {
      await page.goto(server.url);
      await page.locator('sf-form').getByRole('heading', { name: 'The service you used' }).waitFor();
      await fillAndSubmit(page);
      await page.locator('sf-form').getByText('SRV-0001').waitFor();
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
      await server.close();
    }
  }

  it('plain HTML: endpoint with endpointOptions sends the CSRF token; the application arrives once', async () => {
    const receiver = { token: 'token-from-the-server', received: [] };
    await applyThrough(ENDPOINT_SCRIPT, ENDPOINT_HTML, receiver);
    assert.deepEqual(
      receiver.received.map((entry) => [entry.token, entry.reference, entry.envelope.formId, entry.envelope.answers]),
      [['token-from-the-server', 'SRV-0001', 'service-feedback', EXPECTED_ANSWERS]],
    );
  });

  it('plain HTML: an outbox over a fetch adapter from loadAdapters(); the application arrives once', async () => {
    const receiver = { received: [] };
    // The same page without `endpoint`: the script gives the adapter.
    await applyThrough(ADAPTERS_SCRIPT, ENDPOINT_HTML.replace(' endpoint="/api/submissions"', ''), receiver);
    assert.deepEqual(
      receiver.received.map((entry) => [entry.token, entry.reference, entry.envelope.answers]),
      [[null, 'SRV-0001', EXPECTED_ANSWERS]],
    );
  });
});
