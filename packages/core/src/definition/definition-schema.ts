import * as z from 'zod/mini';
import { localizedTextSchema } from './localized-text.js';
import { fieldNameSchema } from '../fields/field-base.js';
import { fieldSchema } from '../fields/field-registry.js';

/**
 * The zod schema of the form-definition format itself. A definition is data (it comes from a
 * server or a CMS), so every part of it is checked here before anything renders. Field types
 * live in ../fields/.
 */

export const pageSchema = z.strictObject({
  id: fieldNameSchema,
  title: localizedTextSchema,
  fields: z.array(fieldSchema).check(z.minLength(1)),
});

export const formDefinitionSchema = z.strictObject({
  $schema: z.optional(z.string()),
  id: fieldNameSchema,
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'must be a version like 1.0.0')),
  locales: z.array(z.string()).check(z.minLength(1)),
  title: localizedTextSchema,
  pages: z.array(pageSchema).check(z.minLength(1)),
});

export type PageDefinition = z.infer<typeof pageSchema>;
export type FormDefinition = z.infer<typeof formDefinitionSchema>;
