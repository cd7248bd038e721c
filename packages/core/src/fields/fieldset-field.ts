import * as z from 'zod/mini';
import { localizedTextSchema } from '../definition/localized-text.js';
import { fieldNameSchema, valid, type FieldValidator } from './field-base.js';
import type { FieldDefinition } from './field-registry.js';
import { fieldListSchema } from './nested-fields.js';

/**
 * Groups fields under a legend (an address, say). It has no answer of its own: its fields'
 * answers sit beside the others, by their own names.
 */
export const fieldsetFieldSchema = z.strictObject({
  type: z.literal('fieldset'),
  /** Identifies the group (for stories, tests and styling); not an answer key. */
  name: fieldNameSchema,
  /** The legend. */
  label: localizedTextSchema,
  hint: z.optional(localizedTextSchema),
  fields: fieldListSchema,
});

export interface FieldsetField {
  type: 'fieldset';
  name: string;
  label: Record<string, string>;
  hint?: Record<string, string> | undefined;
  fields: FieldDefinition[];
  /** A fieldset has no answer, so no messages; declared so every field reads alike. */
  messages?: undefined;
  required?: undefined;
}

/** A fieldset's own answer is nothing; its fields are validated where they stand. */
export const validateFieldsetField: FieldValidator<FieldsetField> = () => valid(undefined);
