import type { PageData } from '../validation/page-structure.js';
import type { AnswerValue } from '../fields/field-base.js';
import type { FieldDefinition } from '../fields/field-registry.js';
import { fieldsInScope } from '../definition/field-at-path.js';

/** Validated answers split in two: the JSON answers, and the files apart, by field path. */
export interface SplitAnswers<F> {
  answers: Record<string, AnswerValue>;
  /** Keyed by field path: `proof`, or `members[1].proof` for a file field of a repeated item. */
  files: Record<string, F[]>;
}

/**
 * Splits validated data (validateFields, validateSubmission) into the JSON answers and the files:
 * a file field's value goes to `files` under the field's path, never into `answers` (no base64
 * in JSON). `takeFiles` says which of a file field's values are files (a browser's `File`s, the
 * parts a server received) and may refuse the others. The one place that does this, for the
 * browser and the server.
 */
export function splitFiles<F>(
  fields: readonly FieldDefinition[],
  data: PageData,
  takeFiles: (value: unknown[], path: string) => F[],
): SplitAnswers<F> {
  const files: Record<string, F[]> = {};
  const split = (scope: readonly FieldDefinition[], values: PageData, prefix: string): Record<string, AnswerValue> => {
    // A fieldset's fields and revealed fields (radios and checkboxes) are on the same level.
    const byName = new Map(fieldsInScope(scope).map((field) => [field.name, field]));
    const answers: Record<string, AnswerValue> = {};
    for (const [name, value] of Object.entries(values)) {
      const field = byName.get(name);
      const path = `${prefix}${name}`;
      if (field?.type === 'file') files[path] = takeFiles(value as unknown[], path);
      else if (field?.type === 'repeatable' && Array.isArray(value))
        answers[name] = (value as PageData[]).map((item, i) => split(field.fields, item, `${path}[${i}].`)) as AnswerValue;
      else answers[name] = value as AnswerValue;
    }
    return answers;
  };
  return { answers: split(fields, data, ''), files };
}
