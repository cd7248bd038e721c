import type * as z from 'zod/mini';
import { formDefinitionSchema, type FormDefinition } from './definition-schema.js';
import type { LocalizedText } from './localized-text.js';
import type { FieldDefinition } from '../fields/field-registry.js';
import type { ChoiceOption } from '../fields/radios-field.js';
import { fieldsInScope } from './field-at-path.js';
import { walkFields } from './walk-fields.js';
import type { RevealingOption } from '../fields/radios-field.js';
import type { Condition } from '../conditions/condition-schema.js';
import { conditionFields } from '../conditions/evaluate-condition.js';

/** One thing wrong with a definition, at a path such as `pages[0].fields[2].type`. */
export interface DefinitionProblem {
  path: string;
  message: string;
}

export type DefinitionResult =
  | { ok: true; definition: FormDefinition }
  | { ok: false; problems: DefinitionProblem[] };

/** Thrown by {@link assertDefinition}; its message lists every problem with its path. */
export class DefinitionError extends Error {
  readonly problems: DefinitionProblem[];
  constructor(problems: DefinitionProblem[]) {
    super(`Invalid form definition:\n${problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`);
    this.name = 'DefinitionError';
    this.problems = problems;
  }
}

/** Formats a path as an author would write it: `pages[0].fields[2].type`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(definition)' : out;
}

const list = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

/** zod/mini ships no English messages; authors get these, which say what was expected. */
function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `is required (${issue.expected})` : `must be ${issue.expected}`;
    case 'invalid_union':
      {
        const options = (issue as { options?: unknown[] }).options;
        if (options) return `must be one of ${list(options)}`;
      }
      return 'does not match any allowed shape';
    case 'invalid_value':
      return `must be one of ${list(issue.values)}`;
    case 'unrecognized_keys':
      return `has unknown ${issue.keys.length === 1 ? 'key' : 'keys'} ${list(issue.keys)}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `must have at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}`
        : issue.origin === 'string'
          ? 'must not be empty'
          : `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}`;
    case 'invalid_format':
      return issue.message && issue.message !== 'Invalid input' ? issue.message : `has the wrong format`;
    case 'invalid_key':
      return 'has a key that is not a language code such as "en" or "kk"';
    default:
      return issue.message || 'is not valid';
  }
}

/** A field's place in the definition (`pages[0].fields[2].options[0].reveals[1]`), as authors read problems. */
interface Placed {
  field: FieldDefinition;
  at: string;
}

/** Walks fields (walkFields) with each one's place after `base`, the path of the list walked. */
function walkPlaced(fields: readonly FieldDefinition[], base: string, visit: (field: FieldDefinition, at: string) => void): void {
  walkFields<Placed>(fields, (field, up, option) => {
    const around = up?.field as { fields?: FieldDefinition[]; options?: RevealingOption[] } | undefined;
    const [list, siblings] = !around ? [base, fields] : option ? [`${up!.at}.options[${around.options!.indexOf(option)}].reveals`, option.reveals!] : [`${up!.at}.fields`, around.fields!];
    const at = `${list}[${siblings.indexOf(field)}]`;
    visit(field, at);
    return { field, at };
  });
}

/** Checks what a zod schema of shapes cannot: names unique, text present in every language. */
function checkMeaning(definition: FormDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const locales = definition.locales;
  const requireLocales = (text: LocalizedText | undefined, path: string) => {
    if (!text) return;
    for (const locale of locales) {
      if (!(locale in text)) problems.push({ path, message: `has no "${locale}" text (the form declares ${list(locales)})` });
    }
  };
  requireLocales(definition.title, 'title');
  const pageIds = new Set<string>();
  // Field names key the answers: unique across the form, except inside a repeatable's items,
  // which have their own scope.
  const checkFields = (fields: readonly FieldDefinition[], listPath: string, names: Map<string, string>) => {
    // Fieldsets' and revealed fields share the names of the level they stand on.
    walkPlaced(fields, listPath, (field, fieldPath) => {
        const earlier = names.get(field.name);
        if (earlier) problems.push({ path: `${fieldPath}.name`, message: `repeats the field name "${field.name}" of ${earlier}` });
        else names.set(field.name, fieldPath);
        requireLocales(field.label, `${fieldPath}.label`);
        requireLocales(field.hint, `${fieldPath}.hint`);
        if (field.type === 'select') requireLocales(field.placeholder, `${fieldPath}.placeholder`);
        for (const [code, text] of Object.entries(field.messages ?? {})) requireLocales(text, `${fieldPath}.messages.${code}`);
        const lengths = field as { minLength?: number; maxLength?: number };
        if (lengths.minLength && lengths.maxLength && lengths.minLength > lengths.maxLength) {
          problems.push({ path: `${fieldPath}.minLength`, message: 'must not be greater than maxLength' });
        }
        const options = (field as { options?: readonly ChoiceOption[] }).options;
        if (options) {
          const values = new Set<string>();
          options.forEach((option, o) => {
            const optionPath = `${fieldPath}.options[${o}]`;
            if (values.has(option.value)) problems.push({ path: `${optionPath}.value`, message: `repeats the option value "${option.value}"` });
            values.add(option.value);
            requireLocales(option.label, `${optionPath}.label`);
            requireLocales(option.hint, `${optionPath}.hint`);
          });
        }
        if (field.type === 'repeatable') {
          requireLocales(field.itemLabel, `${fieldPath}.itemLabel`);
          if (field.min !== undefined && field.max !== undefined && field.min > field.max) {
            problems.push({ path: `${fieldPath}.min`, message: 'must not be greater than max' });
          }
          // A repeated item's fields have a name scope of their own.
          checkFields(field.fields, `${fieldPath}.fields`, new Map());
        }
    });
  };
  const fieldNames = new Map<string, string>();
  definition.pages.forEach((page, p) => {
    const pagePath = `pages[${p}]`;
    if (pageIds.has(page.id)) problems.push({ path: `${pagePath}.id`, message: `repeats the page id "${page.id}"` });
    pageIds.add(page.id);
    requireLocales(page.title, `${pagePath}.title`);
    checkFields(page.fields, `${pagePath}.fields`, fieldNames);
  });
  if (definition.whatHappensNext) requireLocales(definition.whatHappensNext, 'whatHappensNext');
  const region = definition.analytics?.region;
  if (region !== undefined) {
    const field = definition.pages.flatMap((page) => fieldsInScope(page.fields)).find((f) => f.name === region);
    if (!field) problems.push({ path: 'analytics.region', message: `names "${region}", which is not a field of this form (a field inside a repeatable's items cannot be the region)` });
    else if (field.type !== 'select' && field.type !== 'radios') problems.push({ path: 'analytics.region', message: `names "${region}", a ${field.type} field: the region must be a select or radios field` });
  }
  problems.push(...checkConditions(definition));
  return problems;
}

/**
 * Conditions may only read fields that exist and are asked before the thing they decide: a
 * page's condition reads earlier pages; a field's reads its own page or earlier ones (or, in a
 * repeated item, the item's own fields); never itself. Anything else is an order no person
 * could go through.
 */
function checkConditions(definition: FormDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const pageOf = new Map<string, number>();
  definition.pages.forEach((page, p) => {
    for (const field of fieldsInScope(page.fields)) if (!pageOf.has(field.name)) pageOf.set(field.name, p);
  });
  const check = (condition: Condition | undefined, path: string, maxPage: number, self?: string, itemNames?: Set<string>) => {
    if (!condition) return;
    for (const ref of conditionFields(condition, path)) {
      if (ref.name === self) {
        problems.push({ path: ref.path, message: `refers to the field it belongs to ("${ref.name}")` });
      } else if (itemNames?.has(ref.name)) {
        continue;
      } else if (!pageOf.has(ref.name)) {
        problems.push({ path: ref.path, message: `refers to "${ref.name}", which is not a field of this form` });
      } else if (pageOf.get(ref.name)! > maxPage) {
        problems.push({ path: ref.path, message: `refers to "${ref.name}", which is asked later (pages[${pageOf.get(ref.name)}])` });
      }
    }
  };
  const walk = (fields: readonly FieldDefinition[], listPath: string, p: number, itemNames?: Set<string>) => {
    walkPlaced(fields, listPath, (field, at) => {
        check(field.showIf, `${at}.showIf`, p, field.name, itemNames);
        if (field.type === 'repeatable') walk(field.fields, `${at}.fields`, p, new Set(fieldsInScope(field.fields).map((inner) => inner.name)));
    });
  };
  definition.pages.forEach((page, p) => {
    check(page.showIf, `pages[${p}].showIf`, p - 1);
    walk(page.fields, `pages[${p}].fields`, p);
  });
  return problems;
}

/**
 * Checks a definition (parsed JSON) against the format. Every problem is reported with its
 * path, so an author can fix them all at once.
 */
export function parseDefinition(input: unknown): DefinitionResult {
  const parsed = formDefinitionSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: describeIssue(issue) })),
    };
  }
  const problems = checkMeaning(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, definition: parsed.data };
}

/** Like {@link parseDefinition}, but throws a {@link DefinitionError}. */
export function assertDefinition(input: unknown): FormDefinition {
  const result = parseDefinition(input);
  if (!result.ok) throw new DefinitionError(result.problems);
  return result.definition;
}
