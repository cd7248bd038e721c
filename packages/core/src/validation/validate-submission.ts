import type { FormDefinition } from '../definition/definition-schema.js';
import { applicablePages, validateFields, type Answers, type PageData } from './page-structure.js';
import type { FieldError } from './error-codes.js';
import type { ValidationOptions } from './validate-field.js';

export interface SubmissionValidationOptions extends ValidationOptions {
  /**
   * Refuse answers the form did not ask for: `unknown_field` for a name the form does not have,
   * `not_applicable` for a field hidden by a condition or on a skipped page. A server receiving
   * a request sets it; the browser, whose answers keep what hidden fields held, does not.
   */
  strict?: boolean;
}

export type SubmissionValidation = { ok: true; data: PageData } | { ok: false; errors: FieldError[] };

/**
 * Validates a whole submission as the client does, page by page: the same conditions decide
 * which pages and fields apply, the same codes come back. Runs in Node and in browsers; the
 * reference server calls it on every request.
 */
export function validateSubmission(definition: FormDefinition, answers: Answers, options: SubmissionValidationOptions = {}): SubmissionValidation {
  const allFields = definition.pages.flatMap((page) => page.fields);
  const pages = applicablePages(definition, answers, options);
  // One pass over the applicable pages' fields, so that strict mode knows every field asked.
  // Conditions read only what was asked: fields on skipped pages count as unanswered.
  const asked = pages.flatMap((page) => page.fields);
  const { data, errors } = validateFields(asked, answers, { ...options, scopeFields: asked });
  if (options.strict) {
    // Answers to fields on skipped pages are not applicable, not unknown.
    for (const error of errors) {
      if (error.code === 'unknown_field' && allFields.some((field) => field.name === error.field)) error.code = 'not_applicable';
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, data };
}
