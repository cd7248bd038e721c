import * as z from 'zod/mini';
import { ageTestSchema, conditionSchema, fieldTestSchema } from '../conditions/condition-schema.js';
import { autocompleteSchema, nonEmptyString, positiveIntSchema } from '../fields/field-base.schema.js';
import { fieldNameSchema } from '../fields/field-name.js';
import {
  checkboxesFieldSchema,
  fieldListSchema,
  fieldSchema,
  fieldsetFieldSchema,
  radiosFieldSchema,
  repeatableFieldSchema,
  revealingOptionSchema,
} from '../fields/field-schema.js';
import { checkboxFieldSchema } from '../fields/checkbox-field.schema.js';
import { dateFieldSchema } from '../fields/date-field.schema.js';
import { emailFieldSchema } from '../fields/email-field.schema.js';
import { fileFieldSchema } from '../fields/file-field.schema.js';
import { moneyFieldSchema, numberFieldSchema } from '../fields/number-field.schema.js';
import { optionSchema } from '../fields/radios-field.schema.js';
import { selectFieldSchema } from '../fields/select-field.schema.js';
import { textFieldSchema } from '../fields/text-field.schema.js';
import { textareaFieldSchema } from '../fields/textarea-field.schema.js';
import { formDefinitionSchema, pageSchema } from './definition-schema.js';
import { localizedTextSchema } from './localized-text.schema.js';

/**
 * The JSON Schema of the form-definition format (`definition.schema.json`), generated from the
 * zod schema, with a name and a description for every shared schema (`$defs`) and every
 * property, so that an editor completes and explains each key.
 *
 * The descriptions are zod metadata in a registry of their own (`definitionSchemaMetadata`),
 * not `.meta()` on the schemas themselves: the schemas are in the definition checker that
 * browsers download (docs/decisions/0003-lazy-elements.md), and these sentences are for authors'
 * editors only. Nothing in core's entry imports this module, so no bundle carries it.
 * scripts/definition-schema.mjs writes the file; json-schema.test.ts checks it is complete and
 * up to date.
 */

/**
 * Where the schema is published: the repository named in the packages' metadata. Not yet
 * confirmed (docs/decisions/0011-package-dependencies.md, "Not settled"): replace it there too.
 */
export const DEFINITION_SCHEMA_ID = 'https://raw.githubusercontent.com/service-forms/service-forms/main/packages/core/definition.schema.json';

/** Zod metadata of the shared schemas: `id` names the `$defs` entry; `examples` are valid values of it. */
export const definitionSchemaMetadata = z.registry<{ id: string; description: string; examples?: unknown[] }>();

type Notes = Record<string, string>;

/** The inner schema of `z.optional(x)` (the shapes below hold optional keys). */
const inner = (schema: z.core.$ZodType): z.core.$ZodType => ((schema._zod.def as { innerType?: z.core.$ZodType }).innerType ?? schema);

const FIELD_TYPES = 'text, email, textarea, number, money, radios, select, checkbox, checkboxes, date, file, fieldset, repeatable';

const en = (text: string, kk: string, ru: string) => ({ en: text, kk, ru });

/**
 * Examples of the shared schemas, by `$defs` name: what an editor offers to insert, taken from
 * the example forms. json-schema.test.ts checks that each one is valid for its schema.
 */
const EXAMPLES: Record<string, unknown[]> = {
  Name: ['dateOfBirth', 'has-disability'],
  LocalizedText: [en('Full name', 'Тегі, аты, әкесінің аты', 'Фамилия, имя и отчество')],
  Page: [
    {
      id: 'contact',
      title: en('How we contact you', 'Сізбен қалай байланысамыз', 'Как с вами связаться'),
      fields: [{ type: 'email', name: 'email', label: en('Email address', 'Электрондық пошта', 'Электронная почта') }],
    },
  ],
  Condition: [{ field: 'employed', equals: 'yes' }, { ageOf: 'iin', lessThan: 18 }, { all: [{ field: 'hasChildren', equals: 'yes' }, { field: 'children', atLeast: 3 }] }],
  FieldTest: [{ field: 'employed', equals: 'yes' }, { field: 'income', atMost: 85000 }],
  AgeTest: [{ ageOf: 'dateOfBirth', lessThan: 18 }],
  Option: [{ value: 'almaty', label: en('Almaty', 'Алматы', 'Алматы') }],
  RevealingOption: [
    {
      value: 'email',
      label: en('Email', 'Электрондық пошта', 'Электронная почта'),
      reveals: [{ type: 'email', name: 'email', required: true, label: en('Email address', 'Электрондық пошта мекенжайы', 'Адрес электронной почты') }],
    },
  ],
  Autocomplete: ['given-name', 'tel', 'address-level1'],
  DateOperand: ['today', '2025-01-01'],
  Scalar: ['yes', 3, true],
  Messages: [{ required: en('Enter your IIN', 'ЖСН енгізіңіз', 'Введите ИИН') }],
  TextField: [
    { type: 'text', name: 'iin', format: 'iin', required: true, label: en('Individual identification number (IIN)', 'Жеке сәйкестендіру нөмірі (ЖСН)', 'Индивидуальный идентификационный номер (ИИН)') },
  ],
  EmailField: [{ type: 'email', name: 'email', autocomplete: 'email', label: en('Email address', 'Электрондық пошта', 'Электронная почта') }],
  TextareaField: [{ type: 'textarea', name: 'comment', maxLength: 500, label: en('Your comments', 'Пікіріңіз', 'Ваши комментарии') }],
  NumberField: [{ type: 'number', name: 'children', min: 0, max: 20, label: en('Number of children', 'Балалар саны', 'Количество детей') }],
  MoneyField: [{ type: 'money', name: 'income', max: 100000000, label: en('Monthly income, tenge', 'Айлық табыс, теңге', 'Ежемесячный доход, тенге') }],
  RadiosField: [
    {
      type: 'radios',
      name: 'employed',
      required: true,
      label: en('Are you working now?', 'Қазір жұмыс істейсіз бе?', 'Вы сейчас работаете?'),
      options: [
        { value: 'yes', label: en('Yes', 'Иә', 'Да') },
        { value: 'no', label: en('No', 'Жоқ', 'Нет') },
      ],
    },
  ],
  SelectField: [
    {
      type: 'select',
      name: 'region',
      autocomplete: 'address-level1',
      label: en('Region', 'Облыс', 'Область'),
      options: [
        { value: 'almaty', label: en('Almaty', 'Алматы', 'Алматы') },
        { value: 'astana', label: en('Astana', 'Астана', 'Астана') },
      ],
    },
  ],
  CheckboxField: [{ type: 'checkbox', name: 'consent', required: true, label: en('I agree to the processing of my personal data', 'Дербес деректерімді өңдеуге келісемін', 'Я согласен на обработку моих персональных данных') }],
  CheckboxesField: [
    {
      type: 'checkboxes',
      name: 'languages',
      label: en('Languages you speak', 'Сөйлейтін тілдеріңіз', 'Языки, которыми вы владеете'),
      options: [
        { value: 'kk', label: en('Kazakh', 'Қазақ тілі', 'Казахский') },
        { value: 'ru', label: en('Russian', 'Орыс тілі', 'Русский') },
      ],
    },
  ],
  DateField: [{ type: 'date', name: 'dateOfBirth', constraint: 'past', autocomplete: 'bday', label: en('Date of birth', 'Туған күні', 'Дата рождения') }],
  FileField: [{ type: 'file', name: 'diploma', accept: ['application/pdf', 'image/*'], maxSizeBytes: 10485760, label: en('Your diploma', 'Дипломыңыз', 'Ваш диплом') }],
  FieldsetField: [
    {
      type: 'fieldset',
      name: 'address',
      label: en('Your address', 'Мекенжайыңыз', 'Ваш адрес'),
      fields: [{ type: 'text', name: 'street', autocomplete: 'address-line1', label: en('Street and house', 'Көше және үй', 'Улица и дом') }],
    },
  ],
  RepeatableField: [
    {
      type: 'repeatable',
      name: 'members',
      max: 10,
      label: en('Household members', 'Отбасы мүшелері', 'Члены семьи'),
      itemLabel: en('Household member', 'Отбасы мүшесі', 'Член семьи'),
      fields: [{ type: 'text', name: 'iin', format: 'iin', required: true, label: en('IIN', 'ЖСН', 'ИИН') }],
    },
  ],
};

function describe(schema: z.core.$ZodType, id: string, description: string): void {
  definitionSchemaMetadata.add(schema, EXAMPLES[id] ? { id, description, examples: EXAMPLES[id] } : { id, description });
}

describe(fieldNameSchema, 'Name', 'A name: a letter, then letters, digits, - and _ (`dateOfBirth`, `has-disability`).');
describe(localizedTextSchema, 'LocalizedText', 'Text in each language the form declares in `locales`, by language tag: { "en": "…", "kk": "…", "ru": "…" }.');
describe(pageSchema, 'Page', 'One page of the form: a heading and the fields asked together, shown unless its `showIf` is false.');
describe(fieldSchema, 'Field', `A field of any type, told apart by \`type\`: ${FIELD_TYPES}. Field types: docs/field-types.md.`);
describe(fieldListSchema, 'Fields', 'A list of one or more fields of any type, in the order they are asked.');
describe(conditionSchema, 'Condition', 'A condition, as data: a test of one field (`field` with one operator), of an age (`ageOf`), or `all`, `any`, `not` of other conditions. An unanswered field makes every test on it false, except `answered: false`. See docs/definition-format.md.');
describe(fieldTestSchema, 'FieldTest', 'A test of one field\'s answer: `field` and exactly one operator (equals, notEquals, oneOf, answered, lessThan, atMost, greaterThan, atLeast, before, after, onOrBefore, onOrAfter).');
describe(ageTestSchema, 'AgeTest', 'A test of an age in whole years, from a date field or an IIN: `ageOf` and exactly one of lessThan, atMost, greaterThan, atLeast.');
describe(optionSchema, 'Option', 'A choice of a select list: the value stored and its text.');
describe(revealingOptionSchema, 'RevealingOption', 'A choice of radios or checkboxes: the value stored, its text, and fields it reveals right under it while chosen.');
describe(nonEmptyString, 'NonEmptyString', 'A string of at least one character.');
describe(positiveIntSchema, 'PositiveInteger', 'A whole number, 1 or more.');
describe(inner(autocompleteSchema), 'Autocomplete', 'An HTML autocomplete token passed to the control so browsers can fill it in (WCAG 1.3.5): `given-name`, `tel`, `postal-code`, `address-level1`, `off`, ….');
describe(inner(numberFieldSchema.shape.min), 'WholeNumber', 'A whole number within JavaScript\'s safe integers.');
describe(inner(fieldTestSchema.shape.before), 'DateOperand', 'An ISO date (YYYY-MM-DD) or "today" (the server\'s local date).');
describe(inner(fieldTestSchema.shape.equals), 'Scalar', 'A value an answer is compared with: a string (an option\'s value), a number or a boolean.');
describe(inner(textFieldSchema.shape.messages), 'Messages', 'Error messages that replace the default wording, by error code (`required`, `iin_checksum`, `too_long`, …), each in every locale. Codes: docs/messages.md.');

const FIELD_TYPE_SCHEMAS: [z.core.$ZodType, string, string][] = [
  [textFieldSchema, 'TextField', 'A line of text (`sf-text-field`); `format` makes it an IIN, BIN, phone number, postal code, IBAN or a person\'s name, checked and shaped as such.'],
  [emailFieldSchema, 'EmailField', 'An email address (`sf-text-field` of type email).'],
  [textareaFieldSchema, 'TextareaField', 'Longer text over several lines (`sf-textarea`), with an optional limit of characters or words and a count announced as it nears.'],
  [numberFieldSchema, 'NumberField', 'A whole number (`sf-number-field`): a count, hours a week, a year; shown as typed unless `grouping`.'],
  [moneyFieldSchema, 'MoneyField', 'An amount of money in whole tenge (`sf-number-field`), shown in groups of digits; `min` defaults to 0.'],
  [radiosFieldSchema, 'RadiosField', 'One choice among few (`sf-radio-group`); an option may reveal fields under it.'],
  [selectFieldSchema, 'SelectField', 'One choice among many, in a drop-down list (`sf-select`) that starts on an empty option.'],
  [checkboxFieldSchema, 'CheckboxField', 'A single checkbox for one yes (`sf-checkbox`), such as a consent; never ticked at first.'],
  [checkboxesFieldSchema, 'CheckboxesField', 'Any number of choices (`sf-checkbox-group`), or between `minSelected` and `maxSelected`; the answer lists the chosen values in option order.'],
  [dateFieldSchema, 'DateField', 'A date as day, month and year (`sf-date-input`); the answer is an ISO date (YYYY-MM-DD).'],
  [fileFieldSchema, 'FileField', 'One or more files to upload (`sf-file-upload`), checked for type, size and count.'],
  [fieldsetFieldSchema, 'FieldsetField', 'Fields grouped under a legend (an address, say); no answer of its own: its fields\' answers sit beside the others.'],
  [repeatableFieldSchema, 'RepeatableField', '"Add another": a group of fields repeated between `min` and `max` times (household members, jobs); the answer is a list of items, each an object of its fields\' answers.'],
];
for (const [schema, id, description] of FIELD_TYPE_SCHEMAS) describe(schema, id, description);

/** Descriptions of the properties, by name: what a key means wherever it appears. */
const PROPERTIES: Notes = {
  $schema: 'The address of this JSON Schema, for editors and linters. The one key the format allows and ignores.',
  version: 'The definition\'s version, major.minor.patch (1.0.0). Every submission carries it; keep an older version served while submissions made with it may still arrive.',
  locales: 'The languages the form is written in (`en`, `kk`, `ru`), the first the default. Every text of the form gives each of them.',
  pages: 'The pages, in the order they are asked (at least one).',
  checkAnswers: 'Whether "Check your answers" comes before sending. Default: when there is more than one page.',
  whatHappensNext: 'What the confirmation says happens next, after the reference number.',
  analytics: 'Service analytics (docs/analytics.md): which field\'s answer is the region dimension of feedback and progress events.',
  region: 'The name of the select or radios field (not one inside a repeatable\'s items) whose chosen option value is the region of this form\'s feedback and progress events; never free text.',
  feedback: '`false`: the confirmation does not ask how satisfied the person is with the service (the feedback question, docs/analytics.md). Default: it asks, when the adapter can send feedback.',
  drafts: '`false`: the answers are never kept on the person\'s device as a draft, whatever the embedding page says (for answers too sensitive for a shared computer). Default: the page decides.',
  type: 'The field type, which decides the control and the shape of the answer.',
  name: 'The answer\'s key in the answers and the submitted payload: unique in the form (within an item, for a repeatable\'s fields).',
  label: 'The field\'s label, in every locale.',
  hint: 'Help shown under the label, in every locale.',
  required: 'Whether an answer is needed. Default: optional.',
  messages: 'Error messages replacing the default wording for this field, by error code, each in every locale.',
  showIf: 'Shows the field only while this condition holds; a hidden field is neither validated nor sent.',
  autocomplete: 'The autocomplete token for the control (WCAG 1.3.5), e.g. `given-name`, `tel`, `address-level1`.',
  format: 'What the text is, checked and shaped to match: `iin`, `bin`, `phone`, `postal-code`, `iban` or `person-name`. Default: any text.',
  minLength: 'Fewest characters accepted. Ignored by the formats with a fixed shape (all but `person-name`).',
  maxLength: 'Most characters accepted.',
  options: 'The choices, in the order shown (at least two).',
  value: 'What the answer holds when this option is chosen.',
  reveals: 'Fields shown right under this option while it is chosen (conditional reveal); while hidden they are neither validated nor sent.',
  fields: 'The fields, in the order they are asked (at least one).',
  // conditions
  field: 'The name of the field whose answer is tested.',
  equals: 'True when the answer equals this value (a chosen option\'s value, a number, true or false).',
  notEquals: 'True when the field is answered and the answer differs from this value.',
  oneOf: 'True when the answer is one of these values.',
  answered: '`true`: true when the field has a valid answer; `false`: true when it has none.',
  lessThan: 'True when the number is less than this.',
  atMost: 'True when the number is at most this.',
  greaterThan: 'True when the number is greater than this.',
  atLeast: 'True when the number is at least this.',
  before: 'True when the date is before this one.',
  after: 'True when the date is after this one.',
  onOrBefore: 'True when the date is this one or before it.',
  onOrAfter: 'True when the date is this one or after it.',
  ageOf: 'The date field (a date of birth) or IIN field whose age, in whole years today, is tested.',
  all: 'True when every one of these conditions holds.',
  any: 'True when at least one of these conditions holds.',
  not: 'True when this condition does not hold.',
};

/** Where a key means something else in one schema than `PROPERTIES` says. */
const PROPERTIES_OF = new Map<z.core.$ZodType, Notes>([
  [
    formDefinitionSchema,
    {
      id: 'The form\'s id: where the reference server serves it (/forms/<id>, /apply/<id>) and the formId of its submissions.',
      title: 'The form\'s title, in every locale: the heading of its start and the document title.',
    },
  ],
  [
    pageSchema,
    {
      id: 'The page\'s id, unique in the form: the step in the address of the HTML pages and in drafts.',
      title: 'The page\'s heading, in every locale.',
      showIf: 'Asks the page only while this condition holds; otherwise the flow skips it.',
      fields: 'The fields on the page, in order (at least one).',
    },
  ],
  [optionSchema, { label: 'The option\'s text, in every locale.', hint: 'Help shown under the option, in every locale.' }],
  [revealingOptionSchema, { label: 'The option\'s text, in every locale.', hint: 'Help shown under the option, in every locale.' }],
  [checkboxFieldSchema, { label: 'The checkbox\'s own text, in every locale.', required: 'Whether it must be ticked.' }],
  [
    checkboxesFieldSchema,
    {
      required: 'Whether at least one choice is needed.',
      minSelected: 'Fewest choices accepted once any is made (`required` asks for at least one).',
      maxSelected: 'Most choices accepted.',
    },
  ],
  [selectFieldSchema, { placeholder: 'The text of the empty first option, shown while nothing is chosen ("Select a region").', autocomplete: 'For lists autofill knows, e.g. `address-level1` for a region (WCAG 1.3.5).' }],
  [
    dateFieldSchema,
    {
      autocomplete: '`bday` for a date of birth (each part gets its bday-day, bday-month, bday-year token), or `off`.',
      constraint: '`past`: must be before today; `future`: must be after today (the server\'s local date).',
    },
  ],
  [
    textareaFieldSchema,
    {
      maxLength: 'Most characters (code points) accepted; typing past it is never blocked, the count says so.',
      maxWords: 'Most words accepted, instead of `maxLength`.',
      rows: 'Visible lines of the box (2 to 40).',
      threshold: 'Percent of the limit used from which the count is announced (default 75).',
    },
  ],
  [
    numberFieldSchema,
    {
      min: 'The smallest number accepted.',
      max: 'The largest number accepted.',
      grouping: '`true`: an amount, shown in groups of digits per locale (12 500); otherwise shown as typed (a year: 2009).',
    },
  ],
  [moneyFieldSchema, { min: 'The smallest amount accepted, in tenge (default 0).', max: 'The largest amount accepted, in tenge.' }],
  [
    fileFieldSchema,
    {
      accept: 'MIME types (`application/pdf`, `image/*`) and/or extensions (`.png`) a file may have. Default: any file.',
      maxSizeBytes: 'The largest file accepted, in bytes (the server has a limit of its own too).',
      multiple: 'Whether several files may be chosen.',
      maxFiles: 'Most files accepted when `multiple` (without `multiple`, one).',
    },
  ],
  [
    fieldsetFieldSchema,
    {
      name: 'Identifies the group (for stories, tests and styling); not an answer key.',
      label: 'The legend, in every locale.',
      fields: 'The fields in the group, in order (at least one).',
    },
  ],
  [
    repeatableFieldSchema,
    {
      itemLabel: 'Each item\'s heading, numbered after the first: "Household member" → "Household member 2".',
      min: 'Fewest items (default 0).',
      max: 'Most items.',
      fields: 'The fields of each item, named within the item (members[1].iin in FormData and error paths).',
    },
  ],
  [
    ageTestSchema,
    {
      lessThan: 'True when the age is less than this many years.',
      atMost: 'True when the age is at most this many years.',
      greaterThan: 'True when the age is greater than this many years.',
      atLeast: 'True when the age is at least this many years.',
    },
  ],
]);

/** A key the generator leaves in an object's JSON Schema for `describeProperties` to read. */
const NOTES = 'x-property-notes';

/** `toJSONSchema`'s override: marks each object schema with its properties' descriptions. */
function markProperties(ctx: { zodSchema: z.core.$ZodType; jsonSchema: Record<string, unknown> }): void {
  if (ctx.zodSchema._zod.def.type !== 'object') return;
  const own = PROPERTIES_OF.get(ctx.zodSchema) ?? PROPERTIES_OF.get((ctx.zodSchema._zod as { parent?: z.core.$ZodType }).parent!) ?? {};
  const keys = Object.keys((ctx.jsonSchema.properties as object | undefined) ?? {});
  ctx.jsonSchema[NOTES] = Object.fromEntries(keys.filter((key) => own[key] ?? PROPERTIES[key]).map((key) => [key, own[key] ?? PROPERTIES[key]]));
}

/** Puts the marked descriptions on the properties (after zod's last copy of the tree). */
function describeProperties(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(describeProperties);
  if (!node || typeof node !== 'object') return;
  const object = node as Record<string, unknown>;
  const notes = object[NOTES] as Notes | undefined;
  delete object[NOTES];
  const properties = object.properties as Record<string, Record<string, unknown>> | undefined;
  if (notes && properties) {
    for (const [key, description] of Object.entries(notes)) properties[key] = { description, ...properties[key] };
  }
  for (const value of Object.values(object)) describeProperties(value);
}

/** The JSON Schema of a form definition (draft 2020-12), as `definition.schema.json` holds it. */
export function definitionJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(formDefinitionSchema, {
    target: 'draft-2020-12',
    unrepresentable: 'any',
    cycles: 'ref',
    reused: 'inline',
    metadata: definitionSchemaMetadata,
    override: markProperties,
  }) as Record<string, unknown>;
  describeProperties(generated);
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: DEFINITION_SCHEMA_ID,
    title: 'Service Forms definition',
    description: 'A form definition for <sf-form> and the reference server: pages of fields, their text in each locale, conditions. See docs/definition-format.md.',
    ...rest,
  };
}
