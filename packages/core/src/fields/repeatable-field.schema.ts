/** The definition-format schema of this field type (zod): loaded only where definitions are checked. */
import * as z from 'zod/mini';
import { localizedTextSchema } from '../definition/localized-text.schema.js';
import { fieldBase } from './field-base.schema.js';
import type { FieldDefinition } from './field-registry.js';

/**
 * "Add another": a group of fields repeated `min`..`max` times (household members, children,
 * jobs). Its answer is a list of items, each an object of its fields' answers. Item fields are
 * named within the item; in FormData and in error paths they appear as `members[1].iin`.
 * `fields` is the list of fields of any type: field-schema.ts builds `repeatableFieldSchema`
 * with it (fields nest; see there).
 */
export const repeatableFieldSchemaOf = (fields: z.ZodMiniType<FieldDefinition[]>) =>
  z.strictObject({
    type: z.literal('repeatable'),
    ...fieldBase,
    /** Each item's heading, numbered: "Household member" → "Household member 2". */
    itemLabel: localizedTextSchema,
    min: z.optional(z.int().check(z.minimum(0))),
    max: z.optional(z.int().check(z.minimum(1))),
    fields,
  });
