import { msg } from '@lit/localize';
import { createSubmissionId, splitFiles, type FieldError, type FormDefinition, type PageData, type SubmissionEnvelope, type SubmissionError } from '@service-forms/core';
import type { SummaryItem } from '../error-summary/error-summary.js';
import { chosenFiles } from './split-files.js';

/**
 * The envelope a valid application travels in: a new submission id (the adapter's idempotency
 * key; a served page's session id when sf-form took one over, issue 15), the form and its
 * version, the language, the answers and the chosen files. File fields' values are File
 * objects: they travel in `files`, never in the JSON answers.
 */
export function envelopeFor(form: FormDefinition, data: PageData, locale: string, submissionId = createSubmissionId()): SubmissionEnvelope {
  const { answers, files } = splitFiles(
    form.pages.flatMap((page) => page.fields),
    data,
    chosenFiles,
  );
  return { submissionId, formId: form.id, formVersion: form.version, locale, answers, files, createdAt: new Date().toISOString() };
}

/**
 * The error summary's items for an application the adapter refused: a server's field errors
 * (`item` words each and finds its control, which shows it too: sf-form renders its
 * `refusals`), else that nothing was sent and the answers are kept.
 */
export function refusalItems(error: SubmissionError, item: (error: FieldError) => SummaryItem): SummaryItem[] {
  if (error.kind === 'field-errors') return error.errors.map(item);
  return [{ message: msg('Your application was not sent. Your answers are kept: try again in a few minutes.') }];
}
