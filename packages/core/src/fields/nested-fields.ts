import * as z from 'zod/mini';
import type { FieldDefinition } from './field-registry.js';

/**
 * Fields nest (a fieldset's fields, an option's revealed fields, a repeatable's item fields),
 * so those field types need the schema of every field, which the registry builds from them.
 * Rather than a module cycle, the registry hands its schema over once here and nested lists
 * read it lazily, when a definition is parsed.
 */
let registered: z.ZodMiniType<FieldDefinition> | undefined;

/** Called once by field-registry.ts with the schema of every field type. */
export function provideFieldSchema(schema: z.ZodMiniType<FieldDefinition>): void {
  registered = schema;
}

const anyField = z.lazy((): z.ZodMiniType<FieldDefinition> => {
  if (!registered) throw new Error('field-registry.ts has not provided the field schema');
  return registered;
});

/** A non-empty list of fields of any type. */
export const fieldListSchema: z.ZodMiniType<FieldDefinition[]> = z.array(anyField).check(z.minLength(1));
