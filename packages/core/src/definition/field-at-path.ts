import type { FieldDefinition } from '../fields/field-registry.js';

/**
 * Every field reachable from `fields` under one name scope: through fieldsets and revealed
 * options, but not into a repeatable's items (those have a scope of their own).
 */
export function fieldsInScope(fields: readonly FieldDefinition[]): FieldDefinition[] {
  const out: FieldDefinition[] = [];
  for (const field of fields) {
    if (field.type === 'fieldset') {
      out.push(...fieldsInScope(field.fields));
      continue;
    }
    out.push(field);
    if (field.type === 'radios' || field.type === 'checkboxes') {
      for (const option of field.options) if (option.reveals) out.push(...fieldsInScope(option.reveals));
    }
  }
  return out;
}

/** The field an answer path names (`iin`, `members[1].iin`), or undefined. */
export function fieldAtPath(fields: readonly FieldDefinition[], path: string): FieldDefinition | undefined {
  const [head, ...rest] = path.split('.');
  const name = head!.replace(/\[\d+\]$/, '');
  const field = fieldsInScope(fields).find((f) => f.name === name);
  if (!field || rest.length === 0) return field;
  return field.type === 'repeatable' ? fieldAtPath(field.fields, rest.join('.')) : undefined;
}
