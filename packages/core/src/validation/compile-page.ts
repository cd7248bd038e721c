import * as z from 'zod/mini';
import type { PageDefinition } from '../definition/definition-schema.js';
import type { AnswerValue } from '../fields/field-base.js';
import type { FieldError } from './error-codes.js';
import { validateField, type ValidationOptions } from './validate-field.js';

/** Answers to a page, keyed by field name, as they come from the controls or a request. */
export type Answers = Record<string, unknown>;

/** The normalized answers of a page: only answered fields. */
export type PageData = Record<string, AnswerValue>;

export type PageResult = { ok: true; data: PageData } | { ok: false; errors: FieldError[] };

/**
 * Compiles a page of fields into a zod schema over its answers. Each field's issue carries
 * core's error (a code and its parameters) in `params`; its output is the normalized value.
 * Keys the page does not define are dropped.
 */
export function compilePage(page: PageDefinition, options: ValidationOptions = {}) {
  const shape: Record<string, z.ZodMiniType<AnswerValue | undefined, unknown>> = {};
  for (const field of page.fields) {
    shape[field.name] = z.pipe(
      z.unknown(),
      z.transform((answer, ctx) => {
        const result = validateField(field, answer, options);
        if (result.ok) return result.value;
        ctx.issues.push({ code: 'custom', message: result.error.code, params: { ...result.error }, input: answer });
        return z.NEVER;
      }),
    );
  }
  return z.object(shape);
}

/** Validates a page's answers: normalized data, or every field's error in page order. */
export function validatePage(page: PageDefinition, answers: Answers, options: ValidationOptions = {}): PageResult {
  const parsed = compilePage(page, options).safeParse(answers);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((issue) => (issue as unknown as { params: FieldError }).params) };
  }
  const data: PageData = {};
  for (const [name, value] of Object.entries(parsed.data)) if (value !== undefined) data[name] = value;
  return { ok: true, data };
}
