import * as z from 'zod/mini';
import { localizedTextSchema } from '../definition/localized-text.schema.js';
import { fieldNameSchema } from './field-name.js';
import { conditionSchema } from '../conditions/condition-schema.js';

/**
 * Keys every field type's schema shares. Schemas live in `*.schema.ts` modules apart from the
 * validators, so that code which only validates answers (the browser's main bundle) never loads
 * zod: only the definition checker does (docs/decisions/0003-lazy-elements.md).
 */

export { fieldNameSchema };

export const nonEmptyString = z.string().check(z.minLength(1));

/** Messages a definition gives for an error code of a field, replacing the default wording. */
const messagesSchema = z.optional(z.record(z.string(), localizedTextSchema));

/** Keys every field has; spread into each field type's strict object. */
export const fieldBase = {
  name: fieldNameSchema,
  label: localizedTextSchema,
  hint: z.optional(localizedTextSchema),
  required: z.optional(z.boolean()),
  messages: messagesSchema,
  /** Shows the field only while the condition holds; a hidden field is not validated or sent. */
  showIf: z.optional(conditionSchema),
};

/** Autocomplete tokens the SDK passes to the inner control (WCAG 1.3.5). */
export const autocompleteSchema = z.optional(z.string().check(z.regex(/^[a-z0-9 -]+$/)));

export const positiveIntSchema = z.int().check(z.minimum(1));

