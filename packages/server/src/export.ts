import { fieldsInScope, type FormDefinition } from '@service-forms/core';
import type { SubmissionRecord } from './storage/storage.js';

/**
 * A spreadsheet treats a cell that starts with one of these as a formula (`=cmd|' /C calc'!A0`,
 * `+`, `-`, `@`, and a leading tab or carriage return that some programs strip first).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: formula-like text gets a leading `'` so it shows as text; quoted when needed (RFC 4180). */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** An answer as one cell's text: lists joined with `; `, repeated items as JSON. */
function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join('; ');
  return JSON.stringify(value);
}

/** The names of a definition's fields in page order (through fieldsets and reveals), files left out. */
function answerColumns(definition: FormDefinition | undefined): string[] {
  const names: string[] = [];
  for (const page of definition?.pages ?? []) {
    for (const field of fieldsInScope(page.fields)) if (field.type !== 'file' && !names.includes(field.name)) names.push(field.name);
  }
  return names;
}

const FIXED = ['reference', 'submissionId', 'formVersion', 'locale', 'createdAt', 'receivedAt', 'status'] as const;

/**
 * A form's submissions as CSV: UTF-8 with a byte-order mark (so spreadsheet programs read Kazakh
 * and Russian text right), CRLF line ends, one column per answer in the newest definition's
 * order (then any other answered name), and a `files` column describing the stored files.
 * Text is kept as stored, except that formula-like cells are neutralised.
 */
export function toCsv(records: readonly SubmissionRecord[], definition: FormDefinition | undefined): string {
  const columns = answerColumns(definition);
  for (const record of records) for (const name of Object.keys(record.answers)) if (!columns.includes(name)) columns.push(name);
  const header = [...FIXED, ...columns, 'files'];
  const lines = [header.map(csvCell).join(',')];
  for (const record of records) {
    const files = record.files.map((file) => `${file.field}: ${file.name} (${file.type}, ${file.size} bytes, sha256 ${file.sha256})`).join('; ');
    const cells = [...FIXED.map((key) => String(record[key])), ...columns.map((name) => cellText(record.answers[name])), files];
    lines.push(cells.map(csvCell).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** A form's submissions as JSON: answers exactly as stored, files described (not their bytes). */
export function toJsonExport(formId: string, records: readonly SubmissionRecord[], exportedAt: string) {
  return {
    formId,
    exportedAt,
    submissions: records.map(({ fingerprint: _fingerprint, ...record }) => record),
  };
}
