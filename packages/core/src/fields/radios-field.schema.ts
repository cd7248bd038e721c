/** The definition-format schema of this field type (zod): loaded only where definitions are checked. */
import * as z from 'zod/mini';
import { localizedTextSchema } from '../definition/localized-text.schema.js';
import { fieldBase, nonEmptyString } from './field-base.schema.js';
import type { FieldDefinition } from './field-registry.js';

export const optionSchema = z.strictObject({
  value: nonEmptyString,
  label: localizedTextSchema,
  hint: z.optional(localizedTextSchema),
});

/**
 * A radio or checkbox option that may reveal fields right under it when chosen (GOV.UK
 * conditional reveal). Revealed fields that are hidden are neither validated nor submitted.
 * `fields` is the list of fields of any type: field-schema.ts builds `revealingOptionSchema`
 * with it (fields nest; see there).
 */
export const revealingOptionSchemaOf = (fields: z.ZodMiniType<FieldDefinition[]>) =>
  z.strictObject({
    value: nonEmptyString,
    label: localizedTextSchema,
    hint: z.optional(localizedTextSchema),
    reveals: z.optional(fields),
  });

export type RevealingOptionSchema = ReturnType<typeof revealingOptionSchemaOf>;

/** Radios: one choice among few; built by field-schema.ts with its `revealingOptionSchema`. */
export const radiosFieldSchemaOf = (option: RevealingOptionSchema) =>
  z.strictObject({
    type: z.literal('radios'),
    ...fieldBase,
    options: z.array(option).check(z.minLength(2)),
  });
