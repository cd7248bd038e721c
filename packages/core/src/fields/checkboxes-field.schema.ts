/** The definition-format schema of this field type (zod): loaded only where definitions are checked. */
import * as z from 'zod/mini';
import { fieldBase, positiveIntSchema } from './field-base.schema.js';
import type { RevealingOptionSchema } from './radios-field.schema.js';

/**
 * A group of checkboxes (`sf-checkbox-group`): any number of choices, or between `minSelected`
 * and `maxSelected` of them. The answer is the list of chosen option values, in option order.
 * Built by field-schema.ts with its `revealingOptionSchema` (options reveal fields; see there).
 */
export const checkboxesFieldSchemaOf = (option: RevealingOptionSchema) =>
  z
    .strictObject({
      type: z.literal('checkboxes'),
      ...fieldBase,
      options: z.array(option).check(z.minLength(2)),
      /** Fewest choices accepted once any is made (`required` asks for at least one). */
      minSelected: z.optional(positiveIntSchema),
      maxSelected: z.optional(positiveIntSchema),
    })
    .check(
      // Limits no answer could meet are the author's mistake: report them with the definition.
      z.refine((field) => field.minSelected === undefined || field.maxSelected === undefined || field.minSelected <= field.maxSelected, {
        message: 'must not be greater than maxSelected',
        path: ['minSelected'],
      }),
      z.refine((field) => field.minSelected === undefined || field.minSelected <= field.options.length, {
        message: 'must not be greater than the number of options',
        path: ['minSelected'],
      }),
    );
