import type { FieldDefinition } from '../fields/field-registry.js';
import { parseAnswerPath } from '../answers/answer-path.js';
import { walkFields } from './walk-fields.js';

/**
 * Every field reachable from `fields` under one name scope: through fieldsets and revealed
 * options, but not into a repeatable's items (those have a scope of their own).
 */
export function fieldsInScope(fields: readonly FieldDefinition[]): FieldDefinition[] {
  const out: FieldDefinition[] = [];
  walkFields(fields, (field) => field.type === 'fieldset' || out.push(field));
  return out;
}

/** The field an answer path names (`iin`, `members[1].iin`), or undefined. */
export function fieldAtPath(fields: readonly FieldDefinition[], path: string): FieldDefinition | undefined {
  let field: FieldDefinition | undefined;
  let scope: readonly FieldDefinition[] | undefined = fields;
  for (const key of parseAnswerPath(path) ?? []) {
    if (typeof key === 'number') continue;
    field = scope && fieldsInScope(scope).find((f) => f.name === key);
    // Only a repeatable's items hold fields of their own.
    scope = field?.type === 'repeatable' ? field.fields : undefined;
  }
  return field;
}
