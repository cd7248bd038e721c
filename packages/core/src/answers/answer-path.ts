import type { FieldDefinition } from '../fields/field-registry.js';
import { walkFields } from '../definition/walk-fields.js';

/**
 * Answers are kept by field path: `iin`, `members` (a repeatable's items), `members[1]` (one
 * item) or `members[1].iin` (a field of a repeated item). This module is the one grammar for
 * such paths, for core, the elements and the server.
 */

/** A path as keys: field names, and item indexes after a repeatable's name (`['members', 1, 'iin']`). */
export type AnswerPath = (string | number)[];

const PATH = /^[a-z][\w-]*(\[\d+\])?(\.[a-z][\w-]*(\[\d+\])?)*$/i;

/** The keys of a path (`members[1].iin` → `['members', 1, 'iin']`), or undefined when it is not one. */
export function parseAnswerPath(path: string): AnswerPath | undefined {
  // A name starts with a letter, so only an index reads as a number.
  return PATH.test(path) ? path.match(/[^.[\]]+/g)!.map((key) => (+key >= 0 ? +key : key)) : undefined;
}

/** A path as text: `['members', 1, 'iin']` → `members[1].iin`. */
export function formatAnswerPath(keys: readonly (string | number)[]): string {
  return keys.map((key, i) => (typeof key === 'number' ? `[${key}]` : i > 0 ? `.${key}` : key)).join('');
}

/** Whether keys name a field's answer: names, each but the last followed by an item index. */
export function isFieldPath(keys: readonly (string | number)[]): boolean {
  return keys.length % 2 === 1 && keys.every((key, i) => typeof key === (i % 2 === 0 ? 'string' : 'number'));
}

/** The answer at a path (own properties only: `constructor` is no answer), or undefined. */
export function getAnswer(answers: unknown, path: string): unknown {
  const keys = parseAnswerPath(path);
  if (!keys) return undefined;
  let node = answers;
  for (const key of keys) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key as PropertyKey)) return undefined;
    node = (node as Record<string | number, unknown>)[key as string];
  }
  return node;
}

/** Sets the answer at a path in place, making the lists and objects on the way (text that is no path sets nothing). */
export function setAnswer(answers: Record<string, unknown>, path: string, value: unknown): void {
  const keys = parseAnswerPath(path) ?? [];
  let node = answers as Record<string | number, unknown>;
  keys.forEach((key, i) => {
    if (i === keys.length - 1) node[key] = value;
    else {
      if (node[key] === null || typeof node[key] !== 'object') node[key] = typeof keys[i + 1] === 'number' ? [] : {};
      node = node[key] as Record<string | number, unknown>;
    }
  });
}

/** One answer found by {@link listAnswerPaths}. */
export interface ListedAnswer {
  path: string;
  /** The field it answers; undefined when its scope has no field of that name. */
  field: FieldDefinition | undefined;
}

/**
 * Every answer in `answers` with its path and field, in the order of the answers' keys: the
 * top-level ones, and those of each repeated item (`members[1].iin`).
 */
export function listAnswerPaths(fields: readonly FieldDefinition[], answers: Record<string, unknown>, prefix = ''): ListedAnswer[] {
  const byName = new Map<string, FieldDefinition>();
  walkFields(fields, (field) => field.type === 'fieldset' || byName.has(field.name) || byName.set(field.name, field));
  const out: ListedAnswer[] = [];
  for (const [name, value] of Object.entries(answers)) {
    const field = byName.get(name);
    const path = `${prefix}${name}`;
    out.push({ path, field });
    if (field?.type === 'repeatable' && Array.isArray(value)) {
      value.forEach((item: unknown, i) => {
        if (item !== null && typeof item === 'object' && !Array.isArray(item)) out.push(...listAnswerPaths(field.fields, item as Record<string, unknown>, `${path}[${i}].`));
      });
    }
  }
  return out;
}
