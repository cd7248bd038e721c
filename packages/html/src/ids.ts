import type { FieldView } from './views.js';

/**
 * Ids and submitted names made from answer paths, one scheme for every template.
 *
 * - A field's id is its path with each item index written `.1` instead of `[1]`
 *   (`members[1].iin` → `members.1.iin`): `[` and `]` are not allowed in a URL fragment, and
 *   an error summary links to `#id`. Field names hold no `.`, so no two paths share an id.
 * - The ids of a field's parts add `:` and a fixed word (`members.1.iin:hint`, `dob:day`,
 *   `choice:option-2`). Field names hold no `:`, so a part's id is never a field's.
 * - Page-level ids (step 2) start with `page:`; no suffix here is a page id.
 */

/** The id of a field's control (or group), from its answer path. */
export function fieldId(path: string): string {
  return path.replace(/\[(\d+)\]/g, '.$1');
}

/** The id of a part of a field: `partId('dob', 'day')` → `dob:day`. */
export function partId(path: string, part: string): string {
  return `${fieldId(path)}:${part}`;
}

/**
 * The submitted name of a date's box (`datePartName`: `dob.day`) and the submit button's `name`
 * (`ACTION`) are core's: the browser reads a served page by them too (decision 0011).
 */
export { ACTION, datePartName } from '@service-forms/core';

/** The value of Continue (and of Accept and send): the page's default action. */
export const CONTINUE = 'continue';

/** Page-level ids: `<main>` (the skip link's target) and the page's form. */
export const MAIN_ID = 'page:main';
export const FORM_ID = 'page:form';
/** The confirmation's satisfaction question: its form, and its heading (the section's name). */
export const FEEDBACK_FORM_ID = 'page:feedback';
export const FEEDBACK_HEADING_ID = 'page:feedback-heading';

/** The value of an Add button: `add:members`, `add:members[1].jobs`. */
export function addAction(path: string): string {
  return `add:${path}`;
}

/** The value of a Remove button: `remove:members[1]` (the item's path). */
export function removeAction(itemPath: string): string {
  return `remove:${itemPath}`;
}

/** An Add or Remove action read back from a submitted `action`, or undefined. */
export function parseAction(value: string): { kind: 'add'; path: string } | { kind: 'remove'; path: string; index: number } | undefined {
  const add = /^add:(.+)$/.exec(value);
  if (add) return { kind: 'add', path: add[1]! };
  const remove = /^remove:(.+)\[(\d+)\]$/.exec(value);
  if (remove) return { kind: 'remove', path: remove[1]!, index: Number(remove[2]) };
  return undefined;
}

/**
 * The id an error summary link points at: the control focus should land on (A11Y.md): the box,
 * a date's first box in error, a group's first option, a repeatable's Add button (else its first
 * item's first field).
 */
export function errorTargetId(view: FieldView): string {
  switch (view.kind) {
    case 'date': {
      const part = view.parts.find((p) => p.invalid) ?? view.parts[0];
      return partId(view.name, part?.part ?? 'day');
    }
    case 'radios':
    case 'checkboxes':
      return partId(view.name, 'option-0');
    case 'fieldset':
      return view.fields[0] ? errorTargetId(view.fields[0]) : fieldId(view.name);
    case 'repeatable': {
      // Too few items: the way on is Add; else the first item's first field.
      if (view.add) return partId(view.name, 'add');
      const first = view.items[0]?.fields[0];
      return first ? errorTargetId(first) : fieldId(view.name);
    }
    default:
      return fieldId(view.name);
  }
}
