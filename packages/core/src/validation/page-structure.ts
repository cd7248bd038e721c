import * as z from 'zod/mini';
import type { FormDefinition, PageDefinition } from '../definition/definition-schema.js';
import { fieldsInScope } from '../definition/field-at-path.js';
import { walkFields } from '../definition/walk-fields.js';
import { parseAnswerPath } from '../answers/answer-path.js';
import type { Condition } from '../conditions/condition-schema.js';
import { evaluateCondition, type ValueLookup } from '../conditions/evaluate-condition.js';
import type { FieldValue } from '../fields/field-base.js';
import type { FieldDefinition } from '../fields/field-registry.js';
import { readItems } from '../fields/repeatable-field.js';
import type { FieldError } from './error-codes.js';
import { validateField, type ValidationOptions } from './validate-field.js';

/*
 * The structural engine: which pages and fields apply to the answers so far (`applicablePages`,
 * `applicableFields`, through `showIf`, fieldsets, reveals and repeated items), where conditions
 * look values up (`lookupIn`), and the validation of a page or any list of fields over that
 * structure (`validateFields`, `validatePage`, and `compilePage` for a zod schema of it).
 * `validateField` (one field's own rules) is below it; `validateSubmission` and core's
 * FormSession are built on it.
 */

/** Answers keyed by field name, as they come from the controls or a request. */
export type Answers = Record<string, unknown>;

/**
 * The normalized answers of a page: only answered, applicable fields. Wider than the submitted
 * answers: a file field's value is its files (sent apart, as multipart parts) and a repeatable's
 * items may hold them too; `splitFiles` (submission/split-files.ts) takes them out.
 */
export type PageData = { [name: string]: FieldValue | PageData[] };

export type PageResult = { ok: true; data: PageData } | { ok: false; errors: FieldError[] };

/**
 * Where a condition looks up a field's value: the fields being validated, then outer scopes (a
 * repeated item sees its own fields first, then the form's). Values are normalized (an ISO date,
 * a number), undefined while unanswered or invalid.
 */
export interface Scope {
  fields: readonly FieldDefinition[];
  answers: Answers;
  parent?: Scope | undefined;
}

/** Options for validating part of a form: today, and where conditions find other fields. */
export interface StructureOptions extends ValidationOptions {
  /**
   * The fields whose answers conditions may read (the whole form's, for a page whose conditions
   * refer to earlier pages). Defaults to the fields being validated.
   */
  scopeFields?: readonly FieldDefinition[];
  /** Refuse answers for fields that do not exist or do not apply (a server receiving a request). */
  strict?: boolean;
}

/** What must hold for a field to be shown: its own `showIf`, and the options that reveal it. */
interface Guarded {
  field: FieldDefinition;
  conditions: Condition[];
  reveals: { name: string; value: string }[];
}

/** Every field of a scope (through fieldsets and reveals) with what must hold to show it. */
function guardedFields(fields: readonly FieldDefinition[]): Map<string, Guarded> {
  const out = new Map<string, Guarded>();
  // Each field's guard adds its own condition, and the option that reveals it, to the guard around it.
  walkFields<Guarded>(fields, (field, up, option) => {
    const { conditions = [], reveals = [] } = up ?? {};
    const guarded: Guarded = {
      field,
      conditions: field.showIf ? [...conditions, field.showIf] : conditions,
      reveals: option ? [...reveals, { name: up!.field.name, value: option.value }] : reveals,
    };
    if (field.type !== 'fieldset' && !out.has(field.name)) out.set(field.name, guarded);
    return guarded;
  });
  return out;
}

const chose = (value: unknown, option: string) => (Array.isArray(value) ? value.includes(option) : value === option);

/**
 * A lookup for conditions: a field's normalized value (trimmed, an ISO date, a number), or
 * undefined while it is unanswered, invalid, or itself hidden (its `showIf` fails or the
 * option that reveals it is not chosen): a hidden field's leftover answer decides nothing.
 */
export function lookupIn(scope: Scope, options: ValidationOptions = {}): ValueLookup {
  const cache = new Map<string, ReturnType<ValueLookup>>();
  const guards = new Map<Scope, Map<string, Guarded>>();
  const visiting = new Set<string>();
  const lookup: ValueLookup = (name) => {
    if (cache.has(name)) return cache.get(name);
    // A condition chain that comes back to itself reads as unanswered rather than looping.
    if (visiting.has(name)) return undefined;
    visiting.add(name);
    let found: ReturnType<ValueLookup>;
    for (let s: Scope | undefined = scope; s && !found; s = s.parent) {
      if (!guards.has(s)) guards.set(s, guardedFields(s.fields));
      const guarded = guards.get(s)!.get(name);
      if (!guarded) continue;
      const shown =
        guarded.conditions.every((condition) => evaluateCondition(condition, lookup, options)) &&
        guarded.reveals.every((reveal) => chose(lookup(reveal.name)?.value, reveal.value));
      const result = shown ? validateField(guarded.field, s.answers[name], options) : undefined;
      found = { value: result?.ok ? result.value : undefined, type: guarded.field.type };
    }
    visiting.delete(name);
    cache.set(name, found);
    return found;
  };
  return lookup;
}

const shows = (condition: Condition | undefined, lookup: ValueLookup, options: ValidationOptions) =>
  !condition || evaluateCondition(condition, lookup, options);

/**
 * The fields that apply given the answers, in page order: those whose `showIf` holds, a
 * fieldset's fields, and the fields revealed by the chosen options of radios and checkboxes.
 * Hidden fields are left out: they are neither validated nor submitted (what was typed in them
 * stays in the controls, unsent).
 */
export function applicableFields(
  fields: readonly FieldDefinition[],
  answers: Answers,
  options: StructureOptions = {},
  scope: Scope = { fields: options.scopeFields ?? fields, answers },
): FieldDefinition[] {
  const lookup = lookupIn(scope, options);
  const out: FieldDefinition[] = [];
  // The normalized answer of each choice (trimmed), as validation will submit it.
  const chosen = new Map<FieldDefinition, unknown>();
  walkFields<FieldDefinition>(fields, (field, up, option) => {
    if (!shows(field.showIf, lookup, options) || (option && !chose(chosen.get(up!), option.value))) return false;
    if (field.type !== 'fieldset') out.push(field);
    if (field.type === 'radios' || field.type === 'checkboxes') {
      const result = validateField(field, answers[field.name], options);
      chosen.set(field, result.ok ? result.value : undefined);
    }
    return field;
  });
  return out;
}

/** The pages that apply given the answers (a page whose `showIf` fails is skipped). */
export function applicablePages(definition: FormDefinition, answers: Answers, options: ValidationOptions = {}): PageDefinition[] {
  const lookup = lookupIn({ fields: definition.pages.flatMap((page) => page.fields), answers }, options);
  return definition.pages.filter((page) => shows(page.showIf, lookup, options));
}

/**
 * Validates fields against answers. Errors name the field by its path (`members[1].iin` for a
 * field of a repeated item) and come in page order; the data holds normalized answers only.
 */
export function validateFields(
  fields: readonly FieldDefinition[],
  answers: Answers,
  options: StructureOptions = {},
  prefix = '',
  scope: Scope = { fields: options.scopeFields ?? fields, answers },
): { data: PageData; errors: FieldError[] } {
  const data: PageData = {};
  const errors: FieldError[] = [];
  const applicable = applicableFields(fields, answers, options, scope);
  for (const field of applicable) {
    const path = `${prefix}${field.name}`;
    const result = validateField(field, answers[field.name], options);
    if (!result.ok) {
      errors.push({ ...result.error, field: path });
      continue;
    }
    if (field.type === 'repeatable') {
      const items: PageData[] = [];
      (readItems(answers[field.name]) ?? []).forEach((item, i) => {
        const inner = validateFields(field.fields, item, options, `${path}[${i}].`, { fields: field.fields, answers: item, parent: scope });
        errors.push(...inner.errors);
        items.push(inner.data);
      });
      if (items.length > 0) data[field.name] = items;
    } else if (result.value !== undefined) {
      data[field.name] = result.value;
    }
  }
  if (options.strict) {
    // A request may only answer the questions that were asked.
    const asked = new Set(applicable.map((field) => field.name));
    const known = new Set(fieldsInScope(fields).map((field) => field.name));
    for (const key of Object.keys(answers)) {
      if (asked.has(key)) continue;
      errors.push({ field: `${prefix}${key}`, code: known.has(key) ? 'not_applicable' : 'unknown_field', params: {} });
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
export function compilePage(page: PageDefinition, options: StructureOptions = {}) {
  return z.pipe(
    z.record(z.string(), z.unknown()),
    z.transform((answers, ctx) => {
      const { data, errors } = validateFields(page.fields, answers, options);
      for (const error of errors) {
        ctx.issues.push({ code: 'custom', message: error.code, params: { ...error }, path: parseAnswerPath(error.field) ?? [error.field], input: answers });
      }
      return errors.length > 0 ? z.NEVER : data;
    }),
  );
}

/**
 * Validates a page's answers: normalized data, or every field's error in page order. The same
 * as `compilePage(page).safeParse(answers)`, without building a zod schema each time.
 */
export function validatePage(page: PageDefinition, answers: Answers, options: StructureOptions = {}): PageResult {
  const { data, errors } = validateFields(page.fields, answers, options);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, data };
}
