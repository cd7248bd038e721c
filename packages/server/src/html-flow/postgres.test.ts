// The HTML flow against a real PostgreSQL (as storage/postgres.test.ts chooses it: DATABASE_URL,
// else a throwaway cluster from scripts/find-postgres.mjs; failing, never skipping quietly, when
// it cannot be had; SKIP_POSTGRES=1 skips on purpose): journeys to the stored row, a file, a
// refused CSRF token, and concurrent final POSTs storing one submission.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { FORMS } from '../../../../test/journeys/agreement-cases.js';
import { attr } from '../../../html/src/testing/parse.js';
import { PostgresStorage } from '../storage/postgres.js';
import { Browser, exampleFormId, flowServer, formEntries, fromAnswers, goThrough, pageForm, textOf, urlencoded, type Page } from '../testing/html-flow.js';
// @ts-expect-error: a plain .mjs script without type declarations
import { ensurePostgres } from '../../../../scripts/find-postgres.mjs';

const skip = process.env.SKIP_POSTGRES === '1' ? 'SKIP_POSTGRES=1' : false;
const test = { timeout: 120_000 };

interface Postgres {
  url: string;
  stop(): Promise<void>;
}

const good = (name: string, withFiles = false) => {
  const [, cases] = FORMS.find(([id]) => id === name)!;
  const found = cases.find((c) => 'accepted' in c.expected && Boolean((c.expected as { files?: object }).files) === withFiles)!;
  return { formId: exampleFormId(name), answers: found.answers, expected: found.expected as { accepted: Record<string, unknown>; files?: Record<string, string[]> } };
};

describe('the HTML flow on PostgreSQL', { skip }, () => {
  let postgres: Postgres | undefined;
  let storage: PostgresStorage;
  let app: FastifyInstance;

  before(async () => {
    postgres = (await ensurePostgres()) as Postgres;
    storage = await PostgresStorage.open(postgres.url);
    await storage.clear();
    ({ app } = await flowServer({ storage }));
  });
  after(async () => {
    await app?.close();
    await storage?.close();
    await postgres?.stop();
  });

  for (const [name, locale, withFiles] of [
    ['job-seeker', 'kk', false],
    ['large-family-benefit', 'ru', false],
    ['social-assistance', 'en', true],
  ] as const) {
    it(`${name} (${locale}${withFiles ? ', with a file' : ''}): to the confirmation, the row stored exactly`, test, async () => {
      const { formId, answers, expected } = good(name, withFiles);
      const browser = new Browser(app);
      const outcome = await goThrough(browser, formId, locale, answers);
      assert.equal(outcome.kind, 'sent');
      const session = await storage.readSession(browser.sessionId(formId)!);
      const record = await storage.bySubmissionId(session!.submissionId);
      assert.ok(record);
      assert.equal(record.reference, session!.reference);
      assert.deepEqual(record.answers, JSON.parse(JSON.stringify(expected.accepted)));
      assert.equal(record.locale, locale);
      const byField: Record<string, string[]> = {};
      for (const file of record.files) (byField[file.field] ??= []).push(file.name);
      assert.deepEqual(byField, expected.files ?? {});
      assert.ok(textOf(outcome.page.doc.all('main')[0]!).includes(record.reference));
    });
  }

  it('a wrong CSRF token writes nothing; six final POSTs at once store one submission', test, async () => {
    const { formId, answers } = good('service-feedback');
    const browser = new Browser(app);
    const before = await storage.count();
    let refusedChecked = false;
    const outcome = await goThrough(browser, formId, 'ru', answers, async (page: Page, step) => {
      if (!refusedChecked) {
        refusedChecked = true;
        const session = await storage.readSession(browser.sessionId(formId)!);
        const entries = formEntries(pageForm(page.doc), fromAnswers(answers), 'continue').map((e) => (e.name === '_csrf' ? { name: '_csrf', value: 'stale-token' } : e));
        const action = attr(pageForm(page.doc), 'action')!;
        const refused = await browser.request('POST', action, { payload: urlencoded(entries), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
        assert.equal(refused.statusCode, 403);
        assert.equal((await storage.readSession(browser.sessionId(formId)!))!.revision, session!.revision);
      }
      if (step !== 'check-answers') return;
      const pages = await Promise.all(Array.from({ length: 6 }, () => browser.submit(page, () => undefined, 'continue')));
      const references = new Set(pages.map((p) => /SF-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(textOf(p.doc.all('main')[0]!))?.[0]));
      assert.equal(references.size, 1);
      assert.ok([...references][0]);
      return pages[0];
    });
    assert.equal(outcome.kind, 'sent');
    assert.equal(await storage.count(), before + 1);
  });
});
