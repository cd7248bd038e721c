import { createHash } from 'node:crypto';
import { formatAnswerPath, getAnswer, parseAnswerPath, splitFiles, validateSubmission, type FieldError, type FormDefinition } from '@service-forms/core';
import { ReceivedFile } from './files.js';
import type { NewFile } from './storage/storage.js';

/** A refusal the client cannot fix by changing answers: the status and a message for developers. */
export class RequestProblem extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'RequestProblem';
  }
}

/** The envelope as it arrives (JSON, without files): checked before anything else. */
export interface ReceivedEnvelope {
  submissionId: string;
  formId: string;
  formVersion: string;
  locale: string;
  answers: Record<string, unknown>;
  createdAt: string;
}

const ENVELOPE_KEYS = new Set(['submissionId', 'formId', 'formVersion', 'locale', 'answers', 'createdAt']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * How deep answers may nest (objects and arrays; the answers object is level 1). A real form needs
 * about 4 (a repeated item's file list); deeper is refused before anything walks the answers
 * recursively (hashing, validation), so no body can exhaust the stack.
 */
export const MAX_ANSWER_DEPTH = 32;

/** Whether `value` has objects or arrays nested more than `max` levels deep. Iterative: no recursion. */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (typeof item !== 'object' || item === null) continue;
    if (depth > max) return true;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * Checks the envelope's shape: exactly the keys a client sends, each of the right type, the
 * submission id a UUID equal to the `Idempotency-Key` header when that is sent.
 */
export function readEnvelope(value: unknown, idempotencyKey: string | undefined): ReceivedEnvelope {
  const bad = (message: string) => new RequestProblem(400, 'bad_envelope', message);
  if (!isRecord(value)) throw bad('The body must be a JSON object: the submission envelope');
  const unknown = Object.keys(value).filter((key) => !ENVELOPE_KEYS.has(key));
  if (unknown.length > 0) throw bad(`The envelope has ${unknown.length === 1 ? 'a key' : `${unknown.length} keys`} it should not have: it holds exactly ${[...ENVELOPE_KEYS].join(', ')}`);
  const { submissionId, formId, formVersion, locale, answers, createdAt } = value;
  if (typeof submissionId !== 'string' || !UUID.test(submissionId)) throw bad('submissionId must be a UUID');
  if (idempotencyKey !== undefined && idempotencyKey !== submissionId) throw bad('The Idempotency-Key header must equal the envelope\'s submissionId');
  if (typeof formId !== 'string' || formId === '' || formId.length > 100) throw bad('formId must be a form id');
  if (typeof formVersion !== 'string' || !/^\d+\.\d+\.\d+$/.test(formVersion)) throw bad('formVersion must be a version like 1.0.0');
  if (typeof locale !== 'string' || !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(locale)) throw bad('locale must be a language tag like kk');
  if (!isRecord(answers)) throw bad('answers must be an object keyed by field name');
  if (nestsDeeperThan(answers, MAX_ANSWER_DEPTH)) throw bad(`answers nest deeper than ${MAX_ANSWER_DEPTH} levels`);
  if (typeof createdAt !== 'string' || createdAt.length > 40 || Number.isNaN(Date.parse(createdAt))) throw bad('createdAt must be an ISO 8601 date and time');
  return { submissionId, formId, formVersion, locale, answers, createdAt };
}

/**
 * Puts received files into the answers at their paths (`proof`, `members[1].proof`), where core
 * validates them like the browser does. A path that names no place in the answers, or a place
 * that already holds an answer, is an error on that path.
 */
export function placeFiles(answers: Record<string, unknown>, files: readonly ReceivedFile[]): FieldError[] {
  const errors: FieldError[] = [];
  const placed = new Map<Record<string, unknown>, Map<string, ReceivedFile[]>>();
  for (const file of files) {
    // filePartPath let in only field paths: `proof`, `members[1].proof`.
    const keys = parseAnswerPath(file.path)!;
    const name = keys.pop() as string;
    const item = keys.length === 0 ? answers : getAnswer(answers, formatAnswerPath(keys));
    const target = isRecord(item) ? item : undefined;
    if (!target || (Object.hasOwn(target, name) && !placed.get(target)?.has(name))) {
      if (!errors.some((error) => error.field === file.path)) errors.push({ field: file.path, code: 'unknown_field', params: {} });
      continue;
    }
    const byName = placed.get(target) ?? new Map<string, ReceivedFile[]>();
    placed.set(target, byName);
    byName.set(name, [...(byName.get(name) ?? []), file]);
  }
  for (const [target, byName] of placed) for (const [name, list] of byName) target[name] = list;
  return errors;
}

export type Checked = { ok: true; answers: Record<string, unknown>; files: NewFile[] } | { ok: false; errors: FieldError[] };

/**
 * Validates answers (files placed in them) with core in strict mode against the definition the
 * envelope names: unknown fields, answers to hidden fields and wrong types are refused with
 * core's codes. Returns the normalized answers to store and the files.
 */
export function checkAnswers(definition: FormDefinition, answers: Record<string, unknown>, today?: string): Checked {
  const result = validateSubmission(definition, answers, today ? { strict: true, today } : { strict: true });
  if (!result.ok) return result;
  // A file field's value must be files this request carried: a JSON answer that merely looks
  // like a file (`{ name, size, type }`) is refused.
  const errors: FieldError[] = [];
  const split = splitFiles(definition.pages.flatMap((page) => page.fields), result.data, (list, field) => {
    if (list.every((file) => file instanceof ReceivedFile)) return list;
    errors.push({ field, code: 'invalid_type', params: { expected: 'files' } });
    return [];
  });
  if (errors.length > 0) return { ok: false, errors };
  const files = Object.entries(split.files).flatMap(([field, list]) =>
    list.map((file): NewFile => ({ field, name: file.name, type: file.type, size: file.size, sha256: file.sha256, content: file.content })),
  );
  return { ok: true, answers: split.answers, files };
}

/** JSON with keys sorted at every level, for hashing. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isRecord(value)) return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`).join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

/**
 * A hash of what was submitted: the envelope as received and each file's path, name, type and
 * content hash. A repeat of a submission has the same; another submission reusing its id does not.
 */
export function fingerprint(envelope: ReceivedEnvelope, files: readonly ReceivedFile[]): string {
  const text = canonical({ envelope, files: files.map((file) => [file.path, file.name, file.type, file.sha256]) });
  return createHash('sha256').update(text).digest('hex');
}
