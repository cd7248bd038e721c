/** The definition-format schema of this field type (zod): loaded only where definitions are checked. */
import * as z from 'zod/mini';
import { fieldBase } from './field-base.schema.js';

/**
 * A single checkbox for one yes (`sf-checkbox`), such as consent to the processing of personal
 * data. `label` is the checkbox's own text. It is never ticked at first: the format has no
 * default, because consent must be given, not left in place. `required` means it must be ticked.
 */
export const checkboxFieldSchema = z.strictObject({
  type: z.literal('checkbox'),
  ...fieldBase,
});
