import type { FieldDefinition } from '../fields/field-registry.js';
import type { RevealingOption } from '../fields/radios-field.js';

/**
 * The one walk over a definition's field tree, in page order. `visit` sees each field with what
 * it returned for the field around it (a fieldset, or the radios or checkboxes whose `option`
 * reveals it); unless it returns false, the walk goes on into what the field holds on the same
 * name scope: a fieldset's fields and the fields its options reveal. A repeatable's item fields
 * are a scope of their own: a caller that wants them walks `field.fields` itself.
 */
export function walkFields<T>(
  fields: readonly FieldDefinition[],
  visit: (field: FieldDefinition, parent: T | undefined, option: RevealingOption | undefined) => T | false,
  parent?: T,
  option?: RevealingOption,
): void {
  for (const field of fields) {
    const here = visit(field, parent, option);
    if (here === false) continue;
    if (field.type === 'fieldset') walkFields(field.fields, visit, here);
    if (field.type === 'radios' || field.type === 'checkboxes') for (const choice of field.options) if (choice.reveals) walkFields(choice.reveals, visit, here, choice);
  }
}
