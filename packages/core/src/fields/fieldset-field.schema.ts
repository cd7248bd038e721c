/** The definition-format schema of this field type (zod): loaded only where definitions are checked. */
import * as z from 'zod/mini';
import { conditionSchema } from '../conditions/condition-schema.js';
import { localizedTextSchema } from '../definition/localized-text.schema.js';
import { fieldNameSchema } from './field-name.js';
import type { FieldDefinition } from './field-registry.js';

/**
 * Groups fields under a legend (an address, say). It has no answer of its own: its fields'
 * answers sit beside the others, by their own names. `fields` is the list of fields of any type:
 * field-schema.ts builds `fieldsetFieldSchema` with it (fields nest; see there).
 */
export const fieldsetFieldSchemaOf = (fields: z.ZodMiniType<FieldDefinition[]>) =>
  z.strictObject({
    type: z.literal('fieldset'),
    /** Identifies the group (for stories, tests and styling); not an answer key. */
    name: fieldNameSchema,
    /** The legend. */
    label: localizedTextSchema,
    hint: z.optional(localizedTextSchema),
    showIf: z.optional(conditionSchema),
    fields,
  });
