import { checkIin } from '../validators/iin.js';
import { todayIso } from '../validators/date-parts.js';
import type { AgeTest, Condition, FieldTest } from './condition-schema.js';

/** A field's normalized value by name (undefined when unanswered or invalid), and the field's type. */
export type ValueLookup = (name: string) => { value: unknown; type?: string; format?: string } | undefined;

/** Whole years between an ISO birth date and an ISO day. */
export function ageOn(birthIso: string, dayIso: string): number {
  const [by, bm, bd] = birthIso.split('-').map(Number) as [number, number, number];
  const [y, m, d] = dayIso.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

const isIso = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

function compareNumbers(value: number, test: Pick<FieldTest, 'lessThan' | 'atMost' | 'greaterThan' | 'atLeast'>): boolean {
  if (test.lessThan !== undefined) return value < test.lessThan;
  if (test.atMost !== undefined) return value <= test.atMost;
  if (test.greaterThan !== undefined) return value > test.greaterThan;
  if (test.atLeast !== undefined) return value >= test.atLeast;
  return false;
}

function evaluateAge(test: AgeTest, lookup: ValueLookup, today: string): boolean {
  const found = lookup(test.ageOf);
  if (!found || found.value === undefined) return false;
  const birth = isIso(found.value) ? found.value : typeof found.value === 'string' ? checkIin(found.value).birthDate : undefined;
  return birth ? compareNumbers(ageOn(birth, today), test) : false;
}

function evaluateField(test: FieldTest, lookup: ValueLookup, today: string): boolean {
  const value = lookup(test.field)?.value;
  const answered = value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);
  if (test.answered !== undefined) return test.answered === answered;
  if (!answered) return false;
  // A list (checkboxes) equals a value when it holds it.
  const has = (expected: unknown) => (Array.isArray(value) ? value.includes(expected) : value === expected);
  if (test.equals !== undefined) return has(test.equals);
  if (test.notEquals !== undefined) return !has(test.notEquals);
  if (test.oneOf !== undefined) return test.oneOf.some(has);
  if (typeof value === 'number') return compareNumbers(value, test);
  if (isIso(value)) {
    const day = (operand: string) => (operand === 'today' ? today : operand);
    if (test.before !== undefined) return value < day(test.before);
    if (test.after !== undefined) return value > day(test.after);
    if (test.onOrBefore !== undefined) return value <= day(test.onOrBefore);
    if (test.onOrAfter !== undefined) return value >= day(test.onOrAfter);
  }
  return false;
}

/** Evaluates a condition against normalized answers. Pure data in, boolean out: no eval. */
export function evaluateCondition(condition: Condition, lookup: ValueLookup, options: { today?: string } = {}): boolean {
  const today = options.today ?? todayIso();
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, lookup, { today }));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, lookup, { today }));
  if ('not' in condition) return !evaluateCondition(condition.not, lookup, { today });
  if ('ageOf' in condition) return evaluateAge(condition, lookup, today);
  return evaluateField(condition, lookup, today);
}

/** Every field name a condition reads, with the path of the key that names it. */
export function conditionFields(condition: Condition, path: string): { name: string; path: string }[] {
  if ('all' in condition) return condition.all.flatMap((c, i) => conditionFields(c, `${path}.all[${i}]`));
  if ('any' in condition) return condition.any.flatMap((c, i) => conditionFields(c, `${path}.any[${i}]`));
  if ('not' in condition) return conditionFields(condition.not, `${path}.not`);
  if ('ageOf' in condition) return [{ name: condition.ageOf, path: `${path}.ageOf` }];
  return [{ name: condition.field, path: `${path}.field` }];
}
