import { splitFiles as splitAnswers, type AnswerValue, type PageData, type PageDefinition } from '@service-forms/core';

/** What a submission carries: JSON answers, and files apart (the adapter sends them as multipart). */
export interface SplitAnswers {
  answers: Record<string, AnswerValue>;
  /** Keyed by field path: `proof`, or `members[1].proof` for a file field of a repeated item. */
  files: Record<string, File[]>;
}

/** Only real `File` objects leave the browser: never their contents inside the JSON. */
export const chosenFiles = (value: unknown[]): File[] => value.filter((file): file is File => file instanceof File);

/**
 * Splits a page's validated data into the JSON answers and the chosen files (core's
 * `splitFiles`): only real `File` objects leave the browser, in `envelope.files` under the
 * field's path, never inside the JSON answers.
 */
export function splitFiles(page: PageDefinition, data: PageData): SplitAnswers {
  return splitAnswers(page.fields, data, chosenFiles);
}
