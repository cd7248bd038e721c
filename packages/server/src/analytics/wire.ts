import * as z from 'zod';
import { CHECK_ANSWERS, FEEDBACK_COMMENT_MAX, fieldAtPath, parseAnswerPath, type ErrorCode, type FormDefinition } from '@service-forms/core';
import type { DefinitionStore, LoadedDefinition } from '../definitions.js';
import { FEEDBACK_GIVEN, RATINGS, type EventCount, type NewFeedback } from '../storage/storage.js';
import { RequestProblem } from '../submission.js';
import { maskPersonalData } from './mask.js';
import { eventWeek, isoWeek } from './week.js';

/** The wire format of docs/analytics.md: what a browser sends, checked here. */

export const EVENT_TYPES = ['page-reached', 'page-failed', 'submitted', 'abandoned'] as const;
/** Most events in one batch, and most bytes of a batch's body. */
export const MAX_EVENTS = 50;
export const MAX_EVENTS_BYTES = 16 * 1024;
/** Most error entries of one failed page. */
export const MAX_EVENT_ERRORS = 50;
/** Most bytes of a feedback body, and most characters (code points) of its comment. */
export const MAX_FEEDBACK_BYTES = 8 * 1024;
export const MAX_COMMENT = FEEDBACK_COMMENT_MAX;

/** Every code core returns (its ErrorCode type as a list; the `satisfies` and the check below keep them equal). */
export const ERROR_CODES = [
  'required', 'too_short', 'too_long', 'too_many_words', 'not_a_number', 'not_whole_number', 'below_minimum', 'above_maximum',
  'invalid_email', 'iin_format', 'iin_checksum', 'bin_format', 'bin_checksum', 'phone_format', 'postal_code_format', 'iban_format',
  'iban_checksum', 'person_name_characters', 'invalid_option', 'invalid_type', 'date_incomplete', 'invalid_date', 'date_in_future',
  'date_in_past', 'too_few_items', 'too_many_items', 'too_few_selected', 'too_many_selected', 'file_type', 'file_too_large',
  'too_many_files', 'file_empty', 'unknown_field', 'not_applicable',
] as const satisfies readonly ErrorCode[];
// A code core adds and this list misses fails the type check here.
const everyCode: Record<Exclude<ErrorCode, (typeof ERROR_CODES)[number]>, never> = {};
void everyCode;

/** A refusal that names where in the body the problem is (`events[3].step`). */
export class BodyProblem extends RequestProblem {
  constructor(
    statusCode: number,
    code: string,
    readonly path: string,
    message: string,
  ) {
    super(statusCode, code, message);
    this.name = 'BodyProblem';
  }
}

const NAME = /^[A-Za-z][A-Za-z0-9_-]*$/;
const name = z.string().max(100).regex(NAME, 'must be a name: a letter, then letters, digits, - and _');
const version = z.string().max(20).regex(/^\d+\.\d+\.\d+$/, 'must be a version like 1.0.0');
const locale = z.string().max(35).regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag like kk');
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const at = z
  .string()
  .max(40)
  .regex(DATE_TIME, 'must be an ISO 8601 date and time with an offset, like 2026-12-08T10:15:00+05:00')
  .refine((text) => Number.isFinite(Date.parse(text)), 'must be a real date and time');
const region = z.string().min(1).max(100);

const eventSchema = z
  .strictObject({
    type: z.enum(EVENT_TYPES),
    formId: name,
    formVersion: version,
    step: name,
    locale,
    attempt: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'must be 16 to 64 characters of A-Z, a-z, 0-9, _ and -'),
    at,
    errors: z.optional(z.array(z.strictObject({ field: z.string().min(1).max(200), code: z.enum(ERROR_CODES) })).min(1).max(MAX_EVENT_ERRORS)),
    region: z.optional(region),
  })
  .superRefine((event, ctx) => {
    if (event.type === 'page-failed' && !event.errors) ctx.addIssue({ code: 'custom', path: ['errors'], message: 'is required for a page-failed event' });
    if (event.type !== 'page-failed' && event.errors) ctx.addIssue({ code: 'custom', path: ['errors'], message: 'is only for a page-failed event' });
  });

export const batchSchema = z.strictObject({ events: z.array(eventSchema).min(1).max(MAX_EVENTS) });

export const feedbackSchema = z.strictObject({
  formId: name,
  formVersion: version,
  locale,
  given: z.enum(FEEDBACK_GIVEN),
  rating: z.enum(RATINGS),
  comment: z.optional(z.string()),
  region: z.optional(region),
});

export type ReceivedEvent = z.infer<typeof eventSchema>;

/** `events[3].step`, as a developer reads it. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out === '' ? String(key) : `.${String(key)}`;
  return out || '(body)';
}

/** An issue in words that never quote the request: not a value, not an unknown key's name. */
function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `is required (${issue.expected})` : `must be ${issue.expected === 'object' ? 'an object' : issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'unrecognized_keys':
      return `has ${issue.keys.length === 1 ? 'a key' : `${issue.keys.length} keys`} it should not have`;
    case 'too_small':
      return issue.origin === 'array' ? `must have at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}` : 'must not be empty';
    case 'too_big':
      return issue.origin === 'array' ? `must have at most ${String(issue.maximum)} items` : `must be at most ${String(issue.maximum)} characters`;
    case 'invalid_format':
    case 'custom':
      return issue.message;
    default:
      return 'is not valid';
  }
}

/** Parses with a schema, or refuses with `400 <code>` naming the path of the first problem. */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown, code: string): T {
  const parsed = schema.safeParse(body, { reportInput: true });
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const path = formatIssuePath(issue.path);
  throw new BodyProblem(400, code, path, `${path}: ${describeIssue(issue)}`);
}

/** What a form version allows in analytics: its steps, locales, region options; fields by path. */
interface FormFacts {
  definition: FormDefinition;
  steps: Set<string>;
  locales: Set<string>;
  regions: Set<string> | undefined;
  fields: Map<string, string | undefined>;
}

const factsOf = new WeakMap<LoadedDefinition, FormFacts>();

function facts(loaded: LoadedDefinition): FormFacts {
  let known = factsOf.get(loaded);
  if (!known) {
    const definition = loaded.definition;
    const fields = definition.pages.flatMap((page) => page.fields);
    const regionName = definition.analytics?.region;
    const regionField = regionName === undefined ? undefined : fieldAtPath(fields, regionName);
    known = {
      definition,
      steps: new Set([...definition.pages.map((page) => page.id), CHECK_ANSWERS]),
      locales: new Set(definition.locales),
      regions: regionField && 'options' in regionField ? new Set(regionField.options.map((option) => option.value)) : undefined,
      fields: new Map(),
    };
    factsOf.set(loaded, known);
  }
  return known;
}

/**
 * A field path as stored: item numbers taken out (`members[1].iin` → `members[].iin`), or
 * undefined when it names no field of the definition. Remembered per definition (at most 1000).
 */
function storedField(form: FormFacts, path: string): string | undefined {
  if (form.fields.has(path)) return form.fields.get(path);
  const keys = parseAnswerPath(path);
  const field = keys && fieldAtPath(form.definition.pages.flatMap((page) => page.fields), path);
  const stored = field && keys ? keys.map((key, i) => (typeof key === 'number' ? '[]' : i === 0 ? key : `.${key}`)).join('') : undefined;
  if (form.fields.size < 1000) form.fields.set(path, stored);
  return stored;
}

/** The form version a body names, or `422` naming the path. */
function lookUp(definitions: DefinitionStore, at: string, formId: string, formVersion: string): FormFacts {
  if (!definitions.has(formId)) throw new BodyProblem(422, 'unknown_form', `${at}formId`, `${at}formId: no form with this id here`);
  const loaded = definitions.get(formId, formVersion);
  if (!loaded) throw new BodyProblem(422, 'unknown_form_version', `${at}formVersion`, `${at}formVersion: this form has no such version here`);
  return facts(loaded);
}

const notInForm = (path: string, what: string) => new BodyProblem(422, 'not_in_form', path, `${path}: ${what}`);

function checkCommon(form: FormFacts, at: string, value: { locale: string; region?: string | undefined }): void {
  if (!form.locales.has(value.locale)) throw notInForm(`${at}locale`, 'not one of this form version\'s locales');
  if (value.region !== undefined) {
    if (!form.regions) throw notInForm(`${at}region`, 'this form version marks no region field (analytics.region)');
    if (!form.regions.has(value.region)) throw notInForm(`${at}region`, 'not one of the region field\'s option values');
  }
}

/**
 * A batch as counters: every event checked against its form version (one bad event refuses the
 * batch), equal events of one attempt counted once, the attempt id dropped, the time rounded to
 * its ISO week. `now` is the server's clock (ms).
 */
export function readEvents(body: unknown, definitions: DefinitionStore, now: number): EventCount[] {
  const { events } = parseBody(batchSchema, body, 'bad_events');
  const seen = new Set<string>();
  const counts: EventCount[] = [];
  events.forEach((event, i) => {
    const at = `events[${i}].`;
    const form = lookUp(definitions, at, event.formId, event.formVersion);
    if (!form.steps.has(event.step)) throw notInForm(`${at}step`, 'not a page id of this form version (or check-answers)');
    checkCommon(form, at, event);
    const errors = (event.errors ?? []).map((error, e) => {
      const field = storedField(form, error.field);
      if (field === undefined) throw notInForm(`${at}errors[${e}].field`, 'names no field of this form version');
      return { field, code: error.code };
    });
    // The attempt id's one use: the same event twice in a batch counts once. Then it is gone.
    const key = JSON.stringify([event.attempt, event.type, event.formId, event.formVersion, event.step, event.errors ?? []]);
    if (seen.has(key)) return;
    seen.add(key);
    const base = { formId: event.formId, formVersion: event.formVersion, week: eventWeek(event.at, now), locale: event.locale, region: event.region ?? '', step: event.step };
    counts.push({ ...base, kind: event.type, field: '', code: '', n: 1 });
    for (const error of errors) counts.push({ ...base, kind: 'error', field: error.field, code: error.code, n: 1 });
  });
  return counts;
}

/** Feedback as stored: checked against its form version, the comment trimmed, limited and masked, the week of `now`. */
export function readFeedback(body: unknown, definitions: DefinitionStore, now: number): NewFeedback {
  const feedback = parseBody(feedbackSchema, body, 'bad_feedback');
  const form = lookUp(definitions, '', feedback.formId, feedback.formVersion);
  checkCommon(form, '', feedback);
  const comment = feedback.comment?.trim();
  if (comment !== undefined && [...comment].length > MAX_COMMENT) throw new BodyProblem(400, 'bad_feedback', 'comment', `comment: must be at most ${MAX_COMMENT} characters`);
  return {
    formId: feedback.formId,
    formVersion: feedback.formVersion,
    week: isoWeek(now),
    locale: feedback.locale,
    region: feedback.region ?? '',
    given: feedback.given,
    rating: feedback.rating,
    comment: comment ? maskPersonalData(comment) : undefined,
  };
}
