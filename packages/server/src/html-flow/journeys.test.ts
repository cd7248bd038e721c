import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { getAnswer, message, type Answers } from '@service-forms/core';
import type { FastifyInstance } from 'fastify';
import { FORMS } from '../../../../test/journeys/agreement-cases.js';
import { attr, descendants, has } from '../../../html/src/testing/parse.js';
import type { Storage } from '../storage/storage.js';
import { Browser, checkFlowPage, errorSummary, exampleFormId, firstInMain, flowServer, fromAnswers, goThrough, h1Of, pageStep, textOf, titleOf, type Page } from '../testing/html-flow.js';

// Each example form in each of its languages, through the HTML flow as a browser without script:
// urlencoded (multipart where a page has a file input) POSTs, cookies carried, the CSRF token
// taken from the page, post/redirect/get; the stored row checked exactly.

const test = { timeout: 120_000 };

/** Each form's first good answer set of the client/server agreement, with what must be stored. */
const GOOD = FORMS.map(([name, cases]) => {
  const good = cases.find((c) => 'accepted' in c.expected)!;
  return { name, formId: exampleFormId(name), answers: good.answers, accepted: (good.expected as { accepted: Record<string, unknown> }).accepted };
});

let app: FastifyInstance;
let storage: Storage;

before(async () => {
  ({ app, storage } = await flowServer());
});
after(async () => {
  await app.close();
});

describe('every example form, every language, through the HTML flow to the confirmation', () => {
  for (const { formId, answers, accepted } of GOOD) {
    for (const locale of ['en', 'kk', 'ru']) {
      it(`${formId} (${locale})`, test, async () => {
        const browser = new Browser(app);
        const values = fromAnswers(answers);
        const outcome = await goThrough(browser, formId, locale, answers, async (page, step, index) => {
          const where = `${formId} (${locale}) at ${step}`;
          checkFlowPage(page, where);
          assert.equal(attr(page.doc.all('html')[0]!, 'lang'), locale, where);
          if (index !== 1) return;
          // The language links keep the page and every answer: to each other language and back.
          for (const other of ['en', 'kk', 'ru'].filter((l) => l !== locale)) {
            const link = page.doc.all('a').find((a) => attr(a, 'hreflang') === other)!;
            assert.equal(attr(link, 'href'), `/apply/${formId}/lang/${other}`);
            const switched = await browser.get(attr(link, 'href')!);
            assert.equal(attr(switched.doc.all('html')[0]!, 'lang'), other, where);
            assert.equal(pageStep(switched), step, `${where}: the same page in ${other}`);
          }
          page = await browser.get(`/apply/${formId}/lang/${locale}`);
          assert.equal(attr(page.doc.all('html')[0]!, 'lang'), locale);
          // Back (a link, GET) to the first page: its answers are there as typed; Continue again.
          const back = page.doc.all('a').find((a) => textOf(a) === message(locale, 'back'))!;
          const first = await browser.get(attr(back, 'href')!);
          const [firstStep] = first.url.split('/').slice(3);
          assert.notEqual(firstStep, step, where);
          const boxes = first.doc.elements.filter((el) => el.tagName === 'input' && attr(el, 'type') === 'text');
          for (const box of boxes) {
            const typed = values(attr(box, 'name')!);
            if (typeof typed === 'string') assert.equal(attr(box, 'value'), typed, `${where}: ${attr(box, 'name')} kept`);
          }
          const again = await browser.submit(first, values);
          assert.equal(pageStep(again), step, `${where}: Continue leads to the same page again`);
          return again;
        });
        assert.equal(outcome.kind, 'sent', outcome.kind === 'errors' ? `${formId} (${locale}) stopped at ${outcome.step}: ${JSON.stringify(errorSummary(outcome.page.doc))}` : '');
        const confirmation = outcome.page;
        checkFlowPage(confirmation, `${formId} confirmation`);
        assert.equal(h1Of(confirmation.doc), message(locale, 'confirmation-heading'));

        // The stored row, exactly: one submission of this session, its reference on the page.
        const submissionId = await submissionOf(browser, formId);
        const records = (await storage.listByForm(formId)).filter((r) => r.submissionId === submissionId);
        assert.equal(records.length, 1);
        const [record] = records;
        assert.deepEqual(record!.answers, accepted);
        assert.deepEqual(record!.files, []);
        assert.equal(record!.formVersion, '1.0.0');
        assert.ok(textOf(confirmation.doc.all('main')[0]!).includes(record!.reference), 'the reference on the confirmation');
        // Reloading the confirmation, or going back to check answers, stores nothing more.
        const reload = await browser.get(confirmation.url);
        assert.ok(textOf(reload.doc.all('main')[0]!).includes(record!.reference));
        const backToCheck = await browser.get(`/apply/${formId}/check-answers`);
        assert.ok(backToCheck.url.endsWith('/session/confirmation'));
        assert.equal((await storage.listByForm(formId)).filter((r) => r.submissionId === record!.submissionId).length, 1);
      });
    }
  }
});

/** The submission id of the browser's session of a form (its row outlives the sending). */
async function submissionOf(browser: Browser, formId: string): Promise<string | undefined> {
  const id = browser.sessionId(formId);
  return id ? (await storage.readSession(id))?.submissionId : undefined;
}

describe('check answers and Change', () => {
  it('Change opens the page at the field, Continue goes straight back to check answers', test, async () => {
    const { formId, answers } = GOOD.find((g) => g.name === 'job-seeker')!;
    const browser = new Browser(app);
    let check: Page | undefined;
    await goThrough(browser, formId, 'kk', answers, async (page, step) => {
      if (step === 'check-answers') check = page;
    });
    assert.ok(check);
    const change = check.doc.all('a').find((a) => (attr(a, 'href') ?? '').includes('/change/'))!;
    const [path, fragment] = attr(change, 'href')!.split('#');
    assert.match(path!, /^\/apply\/job-seeker-registration\/change\/[A-Za-z-]+$/);
    assert.ok(fragment, 'Change links to the field');
    // (Sent already, here: Change leads to the confirmation. A fresh session shows the flow.)
    const fresh = new Browser(app);
    let changed: Page | undefined;
    const outcome = await goThrough(fresh, formId, 'kk', answers, async (page, step) => {
      if (step !== 'check-answers' || changed) return;
      const link = page.doc.all('a').find((a) => (attr(a, 'href') ?? '').includes('/change/'))!;
      const [href, id] = attr(link, 'href')!.split('#');
      changed = await fresh.get(href!);
      assert.equal(changed.status, 200);
      assert.ok(changed.doc.byId(id!), 'the field the link names is on the page');
      assert.equal(changed.url, `/apply/job-seeker-registration/${href!.split('/').pop()}`);
      const returned = await fresh.submit(changed, fromAnswers(answers));
      assert.equal(pageStep(returned), 'check-answers', 'Continue after Change returns to check answers');
      return returned;
    });
    assert.equal(outcome.kind, 'sent');
  });
});

describe('a page that fails', () => {
  it('shows the error summary first, "Error:" in the title, and every answer exactly as typed', test, async () => {
    const browser = new Browser(app);
    const page = await browser.get('/apply/job-seeker-registration?lang=kk');
    const typed: Answers = { iin: ' 9001 1530 0014 ', fullName: '  Әлия  <b>Қайратқызы</b> ', dateOfBirth: { day: '31', month: '2', year: '199' } };
    const failed = await browser.submit(page, fromAnswers(typed));
    assert.equal(failed.status, 200);
    assert.equal(failed.url, `/apply/job-seeker-registration/${pageStep(page)}`, 'PRG: the same page, by GET');
    const summary = firstInMain(failed.doc);
    assert.ok(errorSummary(failed.doc), 'the error summary is the first thing in main');
    assert.ok(descendants(summary).some((el) => /^h2$/.test(el.tagName) && textOf(el) === message('kk', 'there-is-a-problem')));
    assert.ok(titleOf(failed.doc).startsWith(`${message('kk', 'error-prefix')} `), titleOf(failed.doc));
    for (const link of errorSummary(failed.doc)!) assert.ok(failed.doc.byId(link.target), `${link.target} is on the page`);
    assert.equal(attr(failed.doc.byId('iin'), 'value'), ' 9001 1530 0014 ');
    assert.equal(attr(failed.doc.byId('fullName'), 'value'), '  Әлия  <b>Қайратқызы</b> ');
    assert.equal(attr(failed.doc.byId('dateOfBirth:year'), 'value'), '199');
    assert.equal(has(failed.doc.byId('iin'), 'aria-invalid'), true);
    // A reload shows the same (the errors are in the session, not in the URL).
    const reload = await browser.get(failed.url);
    assert.deepEqual(errorSummary(reload.doc), errorSummary(failed.doc));
    assert.ok(!failed.url.includes('?'), 'no state in the URL');
  });
});

describe('files through the HTML flow (multipart)', () => {
  it('a file sent on its page is stored with the submission, once', test, async () => {
    const [, cases] = FORMS.find(([id]) => id === 'social-assistance')!;
    const withFile = cases.find((c) => 'accepted' in c.expected && (c.expected as { files?: object }).files)!;
    const expected = withFile.expected as { accepted: Record<string, unknown>; files: Record<string, string[]> };
    const browser = new Browser(app);
    const outcome = await goThrough(browser, 'targeted-social-assistance', 'ru', withFile.answers);
    assert.equal(outcome.kind, 'sent');
    const submissionId = await submissionOf(browser, 'targeted-social-assistance');
    const records = (await storage.listByForm('targeted-social-assistance')).filter((r) => r.submissionId === submissionId);
    assert.equal(records.length, 1);
    assert.deepEqual(records[0]!.answers, expected.accepted);
    const byField: Record<string, string[]> = {};
    for (const file of records[0]!.files) (byField[file.field] ??= []).push(file.name);
    assert.deepEqual(byField, expected.files);
    const content = await storage.fileContent(records[0]!.submissionId, 0);
    const sent = getAnswer(withFile.answers, Object.keys(expected.files)[0]!) as File[];
    assert.deepEqual(content, Buffer.from(await sent[0]!.arrayBuffer()));
  });
});
