import { fieldsInScope, type AnswerValue, type FieldDefinition, type PageData, type PageDefinition } from '@service-forms/core';

/** What a submission carries: JSON answers, and files apart (the adapter sends them as multipart). */
export interface SplitAnswers {
  answers: Record<string, AnswerValue>;
  /** Keyed by field path: `proof`, or `members[1].proof` for a file field of a repeated item. */
  files: Record<string, File[]>;
}

function split(fields: readonly FieldDefinition[], data: PageData, prefix: string, files: Record<string, File[]>): Record<string, AnswerValue> {
  // A fieldset's fields and revealed fields (radios and checkboxes) are on the same level.
  const byName = new Map(fieldsInScope(fields).map((field) => [field.name, field]));
  const answers: Record<string, AnswerValue> = {};
  for (const [name, value] of Object.entries(data)) {
    const field = byName.get(name);
    if (field?.type === 'file') {
      // Only real File objects leave the browser; never their contents inside the JSON.
      files[`${prefix}${name}`] = (value as unknown[]).filter((file): file is File => file instanceof File);
    } else if (field?.type === 'repeatable' && Array.isArray(value)) {
      answers[name] = (value as PageData[]).map((item, i) => split(field.fields, item, `${prefix}${name}[${i}].`, files));
    } else {
      // Every other field's value is an answer (validateFields normalized it).
      answers[name] = value as AnswerValue;
    }
  }
  return answers;
}

/**
 * Splits a page's validated data into the JSON answers and the chosen files: a file field's
 * value is its `File` objects, which go to `envelope.files` under the field's path and never into
 * `envelope.answers` (no base64 in JSON).
 */
export function splitFiles(page: PageDefinition, data: PageData): SplitAnswers {
  const files: Record<string, File[]> = {};
  const answers = split(page.fields, data, '', files);
  return { answers, files };
}
