import * as z from 'zod/mini';

/**
 * The zod schema of the form-definition format itself. A definition is data (it comes from a
 * server or a CMS), so every part of it is checked here before anything renders.
 */

const nonEmpty = z.string().check(z.minLength(1));

/** Text in every language the form declares: `{ "en": "…", "kk": "…", "ru": "…" }`. */
export const localizedTextSchema = z.record(z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)), nonEmpty);

/** A field name: becomes a key of the answers and of the submitted payload. */
const fieldName = z.string().check(
  z.regex(/^[A-Za-z][A-Za-z0-9_-]*$/, 'must start with a letter and hold only letters, digits, - and _'),
);

/** Messages a definition gives for an error code of this field, replacing the default wording. */
const messagesSchema = z.optional(z.record(z.string(), localizedTextSchema));

const fieldBase = {
  name: fieldName,
  label: localizedTextSchema,
  hint: z.optional(localizedTextSchema),
  required: z.optional(z.boolean()),
  messages: messagesSchema,
};

/** Autocomplete tokens the SDK passes to the inner control (WCAG 1.3.5). */
const autocompleteSchema = z.optional(z.string().check(z.regex(/^[a-z0-9 -]+$/)));

const positiveInt = z.int().check(z.minimum(1));

export const textFieldSchema = z.strictObject({
  type: z.literal('text'),
  ...fieldBase,
  format: z.optional(z.enum(['iin'])),
  autocomplete: autocompleteSchema,
  minLength: z.optional(positiveInt),
  maxLength: z.optional(positiveInt),
});

export const emailFieldSchema = z.strictObject({
  type: z.literal('email'),
  ...fieldBase,
  autocomplete: autocompleteSchema,
  maxLength: z.optional(positiveInt),
});

export const optionSchema = z.strictObject({
  value: nonEmpty,
  label: localizedTextSchema,
  hint: z.optional(localizedTextSchema),
});

export const radiosFieldSchema = z.strictObject({
  type: z.literal('radios'),
  ...fieldBase,
  options: z.array(optionSchema).check(z.minLength(2)),
});

export const dateFieldSchema = z.strictObject({
  type: z.literal('date'),
  ...fieldBase,
  /** `bday` for a date of birth: each part gets its `bday-day|month|year` token. */
  autocomplete: z.optional(z.enum(['bday', 'off'])),
  /** `past`: must be before today; `future`: must be after today. */
  constraint: z.optional(z.enum(['past', 'future'])),
});

export const fieldSchema = z.discriminatedUnion('type', [
  textFieldSchema,
  emailFieldSchema,
  radiosFieldSchema,
  dateFieldSchema,
]);

export const pageSchema = z.strictObject({
  id: fieldName,
  title: localizedTextSchema,
  fields: z.array(fieldSchema).check(z.minLength(1)),
});

export const formDefinitionSchema = z.strictObject({
  $schema: z.optional(z.string()),
  id: fieldName,
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'must be a version like 1.0.0')),
  locales: z.array(z.string()).check(z.minLength(1)),
  title: localizedTextSchema,
  pages: z.array(pageSchema).check(z.minLength(1)),
});

export type LocalizedText = z.infer<typeof localizedTextSchema>;
export type TextField = z.infer<typeof textFieldSchema>;
export type EmailField = z.infer<typeof emailFieldSchema>;
export type RadiosField = z.infer<typeof radiosFieldSchema>;
export type RadioOption = z.infer<typeof optionSchema>;
export type DateField = z.infer<typeof dateFieldSchema>;
export type FieldDefinition = z.infer<typeof fieldSchema>;
export type FieldType = FieldDefinition['type'];
export type PageDefinition = z.infer<typeof pageSchema>;
export type FormDefinition = z.infer<typeof formDefinitionSchema>;

/** Every field type the format knows, in the order documentation lists them. */
export const FIELD_TYPES: readonly FieldType[] = ['text', 'email', 'radios', 'date'];
