import { html, nothing, type TemplateResult } from 'lit';
import type { FieldDefinition, FieldType, LocalizedText } from '@service-forms/core';
import type { CustomMessages } from '../messages/error-messages.js';

/** What a renderer needs besides the field: the person's language and the kept answer. */
export interface FieldRenderContext {
  /** The field's text in the active language. */
  text(value: LocalizedText | undefined): string;
  /** The field's own messages, by error code, in the active language. */
  messages: CustomMessages;
  /** The answer kept for this field (what the control's `answer` gave), or undefined. */
  answer: unknown;
}

/**
 * How `sf-form` renders each field type as its `sf-` control. Every control gets `id`
 * `sf-field-<name>` (the error summary links to it) and `data-sf-field` (the form collects
 * answers from those). A new field type adds its entry here; TypeScript checks none is missing.
 */
type Renderers = { [T in FieldType]: (field: Extract<FieldDefinition, { type: T }>, context: FieldRenderContext) => TemplateResult };

const asText = (answer: unknown) => (typeof answer === 'string' ? answer : '');

export const fieldRenderers: Renderers = {
  text: (field, { text, messages, answer }) => html`<sf-text-field
    id="sf-field-${field.name}"
    data-sf-field
    name=${field.name}
    label=${text(field.label)}
    hint=${text(field.hint)}
    format=${field.format ?? 'text'}
    autocomplete=${field.autocomplete ?? nothing}
    maxlength=${field.maxLength ?? nothing}
    minlength=${field.minLength ?? nothing}
    ?required=${field.required}
    .messages=${messages}
    .value=${asText(answer)}
  ></sf-text-field>`,

  email: (field, { text, messages, answer }) => html`<sf-text-field
    id="sf-field-${field.name}"
    data-sf-field
    name=${field.name}
    label=${text(field.label)}
    hint=${text(field.hint)}
    format="email"
    autocomplete=${field.autocomplete ?? 'email'}
    maxlength=${field.maxLength ?? nothing}
    ?required=${field.required}
    .messages=${messages}
    .value=${asText(answer)}
  ></sf-text-field>`,

  radios: (field, { text, messages, answer }) => html`<sf-radio-group
    id="sf-field-${field.name}"
    data-sf-field
    name=${field.name}
    label=${text(field.label)}
    hint=${text(field.hint)}
    ?required=${field.required}
    .messages=${messages}
    .options=${field.options.map((option) => ({ value: option.value, label: text(option.label), hint: text(option.hint) || undefined }))}
    .value=${asText(answer)}
  ></sf-radio-group>`,

  date: (field, { text, messages, answer }) => html`<sf-date-input
    id="sf-field-${field.name}"
    data-sf-field
    name=${field.name}
    label=${text(field.label)}
    hint=${text(field.hint)}
    autocomplete=${field.autocomplete ?? nothing}
    constraint=${field.constraint ?? nothing}
    ?required=${field.required}
    .messages=${messages}
    .parts=${answer && typeof answer === 'object' ? answer : { day: '', month: '', year: '' }}
  ></sf-date-input>`,
};

/** Renders one field of a definition as its control. */
export function renderField(field: FieldDefinition, context: FieldRenderContext): TemplateResult {
  const render = fieldRenderers[field.type] as (field: FieldDefinition, context: FieldRenderContext) => TemplateResult;
  return render(field, context);
}
