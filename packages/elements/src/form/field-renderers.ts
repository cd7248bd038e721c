import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { FieldDefinition, FieldError, FieldType, LocalizedText } from '@service-forms/core';
import type { CustomMessages } from '../messages/error-messages.js';
// The controls every form may use are defined with `sf-form`; the rest load on demand
// (lazy/element-loader.ts), awaited by the form before it renders a page that needs them.
import '../text-field/text-field.js';
import '../radio-group/radio-group.js';
import '../date-input/date-input.js';
import '../checkbox/checkbox.js';
import '../fieldset/fieldset.js';

/** What a renderer needs besides the field: the person's language and the kept answer. */
export interface FieldRenderContext {
  /** The field's text in the active language. */
  text(value: LocalizedText | undefined): string;
  /** An error's message in the active language. */
  word(error: FieldError): string;
  /** The field's own messages, by error code, in the active language. */
  messages: CustomMessages;
  /** The answer kept for this field (what the control's `answer` gave), or undefined. */
  answer: unknown;
  /** What the last Continue found wrong at this field's path, if anything (a repeatable shows its own: too few, too many items). */
  error: FieldError | undefined;
  /**
   * The value `make` gives, made once per field, key and language: a control handed an equal
   * but new object (options, messages) on every render of the form would render again too.
   */
  memo<T>(field: object, key: string, make: () => T): T;
  /**
   * Renders nested fields (a fieldset's, a revealed option's, a repeated item's). `prefix` makes
   * their names paths: `members[1].` gives `members[1].iin`.
   */
  renderChildren(fields: readonly FieldDefinition[], prefix?: string): TemplateResult;
}

/** Fields revealed under radio or checkbox options, each in the slot the group shows when chosen. */
function reveals(field: Extract<FieldDefinition, { type: 'radios' | 'checkboxes' }>, context: FieldRenderContext) {
  return field.options
    .filter((option) => option.reveals)
    .map((option) => html`<div slot="reveal-${option.value}">${context.renderChildren(option.reveals!)}</div>`);
}

/**
 * How `sf-form` renders each field type as its `sf-` control. Every control gets `id`
 * `sf-field-<name>` (the error summary links to it) and `data-sf-field` (the form collects
 * answers from those). A new field type adds its entry here; TypeScript checks none is missing.
 */
type Renderers = { [T in FieldType]: (field: Extract<FieldDefinition, { type: T }>, context: FieldRenderContext) => TemplateResult };

/**
 * The controls' parts, passed up through `sf-form`'s shadow root, so a site styles the fields
 * of a whole form with `sf-form::part(input)`, `sf-form::part(label)`, … (docs/theming.md).
 */
export const FIELD_PARTS =
  'label, hint, error, input, textarea, select, checkbox, radio, fieldset, legend, option-label, option-hint, reveal, date-label, suffix, echo, count, files, file, remove, add, item, item-heading';

const asText = (answer: unknown) => (typeof answer === 'string' ? answer : '');

/** Number and money share one control; a kept answer may be the text typed or a number. */
function renderNumberField(field: Extract<FieldDefinition, { type: 'number' | 'money' }>, { text, messages, answer }: FieldRenderContext) {
  return html`<sf-number-field
    id="sf-field-${field.name}"
    data-sf-field
    exportparts=${FIELD_PARTS}
    .field=${field}
    name=${field.name}
    label=${text(field.label)}
    hint=${text(field.hint)}
    format=${field.type}
    autocomplete=${field.autocomplete ?? nothing}
    min=${field.min ?? nothing}
    ?required=${field.required}
    .messages=${messages}
    .value=${typeof answer === 'number' ? String(answer) : asText(answer)}
  ></sf-number-field>`;
}

export const fieldRenderers: Renderers = {
  text: (field, { text, messages, answer }) => html`<sf-text-field
    id="sf-field-${field.name}"
    data-sf-field
    exportparts=${FIELD_PARTS}
    .field=${field}
    name=${field.name}
    label=${text(field.label)}
    hint=${text(field.hint)}
    format=${field.format ?? 'text'}
    autocomplete=${field.autocomplete ?? nothing}
    ?required=${field.required}
    .messages=${messages}
    .value=${asText(answer)}
  ></sf-text-field>`,

  email: (field, { text, messages, answer }) => html`<sf-text-field
    id="sf-field-${field.name}"
    data-sf-field
    exportparts=${FIELD_PARTS}
    .field=${field}
    name=${field.name}
    label=${text(field.label)}
    hint=${text(field.hint)}
    format="email"
    autocomplete=${field.autocomplete ?? 'email'}
    ?required=${field.required}
    .messages=${messages}
    .value=${asText(answer)}
  ></sf-text-field>`,

  radios: (field, context) => html`<sf-radio-group
    id="sf-field-${field.name}"
    data-sf-field
    exportparts=${FIELD_PARTS}
    .field=${field}
    name=${field.name}
    label=${context.text(field.label)}
    hint=${context.text(field.hint)}
    ?required=${field.required}
    .messages=${context.messages}
    .options=${context.memo(field, 'options', () => field.options.map((option) => ({ value: option.value, label: context.text(option.label), hint: context.text(option.hint) || undefined })))}
    .value=${asText(context.answer)}
    >${reveals(field, context)}</sf-radio-group
  >`,

  select: (field, { text, messages, answer, memo }) => html`<sf-select
    id="sf-field-${field.name}"
    data-sf-field
    exportparts=${FIELD_PARTS}
    .field=${field}
    name=${field.name}
    label=${text(field.label)}
    hint=${text(field.hint)}
    placeholder=${text(field.placeholder)}
    autocomplete=${field.autocomplete ?? nothing}
    ?required=${field.required}
    .messages=${messages}
    .options=${memo(field, 'options', () => field.options.map((option) => ({ value: option.value, label: text(option.label) })))}
    .value=${asText(answer)}
  ></sf-select>`,

  checkbox: (field, { text, messages, answer }) => html`<sf-checkbox
    id="sf-field-${field.name}"
    data-sf-field
    exportparts=${FIELD_PARTS}
    .field=${field}
    name=${field.name}
    label=${text(field.label)}
    hint=${text(field.hint)}
    ?required=${field.required}
    .messages=${messages}
    .checked=${answer === true}
  ></sf-checkbox>`,

  checkboxes: (field, context) => html`<sf-checkbox-group
    id="sf-field-${field.name}"
    data-sf-field
    exportparts=${FIELD_PARTS}
    .field=${field}
    name=${field.name}
    label=${context.text(field.label)}
    hint=${context.text(field.hint)}
    ?required=${field.required}
    .messages=${context.messages}
    .options=${context.memo(field, 'options', () => field.options.map((option) => ({ value: option.value, label: context.text(option.label), hint: context.text(option.hint) || undefined })))}
    .value=${Array.isArray(context.answer) ? context.answer : []}
  >${reveals(field, context)}</sf-checkbox-group
  >`,

  date: (field, { text, messages, answer }) => html`<sf-date-input
    id="sf-field-${field.name}"
    data-sf-field
    exportparts=${FIELD_PARTS}
    .field=${field}
    name=${field.name}
    label=${text(field.label)}
    hint=${text(field.hint)}
    autocomplete=${field.autocomplete ?? nothing}
    ?required=${field.required}
    .messages=${messages}
    .parts=${dateParts(answer)}
  ></sf-date-input>`,

  file: (field, { text, messages, answer }) => html`<sf-file-upload
    id="sf-field-${field.name}"
    data-sf-field
    exportparts=${FIELD_PARTS}
    .field=${field}
    name=${field.name}
    label=${text(field.label)}
    hint=${text(field.hint)}
    accept=${field.accept?.join(',') ?? nothing}
    ?multiple=${field.multiple}
    ?required=${field.required}
    .messages=${messages}
    .files=${Array.isArray(answer) ? answer : []}
  ></sf-file-upload>`,

  textarea: (field, { text, messages, answer }) => html`<sf-textarea
    id="sf-field-${field.name}"
    data-sf-field
    exportparts=${FIELD_PARTS}
    .field=${field}
    name=${field.name}
    label=${text(field.label)}
    hint=${text(field.hint)}
    autocomplete=${field.autocomplete ?? nothing}
    maxlength=${field.maxLength ?? nothing}
    maxwords=${field.maxWords ?? nothing}
    rows=${field.rows ?? nothing}
    threshold=${field.threshold ?? nothing}
    ?required=${field.required}
    .messages=${messages}
    .value=${asText(answer)}
  ></sf-textarea>`,

  number: (field, context) => renderNumberField(field, context),
  money: (field, context) => renderNumberField(field, context),

  fieldset: (field, context) => html`<sf-fieldset id="sf-field-${field.name}" legend=${context.text(field.label)} hint=${context.text(field.hint)}
    >${context.renderChildren(field.fields)}</sf-fieldset
  >`,

  repeatable: (field, context) => {
    // Items are keyed by their answer object, which lives as long as the item does, so a
    // removed item's controls go with it instead of shifting values between items.
    const items = Array.isArray(context.answer) ? (context.answer as object[]) : [];
    return html`<sf-repeatable
      id="sf-field-${field.name}"
      data-sf-repeatable
      name=${field.name}
      label=${context.text(field.label)}
      hint=${context.text(field.hint)}
      item-label=${context.text(field.itemLabel)}
      min=${field.min ?? 0}
      max=${field.max ?? nothing}
      .count=${items.length}
      .error=${context.error ? context.word(context.error) : ''}
      >${repeat(
        items,
        (item) => item,
        (_item, i) => html`<div slot="item-${i}">${context.renderChildren(field.fields, `${field.name}[${i}].`)}</div>`,
      )}</sf-repeatable
    >`;
  },
};

/** Renders one field of a definition as its control. */
export function renderField(field: FieldDefinition, context: FieldRenderContext): TemplateResult {
  const render = fieldRenderers[field.type] as (field: FieldDefinition, context: FieldRenderContext) => TemplateResult;
  return render(field, context);
}

/**
 * A date answer as the date input's parts: parts as the form keeps them, or an ISO date
 * (`1990-01-15`, as an envelope, a pre-fill or a server holds it), which core accepts too.
 */
/** No date yet: one object, so a form re-render does not hand the control a new one. */
const NO_DATE = Object.freeze({ day: '', month: '', year: '' });

function dateParts(answer: unknown): { day: string; month: string; year: string } {
  if (answer && typeof answer === 'object') return answer as { day: string; month: string; year: string };
  const iso = typeof answer === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(answer) : null;
  if (iso) return { day: String(Number(iso[3])), month: String(Number(iso[2])), year: iso[1]! };
  return NO_DATE;
}
