import * as z from 'zod/mini';
import type { PageDefinition } from '../definition/definition-schema.js';
import type { FieldValue } from '../fields/field-base.js';
import type { FieldDefinition } from '../fields/field-registry.js';
import { readItems } from '../fields/repeatable-field.js';
import type { FieldError } from './error-codes.js';
import { validateField, type ValidationOptions } from './validate-field.js';

/** Answers keyed by field name, as they come from the controls or a request. */
export type Answers = Record<string, unknown>;

/**
 * The normalized answers of a page: only answered, applicable fields. Wider than the submitted
 * answers: a file field's value is its files (sent apart, as multipart parts) and a repeatable's
 * items may hold them too; `sf-form` splits them out (form/split-files.ts).
 */
export type PageData = { [name: string]: FieldValue | PageData[] };

export type PageResult = { ok: true; data: PageData } | { ok: false; errors: FieldError[] };

/**
 * The fields that apply given the answers, in page order: a fieldset's fields, and the fields
 * revealed by the chosen options of radios and checkboxes. Hidden revealed fields are left out: they are
 * neither validated nor submitted (their typed values stay in the controls, unsent).
 */
export function applicableFields(fields: readonly FieldDefinition[], answers: Answers): FieldDefinition[] {
  const out: FieldDefinition[] = [];
  for (const field of fields) {
    if (field.type === 'fieldset') {
      out.push(...applicableFields(field.fields, answers));
      continue;
    }
    out.push(field);
    if (field.type === 'radios' || field.type === 'checkboxes') {
      const answer = answers[field.name];
      const chosen = (value: string) => (Array.isArray(answer) ? answer.includes(value) : answer === value);
      for (const option of field.options) if (option.reveals && chosen(option.value)) out.push(...applicableFields(option.reveals, answers));
    }
  }
  return out;
}

/**
 * Validates fields against answers. Errors name the field by its path (`members[1].iin` for a
 * field of a repeated item) and come in page order; the data holds normalized answers only.
 */
export function validateFields(
  fields: readonly FieldDefinition[],
  answers: Answers,
  options: ValidationOptions = {},
  prefix = '',
): { data: PageData; errors: FieldError[] } {
  const data: PageData = {};
  const errors: FieldError[] = [];
  for (const field of applicableFields(fields, answers)) {
    const path = `${prefix}${field.name}`;
    const result = validateField(field, answers[field.name], options);
    if (!result.ok) {
      errors.push({ ...result.error, field: path });
      continue;
    }
    if (field.type === 'repeatable') {
      const items: PageData[] = [];
      (readItems(answers[field.name]) ?? []).forEach((item, i) => {
        const inner = validateFields(field.fields, item, options, `${path}[${i}].`);
        errors.push(...inner.errors);
        items.push(inner.data);
      });
      if (items.length > 0) data[field.name] = items;
    } else if (result.value !== undefined) {
      data[field.name] = result.value;
    }
  }
  return { data, errors };
}

/**
 * Compiles a page into a zod schema over its answers: it applies the page's structure (which
 * fields apply, repeated items), reports each error as an issue at the field's path with core's
 * error (code and parameters) in `params`, and outputs the normalized answers. Keys the page does
 * not define are dropped.
 */
export function compilePage(page: PageDefinition, options: ValidationOptions = {}) {
  return z.pipe(
    z.record(z.string(), z.unknown()),
    z.transform((answers, ctx) => {
      const { data, errors } = validateFields(page.fields, answers, options);
      for (const error of errors) {
        ctx.issues.push({ code: 'custom', message: error.code, params: { ...error }, path: error.field.split(/[.[\]]+/).filter(Boolean).map((k) => (/^\d+$/.test(k) ? Number(k) : k)), input: answers });
      }
      return errors.length > 0 ? z.NEVER : data;
    }),
  );
}

/** Validates a page's answers: normalized data, or every field's error in page order. */
export function validatePage(page: PageDefinition, answers: Answers, options: ValidationOptions = {}): PageResult {
  const parsed = compilePage(page, options).safeParse(answers);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((issue) => (issue as unknown as { params: FieldError }).params) };
  }
  return { ok: true, data: parsed.data };
}
