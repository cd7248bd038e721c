// Offline, end to end, with the built bundle: a person on a dropped connection sends the
// service-feedback form; sf-form (`endpoint`: fetch adapter behind the IndexedDB outbox) keeps
// it on the device; it reaches a real HTTP receiver exactly once, either when the connection
// comes back on the same page or when the person opens the page again later, and the person
// is told its reference. Runs after `npm run build` (npm test orders it so).
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium, CHROMIUM_ARGS } from '../../scripts/find-chromium.mjs';

const ROOT = new URL('../../', import.meta.url);
const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Feedback – Ministry</title>
<script type="module" src="/dist/service-forms.js"></script></head>
<body><main><sf-form src="/examples/forms/service-feedback.json" endpoint="/api/submissions"></sf-form></main></body></html>`;
const TYPES = { '.js': 'text/javascript', '.json': 'application/json' };

/** A receiver that stores each Idempotency-Key once and counts every request. */
function startReceiver() {
  const stored = new Map();
  let requests = 0;
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (req.method === 'POST' && url.pathname === '/api/submissions') {
      requests += 1;
      const chunks = [];
      for await (const chunk of req) chunks.push(chunk);
      const envelope = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const key = req.headers['idempotency-key'];
      assert.equal(envelope.submissionId, key);
      const repeat = stored.get(key);
      const receipt = repeat?.receipt ?? { reference: `SF-TEST-${String(stored.size + 1).padStart(4, '0')}`, receivedAt: new Date().toISOString() };
      if (!repeat) stored.set(key, { receipt, envelope });
      res.writeHead(repeat ? 200 : 201, { 'content-type': 'application/json' });
      return res.end(JSON.stringify(receipt));
    }
    if (req.method !== 'GET') return res.writeHead(405).end();
    if (url.pathname === '/') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    if (!/^\/(dist|examples\/forms)\/[\w./-]+$/.test(url.pathname) || url.pathname.includes('..')) return res.writeHead(404).end();
    try {
      const body = await readFile(new URL(`.${url.pathname}`, ROOT));
      res.writeHead(200, { 'content-type': TYPES[extname(url.pathname)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({
        url: `http://127.0.0.1:${server.address().port}/`,
        stored,
        requests: () => requests,
        close: () => new Promise((done) => { server.closeAllConnections(); server.close(done); }),
      });
    });
  });
}

/** The feedback form up to "Check your answers", by its labels. */
async function fillFeedback(page) {
  const form = page.locator('sf-form');
  await form.getByLabel('Which service did you use?').selectOption('job-seeker-registration');
  await form.getByRole('radio', { name: 'Online' }).check();
  await form.getByRole('button', { name: 'Continue' }).click();
  await form.getByRole('heading', { name: 'Your rating' }).waitFor();
  await form.getByRole('radio', { name: '5: Very good' }).check();
  await form.getByRole('button', { name: 'Continue' }).click();
  await form.getByRole('heading', { name: 'Getting a reply' }).waitFor();
  await form.getByRole('radio', { name: 'No, keep my feedback anonymous' }).check();
  await form.getByRole('button', { name: 'Continue' }).click();
  await form.getByRole('heading', { name: 'Check your answers before sending your application' }).waitFor();
  return form;
}

const ANSWERS = { service: 'job-seeker-registration', channel: 'online', rating: '5', wantsReply: 'no' };

describe('nothing lost: offline outbox and drafts, on the built bundle', () => {
  let receiver;
  let browser;
  let context;
  before(async () => {
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  });
  after(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    receiver = await startReceiver();
    context = await browser.newContext(); // its own IndexedDB: a fresh device
  });
  afterEach(async () => {
    await context?.close();
    await receiver?.close();
  });

  it('on the same page: "saved on this device", then the reference once back online', async () => {
    const page = await context.newPage();
    await page.goto(receiver.url);
    const form = await fillFeedback(page);
    await context.setOffline(true);
    await form.getByRole('button', { name: 'Accept and send' }).click();
    await form.getByRole('heading', { name: 'Application saved on this device' }).waitFor();
    assert.equal(await page.title(), 'Application saved on this device – Feedback – Ministry');
    assert.equal(receiver.requests(), 0);

    await context.setOffline(false);
    await form.getByRole('heading', { name: 'Application submitted' }).waitFor();
    assert.equal(await form.locator('.reference').textContent(), 'SF-TEST-0001');
    assert.equal(receiver.stored.size, 1);
    const [{ envelope }] = receiver.stored.values();
    assert.deepEqual(envelope.answers, ANSWERS);
    assert.equal(envelope.formId, 'service-feedback');
    assert.equal(receiver.requests(), 1);
  });

  it('page closed while offline, opened again later: waits while the receiver is unreachable, then sent once and the reference shown', async () => {
    const first = await context.newPage();
    await first.goto(receiver.url);
    const form = await fillFeedback(first);
    await context.setOffline(true);
    await form.getByRole('button', { name: 'Accept and send' }).click();
    await form.getByRole('heading', { name: 'Application saved on this device' }).waitFor();
    await first.close();

    // Back on a connection, but the receiver cannot be reached yet: the page says the earlier
    // application is still waiting, and the form is ready for nothing else.
    await context.setOffline(false);
    let refused = 0;
    await context.route('**/api/submissions', (route) => {
      refused += 1;
      return route.abort('connectionrefused');
    });
    const page = await context.newPage();
    await page.goto(receiver.url);
    const notice = page.locator('sf-form').locator('[part="outbox-notice"]');
    await notice.waitFor();
    const today = new Date().toISOString().slice(0, 10);
    const [year, month, day] = today.split('-').map(Number);
    const monthName = new Date(Date.UTC(year, month - 1, day)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
    assert.equal(
      (await notice.textContent()).replace(/\s+/g, ' ').trim(),
      `An application you saved on this device on ${day} ${monthName} ${year} has not been sent yet. It will be sent automatically when you are back online: do not fill in the form again for it.`,
    );
    // The outbox tried on opening, and the receiver could not be reached.
    for (const started = Date.now(); refused === 0; ) {
      assert.ok(Date.now() - started < 10_000, 'the outbox tries to send when the page opens');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.equal(receiver.requests(), 0);

    // The connection settles (the browser fires `online`): sent once, and the person told.
    await context.unroute('**/api/submissions');
    await context.setOffline(true);
    await context.setOffline(false);
    await page.locator('sf-form').getByText('The application you saved on this device earlier has been sent.').waitFor({ timeout: 20_000 });
    assert.equal(
      (await notice.textContent()).replace(/\s+/g, ' ').trim(),
      'The application you saved on this device earlier has been sent. Your reference number is SF-TEST-0001.',
    );
    assert.equal(receiver.stored.size, 1);
    assert.deepEqual([...receiver.stored.values()][0].envelope.answers, ANSWERS);
    assert.equal(receiver.requests(), 1);
  });

  it('keeps a draft by default: answers restored after a reload, with a note and a way to clear them', async () => {
    const page = await context.newPage();
    await page.goto(receiver.url);
    const form = page.locator('sf-form');
    await form.getByLabel('Which service did you use?').selectOption('large-family-benefit');
    await form.getByRole('radio', { name: 'Online' }).check();
    await form.getByText('Your answers are saved on this device as you type.').waitFor();
    await page.reload();
    await form.getByText(/^We restored the answers you saved on this device on /).waitFor();
    assert.equal(await form.getByLabel('Which service did you use?').inputValue(), 'large-family-benefit');
    assert.equal(await form.getByRole('radio', { name: 'Online' }).isChecked(), true);
    await form.getByRole('button', { name: 'Clear my answers from this device' }).click();
    await page.waitForFunction(() => document.querySelector('sf-form').shadowRoot.querySelector('.draft') === null);
    assert.equal(await form.getByLabel('Which service did you use?').inputValue(), '');
    await page.reload();
    await form.getByLabel('Which service did you use?').waitFor();
    assert.equal(await form.getByLabel('Which service did you use?').inputValue(), '');
    assert.equal(await form.locator('.draft').count(), 0);
    assert.equal(receiver.requests(), 0);
  });
});
