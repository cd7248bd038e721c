import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@service-forms/elements';
import { errorMessage, FormControl, splitFiles, type SfErrorSummary, type SfForm, type SummaryItem } from '@service-forms/elements';
import { MemoryAdapter, MemoryDraftStore } from '@service-forms/adapters';
import {
  applicablePages,
  fieldAtPath,
  localize,
  parseDefinition,
  validateSubmission,
  type Answers,
  type ErrorCode,
  type FormDefinition,
  type PageData,
  type SubmissionEnvelope,
} from '@service-forms/core';
import { FORMS } from './agreement-cases.js';

/**
 * The client (`sf-form`) and the server (core's `validateSubmission`) agree on every example
 * form, for good and bad answer sets:
 * - bad answers: the page where `sf-form` stops, and the fields and codes of its error summary,
 *   are the first failing page of `validateSubmission` and that page's errors;
 * - good answers (and answers with a hidden field's leftover value): the envelope `sf-form`
 *   submits holds exactly `validateSubmission`'s accepted value, and a strict server
 *   (`{ strict: true }`) accepts that envelope as it is, while it refuses the raw leftover.
 * Each outcome is also written down by hand, so that the two sides cannot agree on a mistake.
 *
 * The answers reach `sf-form` as a restored draft (a `MemoryDraftStore`), then Continue is
 * pressed page by page. The summary's codes are read two ways and must match: the control's
 * `validationError.code`, and the summary text mapped back through the message catalogue
 * (`errorMessage`); a repeatable list has only the second.
 */

// ---------------------------------------------------------------------------------------------
// The client's side

type Outcome =
  | { kind: 'submitted'; envelope: SubmissionEnvelope }
  | { kind: 'errors'; step: string; atSend: boolean; errors: [string, ErrorCode][]; messages: string[] };

const allFields = (definition: FormDefinition) => definition.pages.flatMap((page) => page.fields);

/** The codes whose message (in English, with the field's own messages) is `message`. */
function codesForMessage(definition: FormDefinition, path: string, message: string): ErrorCode[] {
  const field = fieldAtPath(allFields(definition), path);
  if (!field) return [];
  const own = (field as { messages?: Record<string, Record<string, string>> }).messages ?? {};
  const messages = Object.fromEntries(Object.entries(own).map(([code, text]) => [code, localize(text, 'en')]));
  const bounds = field as { min?: number; max?: number; minLength?: number; maxLength?: number; maxWords?: number };
  const params = { min: bounds.min ?? bounds.minLength ?? 0, max: bounds.max ?? bounds.maxLength ?? bounds.maxWords ?? 0 };
  const candidates: ErrorCode[] = [
    'required', 'too_short', 'too_long', 'too_many_words', 'not_a_number', 'not_whole_number', 'below_minimum', 'above_maximum',
    'invalid_email', 'iin_format', 'iin_checksum', 'bin_format', 'bin_checksum', 'phone_format', 'postal_code_format', 'iban_format',
    'iban_checksum', 'person_name_characters', 'invalid_option', 'invalid_type', 'invalid_date', 'date_in_future', 'date_in_past',
    'too_few_items', 'too_many_items', 'too_few_selected', 'too_many_selected', 'unknown_field', 'not_applicable',
  ];
  const context = { label: localize(field.label, 'en'), type: field.type, messages };
  const money = field.type === 'money' && bounds.min === undefined ? { min: 0 } : {};
  const found = candidates.filter((code) => errorMessage({ code, params: { ...params, ...money } }, context) === message);
  // "must include a day and month": the missing parts are a parameter of the message.
  const missing = [['day'], ['month'], ['year'], ['day', 'month'], ['day', 'year'], ['month', 'year']];
  if (field.type === 'date' && missing.some((list) => errorMessage({ code: 'date_incomplete', params: { missing: list } }, context) === message)) found.push('date_incomplete');
  return found;
}

async function runClient(json: unknown, definition: FormDefinition, answers: Answers): Promise<Outcome> {
  const store = new MemoryDraftStore();
  await store.save(definition.id, definition.version, answers, { files: true });
  const adapter = new MemoryAdapter();
  const form = await fixture<SfForm>(html`<sf-form no-history .definition=${json} .adapter=${adapter} .draftStore=${store}></sf-form>`);
  const root = form.shadowRoot!;
  await waitUntil(() => root.querySelector('h2[data-page-heading]'), 'the first page shows');
  // Where the client starts, read from its heading (then from its sf-page-change events).
  const firstHeading = root.querySelector('h2[data-page-heading]')!.textContent;
  let step = definition.pages.find((page) => localize(page.title, 'en') === firstHeading)?.id ?? `(heading "${firstHeading}")`;
  let changes = 0;
  form.addEventListener('sf-page-change', (event) => {
    step = event.step;
    changes++;
  });
  const summary = () => root.querySelector<SfErrorSummary>('sf-error-summary');
  for (let presses = 0; presses < definition.pages.length + 2; presses++) {
    const before = changes;
    const atSend = step === 'check-answers';
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(
      () => root.querySelector('.confirmation') || summary() || (!atSend && changes > before),
      `Continue on "${step}" leads somewhere`,
    );
    if (root.querySelector('.confirmation')) {
      expect(adapter.submissions.length).to.equal(1);
      return { kind: 'submitted', envelope: adapter.submissions[0]! };
    }
    const shown = summary();
    if (shown) {
      await shown.updateComplete;
      const items: SummaryItem[] = shown.items;
      const errors = items.map((item): [string, ErrorCode] => {
        const target = item.target as (HTMLElement & { name: string }) | undefined;
        const path = target?.name ?? '(no control)';
        const fromCatalogue = codesForMessage(definition, path, item.message);
        if (target instanceof FormControl) {
          // The control's own code, and the summary text maps back to it.
          const own = target.validationError?.code;
          expect(fromCatalogue, `"${item.message}" of ${path} maps back to ${own}`).to.include(own);
          return [path, own!];
        }
        expect(fromCatalogue, `"${item.message}" of ${path} maps to one code`).to.have.length(1);
        return [path, fromCatalogue[0]!];
      });
      return { kind: 'errors', step, atSend, errors, messages: items.map((item) => item.message) };
    }
  }
  throw new Error('sf-form neither submitted nor showed an error');
}

// ---------------------------------------------------------------------------------------------
// The server's side, and the comparison

const pairs = (errors: { field: string; code: ErrorCode }[]): [string, ErrorCode][] => errors.map((error) => [error.field, error.code]);
const sorted = (list: [string, ErrorCode][]) => [...list].sort((a, b) => a.join().localeCompare(b.join()));
const dropUndefined = (value: Record<string, unknown>) => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
const fileNames = (files: Record<string, File[]>) => Object.fromEntries(Object.entries(files).map(([path, list]) => [path, list.map((f) => f.name)]));

/** What a server receives: the JSON answers, with the files put back where their paths say. */
function received(envelope: SubmissionEnvelope): Answers {
  const answers = structuredClone(envelope.answers) as Answers;
  for (const [path, files] of Object.entries(envelope.files)) {
    const match = /^(\w+)\[(\d+)\]\.(\w+)$/.exec(path);
    if (match) ((answers[match[1]!] as Answers[])[Number(match[2])]![match[3]!] = files);
    else answers[path] = files;
  }
  return answers;
}

describe('client and server agree on every example form', function () {
  this.timeout(20000);
  for (const [name, cases] of FORMS) {
    describe(name, () => {
      let json: unknown;
      let definition: FormDefinition;
      before(async () => {
        json = await (await fetch(`/examples/forms/${name}.json`)).json();
        const parsed = parseDefinition(json);
        if (!parsed.ok) throw new Error(`${name} is not a valid definition`);
        definition = parsed.definition;
      });

      for (const { name: caseName, answers, expected, bug } of cases) {
        // A known disagreement is shown, skipped, and reported (see `bug`).
        (bug ? it.skip : it)(bug ? `${caseName} [SDK bug: ${bug}]` : caseName, async () => {
          const server = validateSubmission(definition, answers);
          const strict = validateSubmission(definition, answers, { strict: true });
          const client = await runClient(json, definition, answers);

          if ('accepted' in expected) {
            // Core accepts, with the normalized answers written down here.
            expect(server.ok, JSON.stringify(server)).to.equal(true);
            const data = (server as { data: PageData }).data;
            const split = splitFiles({ id: 'all', title: definition.title, fields: allFields(definition) }, data);
            expect(split.answers).to.deep.equal(dropUndefined(expected.accepted));
            expect(fileNames(split.files)).to.deep.equal(expected.files ?? {});
            // The client submits exactly that.
            expect(client.kind, JSON.stringify(client)).to.equal('submitted');
            const { envelope } = client as { envelope: SubmissionEnvelope };
            expect(envelope.answers).to.deep.equal(split.answers);
            expect(fileNames(envelope.files)).to.deep.equal(fileNames(split.files));
            // A strict server accepts the envelope as it is, and refuses the leftovers sent raw.
            const onServer = validateSubmission(definition, received(envelope), { strict: true });
            expect(onServer.ok, JSON.stringify(onServer)).to.equal(true);
            expect(splitFiles({ id: 'all', title: definition.title, fields: allFields(definition) }, (onServer as { data: PageData }).data).answers).to.deep.equal(envelope.answers);
            expect(strict.ok ? [] : sorted(pairs(strict.errors))).to.deep.equal(sorted(expected.strictRefuses ?? []));
            return;
          }

          // Core refuses: the first failing page and its errors, as written down here.
          expect(server.ok).to.equal(false);
          const errors = (server as { errors: { field: string; code: ErrorCode }[] }).errors;
          const pages = applicablePages(definition, answers);
          const failing = pages.find((page) => errors.some((error) => fieldAtPath(page.fields, error.field)))!;
          const onPage = pairs(errors.filter((error) => fieldAtPath(failing.fields, error.field)));
          expect(failing.id).to.equal(expected.page);
          expect(onPage).to.deep.equal(expected.errors);
          // The client stops on that page, before check answers, with the same fields and codes.
          expect(client.kind, JSON.stringify(client)).to.equal('errors');
          const shown = client as Extract<Outcome, { kind: 'errors' }>;
          expect(shown.step).to.equal(failing.id);
          expect(shown.atSend, 'the page itself fails, not the final check').to.equal(false);
          expect(shown.errors).to.deep.equal(onPage);
          // A strict server refuses at least the same (plus any leftovers as not_applicable).
          expect(strict.ok).to.equal(false);
          const strictPairs = pairs((strict as { errors: { field: string; code: ErrorCode }[] }).errors);
          for (const pair of onPage) expect(strictPairs).to.deep.include(pair);
        });
      }
    });
  }
});
