import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { FieldDefinition, FieldError, FieldType, LocalizedText } from '@service-forms/core';
import type { CustomMessages } from '../messages/error-messages.js';
import { bind, type Bindings } from './field-binding.js';
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
  /** What the last Continue found wrong at this field's path, if anything: a control then shows its validation (`validated`), a repeatable this error (too few, too many items). */
  error: FieldError | undefined;
  /** What the receiver refused at this field's path: the control's outside error (`error`) until the person changes it. */
  refusal: FieldError | undefined;
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

/** A radio or checkbox group's options in the active language, made once per field and language. */
const choices = (field: Extract<FieldDefinition, { type: 'radios' | 'checkboxes' }>, { memo, text }: FieldRenderContext) =>
  memo(field, 'options', () => field.options.map((option) => ({ value: option.value, label: text(option.label), hint: text(option.hint) || undefined })));

const asText = (answer: unknown) => (typeof answer === 'string' ? answer : '');

/**
 * What every control is given (its id, the parts it passes up, the definition, name, label, hint,
 * whether the last Continue found its answer wrong, whether it is required, its messages), then its type's own (`format`, `min`, …, the answer
 * last): one list for all, set by one directive (field-binding.ts), written again only when a
 * value changed, as the template's own bindings were.
 */
const bindField = (field: FieldDefinition, { text, word, messages, error, refusal }: FieldRenderContext, own: Bindings) =>
  bind({ id: `sf-field-${field.name}`, exportparts: FIELD_PARTS, '.field': field, name: field.name, '.validated': !!error, label: text(field.label), hint: text(field.hint), '?required': field.required, '.messages': messages, '.error': refusal ? word(refusal) : '', ...own });

/** Number and money share one control; a kept answer may be the text typed or a number. */
function renderNumberField(field: Extract<FieldDefinition, { type: 'number' | 'money' }>, context: FieldRenderContext) {
  const { answer } = context;
  return html`<sf-number-field data-sf-field ${bindField(field, context, { format: field.type, autocomplete: field.autocomplete, min: field.min, '.value': typeof answer === 'number' ? String(answer) : asText(answer) })}></sf-number-field>`;
}

export const fieldRenderers: Renderers = {
  text: (field, context) => html`<sf-text-field data-sf-field ${bindField(field, context, { format: field.format ?? 'text', autocomplete: field.autocomplete, '.value': asText(context.answer) })}></sf-text-field>`,

  email: (field, context) => html`<sf-text-field data-sf-field ${bindField(field, context, { format: 'email', autocomplete: field.autocomplete ?? 'email', '.value': asText(context.answer) })}></sf-text-field>`,

  radios: (field, context) =>
    html`<sf-radio-group data-sf-field
      ${bindField(field, context, {
        '.options': choices(field, context),
        '.value': asText(context.answer),
      })}
      >${reveals(field, context)}</sf-radio-group
    >`,

  select: (field, context) =>
    html`<sf-select data-sf-field
      ${bindField(field, context, {
        placeholder: context.text(field.placeholder),
        autocomplete: field.autocomplete,
        '.options': context.memo(field, 'options', () => field.options.map((option) => ({ value: option.value, label: context.text(option.label) }))),
        '.value': asText(context.answer),
      })}
    ></sf-select>`,

  checkbox: (field, context) => html`<sf-checkbox data-sf-field ${bindField(field, context, { '.checked': context.answer === true })}></sf-checkbox>`,

  checkboxes: (field, context) =>
    html`<sf-checkbox-group data-sf-field
      ${bindField(field, context, {
        '.options': choices(field, context),
        '.value': Array.isArray(context.answer) ? context.answer : [],
      })}
      >${reveals(field, context)}</sf-checkbox-group
    >`,

  date: (field, context) => html`<sf-date-input data-sf-field ${bindField(field, context, { autocomplete: field.autocomplete, '.parts': dateParts(context.answer) })}></sf-date-input>`,

  file: (field, context) =>
    html`<sf-file-upload data-sf-field ${bindField(field, context, { accept: field.accept?.join(','), '?multiple': field.multiple, '.files': Array.isArray(context.answer) ? context.answer : [] })}></sf-file-upload>`,

  textarea: (field, context) =>
    html`<sf-textarea data-sf-field
      ${bindField(field, context, {
        autocomplete: field.autocomplete,
        maxlength: field.maxLength,
        maxwords: field.maxWords,
        rows: field.rows,
        threshold: field.threshold,
        '.value': asText(context.answer),
      })}
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
