// The example of docs/html-first.md (examples/html-first.mjs): an agency's own Fastify server
// with the SDK's packages takes a form to its confirmation without script; errors and a stale
// CSRF token are handled as the doc says.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { message, type SubmissionEnvelope } from '@service-forms/core';
import { attr } from '../../../html/src/testing/parse.js';
import { Browser, EXAMPLE_FORMS_DIR, errorSummary, formEntries, fromAnswers, h1Of, pageForm, textOf, titleOf, urlencoded } from '../testing/html-flow.js';
// @ts-expect-error: a plain .mjs example without type declarations
import { buildApp } from '../../../../examples/html-first.mjs';

it('the html-first example: a form to its confirmation, errors first, a wrong token refused', { timeout: 60_000 }, async () => {
  const definition = JSON.parse(readFileSync(join(EXAMPLE_FORMS_DIR, 'service-feedback.json'), 'utf8'));
  const sent: SubmissionEnvelope[] = [];
  const app = buildApp({ definition, submit: async (envelope: SubmissionEnvelope) => (sent.push(envelope), { reference: 'AG-0001' }) }) as FastifyInstance;
  const browser = new Browser(app);
  let page = await browser.get('/apply/service-feedback?lang=ru');
  assert.equal(page.status, 200);
  assert.equal(attr(page.doc.all('html')[0]!, 'lang'), 'ru');

  // Nothing chosen: the same page, the summary first, "Ошибка:" in the title.
  const failed = await browser.submit(page, () => undefined);
  assert.equal(failed.url, page.url);
  assert.ok(errorSummary(failed.doc));
  assert.ok(titleOf(failed.doc).startsWith(message('ru', 'error-prefix')));

  // A wrong token: refused, nothing moved.
  const forged = formEntries(pageForm(failed.doc), () => undefined, 'continue').map((e) => (e.name === '_csrf' ? { name: '_csrf', value: 'forged' } : e));
  const refused = await browser.request('POST', attr(pageForm(failed.doc), 'action')!, { payload: urlencoded(forged), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  assert.equal(refused.statusCode, 403);

  const answers = fromAnswers({ service: 'labour-contract', channel: 'online', rating: '5', wantsReply: 'no' });
  page = failed;
  for (let i = 0; i < 10 && !page.doc.all('h1').some((h) => textOf(h) === message('ru', 'confirmation-heading')); i++) page = await browser.submit(page, answers);
  assert.equal(h1Of(page.doc), message('ru', 'confirmation-heading'));
  assert.ok(textOf(page.doc.all('main')[0]!).includes('AG-0001'));
  assert.equal(sent.length, 1);
  assert.deepEqual(sent[0]!.answers, { service: 'labour-contract', channel: 'online', rating: '5', wantsReply: 'no' });
  assert.equal(sent[0]!.locale, 'ru');
  await app.close();
});
