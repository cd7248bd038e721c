import { html, nothing, type TemplateResult } from 'lit';
import { ACTION, addAction, datePartName, fieldId, partId, removeAction } from './ids.js';
import type {
  CheckboxesFieldView,
  CheckboxFieldView,
  DateFieldView,
  ErrorSummaryView,
  FieldKind,
  FieldView,
  FieldViewBase,
  FieldsetView,
  FileFieldView,
  NumberFieldView,
  RadiosFieldView,
  RepeatableFieldView,
  SelectFieldView,
  TextareaFieldView,
  TextFieldView,
} from './views.js';

/*
 * The light-DOM markup of every field, written once as lit-html templates over a resolved view
 * (docs/decisions/0008-html-renderer-lit-templates.md). Node renders them to strings
 * (render.ts); the browser can hydrate or render the same templates.
 *
 * Rules that keep the Node output right (@lit-labs/ssr 4.1):
 * - Boolean states are boolean attribute bindings (`?checked`, `?selected`, `?required`):
 *   SSR writes a property binding `.checked=${false}` as `checked="false"`, which is checked.
 * - Values are attribute bindings of strings (`value=${text}`); the one property binding is a
 *   textarea's `.value` (textarea.ts), whose text render.ts writes.
 * - No `unsafeHTML`, `unsafeStatic` or raw strings: lit escapes every text and attribute value
 *   (the lint forbids the unsafe directives in this package).
 */

/** The ids an `aria-describedby` lists, hint first, error last (GOV.UK; the elements' order). */
function describedBy(...ids: (string | false | undefined)[]) {
  return ids.filter(Boolean).join(' ') || nothing;
}

const hintId = (view: FieldViewBase) => (view.hint ? partId(view.name, 'hint') : undefined);
const errorId = (view: FieldViewBase) => (view.error ? partId(view.name, 'error') : undefined);
const invalid = (view: FieldViewBase) => (view.error ? 'true' : nothing);
const fieldClass = (view: FieldViewBase) => (view.error ? 'sf-field sf-field--error' : 'sf-field');

/** The label or legend text, with the optional marker after it. */
const labelText = (view: FieldViewBase) =>
  html`${view.label}${view.optional ? html` <span class="sf-optional">${view.optional}</span>` : nothing}`;

const hint = (view: FieldViewBase) => (view.hint ? html`<div id=${partId(view.name, 'hint')} class="sf-hint">${view.hint}</div>` : nothing);

/** `<p id="…:error"><span class="sf-visually-hidden">Error:</span> …</p>` (A11Y.md). */
const inlineError = (view: FieldViewBase) =>
  view.error
    ? html`<p id=${partId(view.name, 'error')} class="sf-error"><span class="sf-visually-hidden">${view.error.prefix}</span> ${view.error.text}</p>`
    : nothing;

export function textFieldTemplate(view: TextFieldView): TemplateResult {
  const id = fieldId(view.name);
  const echoId = view.echo ? partId(view.name, 'echo') : undefined;
  return html`<div class=${fieldClass(view)}>
<label class="sf-label" for=${id}>${labelText(view)}</label>
${hint(view)}${inlineError(view)}<input id=${id} class=${view.width ? `sf-input sf-input--w${view.width}` : 'sf-input'} type=${view.type} name=${view.name} value=${view.value} ?required=${view.required} inputmode=${view.inputmode ?? nothing} autocomplete=${view.autocomplete ?? nothing} autocapitalize=${view.autocapitalize ?? nothing} spellcheck=${view.spellcheck === false ? 'false' : nothing} aria-describedby=${describedBy(hintId(view), errorId(view), echoId)} aria-invalid=${invalid(view)}>
${view.echo ? html`<p id=${partId(view.name, 'echo')} class="sf-echo">${view.echo}</p>` : nothing}</div>`;
}

/**
 * The `<textarea>` itself: its text is the one property binding (`.value`). SSR cannot write a
 * binding inside a textarea of a hydratable template, nor does it write `.value` (lit/lit#4915),
 * so render.ts writes the text, escaped, between the tags (and the browser's hydration leaves
 * it alone). Exported for render.ts only.
 */
export function textareaControl(view: TextareaFieldView): TemplateResult {
  const id = fieldId(view.name);
  return html`<textarea id=${id} class="sf-input sf-textarea" name=${view.name} rows=${view.rows ?? nothing} ?required=${view.required} autocomplete=${view.autocomplete ?? nothing} aria-describedby=${describedBy(hintId(view), view.limit && partId(view.name, 'limit'), errorId(view))} aria-invalid=${invalid(view)} .value=${view.value}></textarea>`;
}

export function textareaFieldTemplate(view: TextareaFieldView): TemplateResult {
  return html`<div class=${fieldClass(view)}>
<label class="sf-label" for=${fieldId(view.name)}>${labelText(view)}</label>
${hint(view)}${inlineError(view)}${textareaControl(view)}
${view.limit ? html`<div id=${partId(view.name, 'limit')} class="sf-count">${view.limit}</div>` : nothing}</div>`;
}

export function numberFieldTemplate(view: NumberFieldView): TemplateResult {
  const id = fieldId(view.name);
  const suffixId = view.suffixText ? partId(view.name, 'currency') : undefined;
  return html`<div class=${fieldClass(view)}>
<label class="sf-label" for=${id}>${labelText(view)}</label>
${hint(view)}${inlineError(view)}<div class="sf-wrapper"><input id=${id} class="sf-input" type="text" inputmode=${view.inputmode} spellcheck="false" name=${view.name} value=${view.value} ?required=${view.required} autocomplete=${view.autocomplete ?? nothing} aria-describedby=${describedBy(hintId(view), suffixId, errorId(view))} aria-invalid=${invalid(view)}>${view.suffix ? html`<span class="sf-suffix" aria-hidden="true" data-symbol=${view.suffix}></span>` : nothing}</div>
${view.suffixText ? html`<span id=${partId(view.name, 'currency')} class="sf-visually-hidden">${view.suffixText}</span>` : nothing}</div>`;
}

export function dateFieldTemplate(view: DateFieldView): TemplateResult {
  return html`<div class=${fieldClass(view)}><fieldset class="sf-fieldset" role="group" aria-describedby=${describedBy(hintId(view), errorId(view))}>
<legend class="sf-legend">${labelText(view)}</legend>
${hint(view)}${inlineError(view)}<div class="sf-parts">${view.parts.map(
    (part) => html`<div class="sf-part sf-part--${part.part}"><label for=${partId(view.name, part.part)}>${part.label}</label><input id=${partId(view.name, part.part)} class="sf-input" type="text" inputmode="numeric" spellcheck="false" name=${datePartName(view.name, part.part)} value=${part.value} ?required=${view.required} autocomplete=${part.autocomplete ?? nothing} aria-invalid=${view.error && part.invalid ? 'true' : nothing}></div>`,
  )}</div>
</fieldset></div>`;
}

export function selectFieldTemplate(view: SelectFieldView): TemplateResult {
  const id = fieldId(view.name);
  // aria-required, as the element: a native required select is exposed invalid before a submit.
  return html`<div class=${fieldClass(view)}>
<label class="sf-label" for=${id}>${labelText(view)}</label>
${hint(view)}${inlineError(view)}<select id=${id} class="sf-input sf-select" name=${view.name} autocomplete=${view.autocomplete ?? nothing} aria-required=${view.required ? 'true' : nothing} aria-describedby=${describedBy(hintId(view), errorId(view))} aria-invalid=${invalid(view)}><option value="" ?selected=${view.value === ''}>${view.placeholder}</option>${view.options.map(
    (option) => html`<option value=${option.value} ?selected=${option.value === view.value}>${option.label}</option>`,
  )}</select></div>`;
}

/** Radios or checkboxes: a plain fieldset and legend (A11Y.md), options, reveals always shown. */
function choicesTemplate(view: RadiosFieldView | CheckboxesFieldView, type: 'radio' | 'checkbox', chosen: (value: string) => boolean): TemplateResult {
  return html`<div class=${fieldClass(view)}><fieldset class="sf-fieldset" aria-describedby=${describedBy(hintId(view), errorId(view))}>
<legend class="sf-legend">${labelText(view)}</legend>
${hint(view)}${inlineError(view)}<div class="sf-options">${view.options.map((option, i) => {
    const id = partId(view.name, `option-${i}`);
    return html`<div class="sf-option"><input type=${type} id=${id} name=${view.name} value=${option.value} ?checked=${chosen(option.value)} aria-describedby=${option.hint ? `${id}-hint` : nothing} aria-invalid=${invalid(view)}><label for=${id} id=${`${id}-label`}>${option.label}</label>${
      option.hint ? html`<div id=${`${id}-hint`} class="sf-hint">${option.hint}</div>` : nothing
    }${option.reveals?.length ? html`<div class="sf-reveal" id=${partId(view.name, `reveal-${i}`)} role="group" aria-labelledby=${`${id}-label`}>${fieldsTemplate(option.reveals)}</div>` : nothing}</div>`;
  })}</div>
</fieldset></div>`;
}

export const radiosFieldTemplate = (view: RadiosFieldView): TemplateResult => choicesTemplate(view, 'radio', (value) => value === view.value);

export const checkboxesFieldTemplate = (view: CheckboxesFieldView): TemplateResult =>
  choicesTemplate(view, 'checkbox', (value) => view.values.includes(value));

export function checkboxFieldTemplate(view: CheckboxFieldView): TemplateResult {
  const id = fieldId(view.name);
  // aria-required, as the element: a native required checkbox is exposed invalid at once.
  return html`<div class=${fieldClass(view)}>${inlineError(view)}<div class="sf-option"><input type="checkbox" id=${id} name=${view.name} ?checked=${view.checked} aria-required=${view.required ? 'true' : nothing} aria-describedby=${describedBy(hintId(view), errorId(view))} aria-invalid=${invalid(view)}><label for=${id}>${labelText(view)}</label>${hint(view)}</div></div>`;
}

export function fileFieldTemplate(view: FileFieldView): TemplateResult {
  const id = fieldId(view.name);
  // aria-invalid always explicit, as the element: Chromium exposes a required empty file input as invalid.
  return html`<div class=${fieldClass(view)}>
<label class="sf-label" for=${id}>${labelText(view)}</label>
${hint(view)}${inlineError(view)}<input id=${id} class="sf-file-input" type="file" name=${view.name} accept=${view.accept || nothing} ?multiple=${view.multiple} ?required=${view.required} aria-describedby=${describedBy(hintId(view), errorId(view))} aria-invalid=${view.error ? 'true' : 'false'}>
${view.files?.length ? html`<ul class="sf-files">${view.files.map((file) => html`<li class="sf-file">${file}</li>`)}</ul>` : nothing}</div>`;
}

export function fieldsetTemplate(view: FieldsetView): TemplateResult {
  return html`<fieldset class="sf-fieldset sf-group" id=${fieldId(view.name)} aria-describedby=${describedBy(hintId(view))}>
<legend class="sf-legend">${labelText(view)}</legend>
${hint(view)}${fieldsTemplate(view.fields)}</fieldset>`;
}

export function repeatableFieldTemplate(view: RepeatableFieldView): TemplateResult {
  return html`<div class=${fieldClass(view)}><fieldset class="sf-fieldset" id=${fieldId(view.name)} aria-describedby=${describedBy(hintId(view), errorId(view))}>
<legend class="sf-legend">${labelText(view)}</legend>
${hint(view)}${inlineError(view)}${view.items.map((item, i) => {
    const itemPath = `${view.name}[${i}]`;
    const headingId = partId(itemPath, 'heading');
    return html`<div class="sf-item" role="group" aria-labelledby=${headingId}><h2 class="sf-item-heading" id=${headingId} tabindex="-1">${item.heading}</h2>
${fieldsTemplate(item.fields)}${
      item.remove
        ? html`<button type="submit" class="sf-button sf-button--secondary sf-remove" name=${ACTION} value=${removeAction(itemPath)}>${item.remove.text}<span class="sf-visually-hidden"> ${item.remove.hiddenText}</span></button>`
        : nothing
    }</div>`;
  })}${view.add ? html`<button type="submit" class="sf-button sf-button--secondary sf-add" id=${partId(view.name, 'add')} name=${ACTION} value=${addAction(view.name)}>${view.add}</button>` : nothing}
</fieldset></div>`;
}

type Templates = { [K in FieldKind]: (view: Extract<FieldView, { kind: K }>) => TemplateResult };

/** The template of each kind of field; TypeScript checks none is missing. */
export const fieldTemplates: Templates = {
  text: textFieldTemplate,
  textarea: textareaFieldTemplate,
  number: numberFieldTemplate,
  date: dateFieldTemplate,
  select: selectFieldTemplate,
  radios: radiosFieldTemplate,
  checkboxes: checkboxesFieldTemplate,
  checkbox: checkboxFieldTemplate,
  file: fileFieldTemplate,
  fieldset: fieldsetTemplate,
  repeatable: repeatableFieldTemplate,
};

/** One field's markup. */
export function fieldTemplate(view: FieldView): TemplateResult {
  return (fieldTemplates[view.kind] as (view: FieldView) => TemplateResult)(view);
}

/** Fields in order. */
export function fieldsTemplate(views: readonly FieldView[]): TemplateResult {
  return html`${views.map((view) => fieldTemplate(view))}`;
}

/**
 * The error summary (GOV.UK), first in `<main>`: a heading and a list of links to the
 * controls. No `role="alert"`: without script nothing changes on the page to announce, and the
 * page title starts with "Error:"; script moves focus here (tabindex="-1").
 */
export function errorSummaryTemplate(view: ErrorSummaryView): TemplateResult {
  return html`<div class="sf-error-summary" tabindex="-1"><h2 class="sf-error-summary-title">${view.title}</h2>
<ul class="sf-error-summary-list">${view.items.map((item) => html`<li>${item.targetId === undefined ? item.text : html`<a href="#${item.targetId}">${item.text}</a>`}</li>`)}</ul></div>`;
}
