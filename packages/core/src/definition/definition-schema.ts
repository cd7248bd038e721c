import * as z from 'zod/mini';
import { localizedTextSchema } from './localized-text.schema.js';
import { fieldNameSchema } from '../fields/field-name.js';
import { conditionSchema } from '../conditions/condition-schema.js';
import { fieldSchema } from '../fields/field-schema.js';

/**
 * The zod schema of the form-definition format itself. A definition is data (it comes from a
 * server or a CMS), so every part of it is checked here before anything renders. Field types
 * live in ../fields/.
 */

export const pageSchema = z.strictObject({
  id: fieldNameSchema,
  title: localizedTextSchema,
  /** Asks the page only while the condition holds; otherwise the flow skips it. */
  showIf: z.optional(conditionSchema),
  fields: z.array(fieldSchema).check(z.minLength(1)),
});

export const formDefinitionSchema = z.strictObject({
  $schema: z.optional(z.string()),
  id: fieldNameSchema,
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'must be a version like 1.0.0')),
  locales: z.array(z.string()).check(z.minLength(1)),
  title: localizedTextSchema,
  pages: z.array(pageSchema).check(z.minLength(1)),
  /** Whether "Check your answers" comes before sending (default: when there is more than one page). */
  checkAnswers: z.optional(z.boolean()),
  /** What the confirmation says happens next, after the reference number. */
  whatHappensNext: z.optional(localizedTextSchema),
  /**
   * `false`: this form's answers are never kept on the person's device as a draft, whatever the
   * page embedding it says (for answers too sensitive to leave on a shared computer). Default:
   * the page decides (`sf-form`'s `drafts`, on unless turned off).
   */
  drafts: z.optional(z.boolean()),
  /** Service analytics (docs/analytics.md): `region` names the select or radios field whose answer is the region dimension. */
  analytics: z.optional(z.strictObject({ region: z.optional(fieldNameSchema) })),
  /**
   * `false`: the confirmation does not ask the satisfaction question (`sf-feedback`,
   * docs/analytics.md). Default: it asks, when the adapter can send feedback.
   */
  feedback: z.optional(z.boolean()),
});

export type PageDefinition = z.infer<typeof pageSchema>;
export type FormDefinition = z.infer<typeof formDefinitionSchema>;
