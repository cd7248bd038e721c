// The HTML flow with `enhance` (issue 15): each page of questions and check answers loads the
// bundle as a module and puts <sf-form> around the page with the application so far, the
// session's submission id included; an application begun on the pages and finished by sf-form
// through the API with that id is one submission, and the session's own send then gives it back.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Storage } from '../storage/storage.js';
import { attr } from '../../../html/src/testing/parse.js';
import { message } from '@service-forms/core';
import { Browser, flowServer, fromAnswers, h1Of } from '../testing/html-flow.js';
import { HTML_FLOW_CSP, HTML_FLOW_ENHANCED_CSP } from './routes.js';

const SCRIPT = '/dist/service-forms.js';

describe('the HTML flow with enhance', () => {
  let app: FastifyInstance;
  let storage: Storage;
  before(async () => {
    ({ app, storage } = await flowServer({ htmlFlow: { enhance: { script: SCRIPT } } }));
  });
  after(async () => {
    await app.close();
    await storage.close();
  });

  it('serves each page with the module script, <sf-form> around it and the served state; its CSP allows scripts from here', { timeout: 30_000 }, async () => {
    const browser = new Browser(app);
    let page = await browser.get('/apply/service-feedback?lang=kk');
    assert.equal(page.response.headers['content-security-policy'], HTML_FLOW_ENHANCED_CSP);
    assert.match(HTML_FLOW_ENHANCED_CSP, /script-src 'self'/);
    assert.deepEqual(page.doc.all('script').map((script) => [attr(script, 'type'), attr(script, 'src')]), [['module', SCRIPT]]);
    let sfForm = page.doc.all('sf-form')[0]!;
    assert.equal(attr(sfForm, 'src'), '/forms/service-feedback?version=1.0.0');
    assert.equal(attr(sfForm, 'endpoint'), '/api/submissions');
    const first = JSON.parse(attr(sfForm, 'served')!);
    assert.equal(first.step, 'service');
    assert.equal(first.locale, 'kk');
    assert.match(first.submissionId, /^[0-9a-f-]{36}$/);

    page = await browser.submit(page, fromAnswers({ service: 'labour-contract', channel: 'online' }));
    sfForm = page.doc.all('sf-form')[0]!;
    const second = JSON.parse(attr(sfForm, 'served')!);
    assert.deepEqual([second.step, second.history, second.answers, second.submissionId], ['rating', ['service'], { service: 'labour-contract', channel: 'online' }, first.submissionId]);
    // The definition sf-form fetches is the session's version.
    const definition = await app.inject({ method: 'GET', url: attr(sfForm, 'src')!, headers: { accept: 'application/json' } });
    assert.equal(definition.statusCode, 200);
    assert.equal(definition.json().version, second.formVersion);

    // sf-form finishes it through the API with the served id: one submission.
    const envelope = {
      submissionId: first.submissionId,
      formId: 'service-feedback',
      formVersion: '1.0.0',
      locale: 'kk',
      answers: { service: 'labour-contract', channel: 'online', rating: '4', wantsReply: 'no' },
      createdAt: new Date().toISOString(),
    };
    const sent = await app.inject({ method: 'POST', url: '/api/submissions', headers: { 'content-type': 'application/json', 'idempotency-key': first.submissionId }, payload: JSON.stringify(envelope) });
    assert.equal(sent.statusCode, 201, sent.body);
    const { reference } = sent.json();
    assert.equal(await storage.count(), 1);

    // The same session sent again on the pages (back without script, say): the same application, not a second one.
    const answers = fromAnswers({ rating: '4', wantsReply: 'no' });
    for (let i = 0; i < 6 && !page.url.includes('/confirmation'); i++) page = await browser.submit(page, answers);
    assert.equal(await storage.count(), 1, 'one submission');
    assert.equal(h1Of(page.doc), message('kk', 'confirmation-heading'));
    assert.ok(page.html.includes(reference), `the confirmation shows the reference the API gave: ${page.url}`);
  });

  it('without enhance: no script, the strict CSP', { timeout: 30_000 }, async () => {
    const plain = await flowServer();
    try {
      const page = await new Browser(plain.app).get('/apply/service-feedback?lang=en');
      assert.equal(page.response.headers['content-security-policy'], HTML_FLOW_CSP);
      assert.equal(page.doc.all('script').length, 0);
      assert.equal(page.doc.all('sf-form').length, 0);
    } finally {
      await plain.app.close();
      await plain.storage.close();
    }
  });
});
