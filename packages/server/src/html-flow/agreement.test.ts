import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { errorSentence, fieldAtPath, getAnswer, localize, type Answers, type ErrorCode, type FieldError, type FormDefinition } from '@service-forms/core';
import type { FastifyInstance } from 'fastify';
import { FORMS, type Case } from '../../../../test/journeys/agreement-cases.js';
import { DefinitionStore } from '../definitions.js';
import type { Storage } from '../storage/storage.js';
import { Browser, EXAMPLE_FORMS_DIR, errorSummary, exampleFormId, flowServer, goThrough } from '../testing/html-flow.js';

// The 52 answer sets of the client/server agreement (test/journeys/agreement-cases.ts) typed into
// the HTML flow: where the elements stop, the flow stops on the same page with the same codes
// (read from the session row), its error summary says each in core's catalogue words
// (errorSentence, in the page's language), and the JSON API (POST /api/submissions) refuses the
// same answers with those codes; a good set is stored exactly as the agreement expects, and the
// JSON API takes it too (or refuses only what its strict check refuses).

const LOCALES = ['en', 'kk', 'ru'];

/**
 * The sets a form cannot send as they are, and what the person would type instead: a browser
 * posts a date as its three boxes, and a checkbox as ticked or not.
 */
const AS_TYPED: Record<string, { why: string; expected?: (good: Record<string, unknown>) => Case['expected'] }> = {
  'a date kept as ISO text (as envelope.answers and core accept it)': { why: 'the date is typed in its three boxes: 15, 1, 1990' },
  'a consent kept as the text "true"': {
    why: 'a checkbox is sent ticked or not: "true" is a ticked box, so the set is the first good one',
    expected: (good) => ({ accepted: good }),
  },
  'bad: 11 places of education (at most 10)': {
    why: 'the page offers no Add past the maximum (and a forged one does nothing): the 10 places are sent',
    expected: (good) => ({ accepted: { ...good, education: Array.from({ length: 10 }, () => ({ level: 'bachelor', institution: 'KazNU', graduationYear: 2010 })) } }),
  },
};

/** As the agreement compares: keys holding undefined are no keys (JSON has none). */
const dropUndefined = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Values for the page's controls from answers: a date kept as ISO text fills its boxes. */
const typing =
  (answers: Answers) =>
  (name: string): unknown => {
    const part = /^(.*)\.(day|month|year)$/.exec(name);
    if (part) {
      const whole = getAnswer(answers, part[1]!);
      if (typeof whole === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(whole)) {
        const [year, month, day] = whole.split('-');
        return { day: String(Number(day)), month: String(Number(month)), year }[part[2] as 'day'];
      }
    }
    const value = getAnswer(answers, name);
    return value === 'true' ? true : value;
  };

/** Answers without their files, and the files by path (`children[0].studyProof`). */
function splitOutFiles(answers: Answers): { answers: Answers; files: { path: string; file: File }[] } {
  const files: { path: string; file: File }[] = [];
  const walk = (value: unknown, path: string): unknown => {
    if (Array.isArray(value) && value.length > 0 && value.every((v) => v instanceof File)) {
      for (const file of value as File[]) files.push({ path, file });
      return undefined;
    }
    if (Array.isArray(value)) return value.map((item, i) => walk(item, `${path}[${i}]`));
    if (value && typeof value === 'object' && !(value instanceof File)) {
      return Object.fromEntries(Object.entries(value).flatMap(([key, inner]) => {
        const kept = walk(inner, path ? `${path}.${key}` : key);
        return kept === undefined ? [] : [[key, kept]];
      }));
    }
    return value;
  };
  return { answers: walk(answers, '') as Answers, files };
}

let app: FastifyInstance;
let storage: Storage;
let definitions: DefinitionStore;

before(async () => {
  ({ app, storage } = await flowServer());
  definitions = await DefinitionStore.load(EXAMPLE_FORMS_DIR);
});
after(async () => {
  await app.close();
});

/** The JSON API's answer to the same answers (files as multipart parts). */
async function jsonApi(formId: string, locale: string, raw: Answers): Promise<{ status: number; errors: FieldError[] }> {
  const { answers, files } = splitOutFiles(raw);
  const envelope = { submissionId: randomUUID(), formId, formVersion: '1.0.0', locale, answers, createdAt: new Date().toISOString() };
  let payload: string | Buffer = JSON.stringify(envelope);
  let contentType = 'application/json';
  if (files.length > 0) {
    const form = new FormData();
    form.append('envelope', payload);
    for (const { path, file } of files) form.append(`files.${path}`, file, file.name);
    const request = new Request('http://localhost/', { method: 'POST', body: form });
    payload = Buffer.from(await request.arrayBuffer());
    contentType = request.headers.get('content-type')!;
  }
  const response = await app.inject({ method: 'POST', url: '/api/submissions', headers: { 'content-type': contentType }, payload });
  return { status: response.statusCode, errors: response.statusCode === 422 ? (response.json() as { errors: FieldError[] }).errors : [] };
}

/** An error as the page must say it: core's catalogue sentence with the field's label, type and own messages. */
function sentence(definition: FormDefinition, error: FieldError, locale: string): string {
  const field = fieldAtPath(definition.pages.flatMap((page) => page.fields), error.field)!;
  const messages: Partial<Record<ErrorCode, string>> = {};
  for (const [code, text] of Object.entries(field.messages ?? {})) messages[code as ErrorCode] = localize(text, locale);
  return errorSentence(error, { label: localize(field.label, locale), type: field.type, messages }, locale);
}

const pairs = (errors: readonly { field: string; code: string }[]) => errors.map((e) => `${e.field} ${e.code}`).sort();

let count = 0;
describe('the client/server agreement, through the HTML flow', () => {
  for (const [name, cases] of FORMS) {
    const formId = exampleFormId(name);
    for (const c of cases) {
      const locale = LOCALES[count++ % LOCALES.length]!;
      it(`${name}: ${c.name} (${locale})`, { timeout: 60_000 }, async () => {
        const definition = definitions.get(formId)!.definition;
        const typed = AS_TYPED[c.name];
        const good = cases.find((k) => 'accepted' in k.expected)!.expected as { accepted: Record<string, unknown> };
        const expected = typed?.expected?.(good.accepted) ?? c.expected;
        const browser = new Browser(app);
        const outcome = await goThrough(browser, formId, locale, c.answers, undefined, typing(c.answers));
        const session = await storage.readSession(browser.sessionId(formId)!);
        assert.ok(session, 'the session row');
        const api = await jsonApi(formId, locale, c.answers);

        if ('accepted' in expected) {
          assert.equal(outcome.kind, 'sent', outcome.kind === 'errors' ? `stopped at ${outcome.step}: ${JSON.stringify(session.state.errors)}` : '');
          const record = await storage.bySubmissionId(session.submissionId);
          assert.ok(record, 'stored');
          assert.equal(record.reference, session.reference);
          assert.deepEqual(record.answers, dropUndefined(expected.accepted));
          const byField: Record<string, string[]> = {};
          for (const file of record.files) (byField[file.field] ??= []).push(file.name);
          assert.deepEqual(byField, expected.files ?? {});
          // The JSON API: the same answers accepted, or refused only for the leftovers its strict check refuses.
          if (typed) return;
          if (expected.strictRefuses) assert.deepEqual(pairs(api.errors), expected.strictRefuses.map(([f, code]) => `${f} ${code}`).sort(), 'JSON API');
          else assert.equal(api.status, 201, `JSON API: ${JSON.stringify(api.errors)}`);
          return;
        }

        assert.equal(outcome.kind, 'errors', 'the flow stops with errors');
        if (outcome.kind !== 'errors') return;
        assert.equal(outcome.step, expected.page, 'on the page the elements stop on');
        const errors = Object.values(session.state.errors);
        assert.deepEqual(pairs(errors), expected.errors.map(([f, code]) => `${f} ${code}`).sort(), 'the codes');
        // The JSON API refuses the same answers with the same codes (and, being strict and whole, maybe more).
        assert.equal(api.status, 422);
        const apiPairs = new Set(pairs(api.errors));
        for (const pair of pairs(errors)) assert.ok(apiPairs.has(pair), `JSON API says ${pair} too: ${[...apiPairs].join(', ')}`);
        // The summary says each in the catalogue's words, in the page's language, in page order.
        const summary = errorSummary(outcome.page.doc)!;
        assert.deepEqual(
          summary.map((item) => item.text),
          errors.map((error) => sentence(definition, api.errors.find((e) => e.field === error.field && e.code === error.code) ?? error, locale).replace(/\s+/g, ' ').trim()),
        );
        assert.ok(!storage || (await storage.bySubmissionId(session.submissionId)) === undefined, 'nothing stored');
      });
    }
  }
});
