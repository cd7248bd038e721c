/** The definition-format schema of this field type (zod): loaded only where definitions are checked. */
import * as z from 'zod/mini';
import { fieldBase, positiveIntSchema } from './field-base.schema.js';

/** A MIME type (`application/pdf`, `image/*`) or a file-name extension (`.png`). */
const acceptEntrySchema = z
  .string()
  .check(z.regex(/^(\.[A-Za-z0-9]+|[A-Za-z]+\/(\*|[A-Za-z0-9][A-Za-z0-9.+-]*))$/, 'must be a MIME type like application/pdf or an extension like .png'));

export const fileFieldSchema = z.strictObject({
  type: z.literal('file'),
  ...fieldBase,
  /** MIME types and/or extensions a file may have; any file when absent. */
  accept: z.optional(z.array(acceptEntrySchema).check(z.minLength(1))),
  /** The largest file accepted, in bytes. */
  maxSizeBytes: z.optional(positiveIntSchema),
  /** Whether several files may be chosen. */
  multiple: z.optional(z.boolean()),
  /** Most files accepted when `multiple` (without `multiple` the limit is one). */
  maxFiles: z.optional(positiveIntSchema),
});
