/** The definition-format schema of this field type (zod): loaded only where definitions are checked. */
import * as z from 'zod/mini';
import { fieldBase } from './field-base.schema.js';

export const dateFieldSchema = z.strictObject({
  type: z.literal('date'),
  ...fieldBase,
  /** `bday` for a date of birth: each part gets its `bday-day|month|year` token. */
  autocomplete: z.optional(z.enum(['bday', 'off'])),
  /** `past`: must be before today; `future`: must be after today. */
  constraint: z.optional(z.enum(['past', 'future'])),
});
