/**
 * The resolved view model the templates render: every text already in the person's language
 * (definition text picked for the locale, chrome and error sentences from the catalogue), every
 * value exactly as it is to be shown. Templates are pure functions of it: they decide markup,
 * never wording (docs/decisions/0008-html-renderer-lit-templates.md).
 */

/** An inline error: the sentence, and the visually hidden prefix before it ("Error:"). */
export interface ErrorView {
  text: string;
  /** Read before the sentence by screen readers, hidden on screen: "Error:", "Қате:", "Ошибка:". */
  prefix: string;
}

/** What every field view has. */
export interface FieldViewBase {
  /**
   * The answer path (`iin`, `members[1].iin`, as core's `formatAnswerPath` writes it): the
   * control's `name`, and through {@link fieldId} its `id`.
   */
  name: string;
  /** The label, or the legend of a group. */
  label: string;
  hint?: string;
  /** Shown after the label of an optional question ("(optional)"); left out for required ones. */
  optional?: string;
  /** Shown only after a submit attempt found the answer wrong (A11Y.md: never before). */
  error?: ErrorView;
}

/** A single-line box: text and its formats (IIN, BIN, phone, postal code, IBAN, person name), email. */
export interface TextFieldView extends FieldViewBase {
  kind: 'text';
  /** The native input type. */
  type: 'text' | 'email' | 'tel';
  /** The text as the person typed it (or as kept), shown as it is. */
  value: string;
  required?: boolean;
  autocomplete?: string;
  inputmode?: 'numeric' | 'tel' | 'email' | 'text';
  /** `false` for codes and names a spell checker would only flag. */
  spellcheck?: false;
  autocapitalize?: 'characters' | 'words';
  /** The box's width in `em` when it hints at the expected length (GOV.UK): 8, 14 or 20; else the field's. */
  width?: 8 | 14 | 20;
  /** Said after the box and in its description: what a valid IIN implies ("Born 15 January 1990"). */
  echo?: string;
}

/** A multi-line box. */
export interface TextareaFieldView extends FieldViewBase {
  kind: 'textarea';
  value: string;
  required?: boolean;
  autocomplete?: string;
  rows?: number;
  /** The limit in words, after the hint and in the description: "You can enter up to 500 characters". */
  limit?: string;
}

/** A whole number or an amount of money: a text box with a numeric keyboard, never `type="number"`. */
export interface NumberFieldView extends FieldViewBase {
  kind: 'number';
  value: string;
  required?: boolean;
  autocomplete?: string;
  /** `numeric`, or `text` where a minus sign must be typable (a negative minimum). */
  inputmode: 'numeric' | 'text';
  /** A sign after the box, hidden from screen readers ("₸"). */
  suffix?: string;
  /** What the sign means, in the description ("in tenge"). */
  suffixText?: string;
}

/** One box of a date. */
export interface DatePartView {
  part: 'day' | 'month' | 'year';
  /** "Day", "Күн", "День". */
  label: string;
  value: string;
  /** `bday-day` for a date of birth. */
  autocomplete?: string;
  /** This box is what the error is about (all three when the whole date is wrong). */
  invalid?: boolean;
}

/** A date: three boxes in a fieldset whose legend is the question (GOV.UK date input). */
export interface DateFieldView extends FieldViewBase {
  kind: 'date';
  required?: boolean;
  /** Day, month and year, in the order shown. */
  parts: DatePartView[];
}

export interface SelectOptionView {
  value: string;
  label: string;
}

/** A drop-down list starting on an empty option. */
export interface SelectFieldView extends FieldViewBase {
  kind: 'select';
  /** The empty first option's text ("Select a region"), or ''. */
  placeholder: string;
  options: SelectOptionView[];
  /** The chosen option's value, '' for none. */
  value: string;
  required?: boolean;
  autocomplete?: string;
}

/** A radio or checkbox option; what it reveals is always rendered (no script: GOV.UK shows it). */
export interface ChoiceOptionView {
  value: string;
  label: string;
  hint?: string;
  reveals?: FieldView[];
}

export interface RadiosFieldView extends FieldViewBase {
  kind: 'radios';
  options: ChoiceOptionView[];
  /** The chosen option's value, '' for none. */
  value: string;
}

export interface CheckboxesFieldView extends FieldViewBase {
  kind: 'checkboxes';
  options: ChoiceOptionView[];
  /** The ticked options' values. */
  values: string[];
}

/** One checkbox for one yes (consent): `label` is the box's own text. */
export interface CheckboxFieldView extends FieldViewBase {
  kind: 'checkbox';
  checked: boolean;
  required?: boolean;
}

/** A file upload (the page's form must be `multipart/form-data`). */
export interface FileFieldView extends FieldViewBase {
  kind: 'file';
  required?: boolean;
  /** The `accept` attribute: `application/pdf,.png`. */
  accept?: string;
  multiple?: boolean;
  /** Files already received, each as shown ("cv.pdf, 120 KB"): a file input cannot be pre-filled. */
  files?: string[];
}

/** Fields under a legend; no answer of its own (`name` identifies the group). */
export interface FieldsetView extends FieldViewBase {
  kind: 'fieldset';
  fields: FieldView[];
}

/** One item of a repeatable. */
export interface RepeatableItemView {
  /** "Household member 2". */
  heading: string;
  /** The item's fields, named `members[1].iin`. */
  fields: FieldView[];
  /** The Remove button, when the item may be removed: "Remove" and, hidden, "household member 2". */
  remove?: { text: string; hiddenText: string };
}

/**
 * "Add another" without script: the items' fields, and Add and Remove as submit buttons
 * (`name="action"`, values from {@link addAction} and {@link removeAction}).
 */
export interface RepeatableFieldView extends FieldViewBase {
  kind: 'repeatable';
  items: RepeatableItemView[];
  /** The Add button's text ("Add another household member"), or undefined at the maximum. */
  add?: string;
}

export type FieldView =
  | TextFieldView
  | TextareaFieldView
  | NumberFieldView
  | DateFieldView
  | SelectFieldView
  | RadiosFieldView
  | CheckboxesFieldView
  | CheckboxFieldView
  | FileFieldView
  | FieldsetView
  | RepeatableFieldView;

export type FieldKind = FieldView['kind'];

/** One link of the error summary. */
export interface ErrorSummaryItemView {
  text: string;
  /**
   * The id of the control the error is about (`errorTargetId`); the link is `#` and it. An id,
   * not a URL, so that no view can make a `javascript:` link. Without one (a problem with no
   * field, such as a send that failed) the item is text.
   */
  targetId?: string;
}

/** The error summary, first in `<main>` after a failed submit (GOV.UK; A11Y.md). */
export interface ErrorSummaryView {
  /** "There is a problem". */
  title: string;
  items: ErrorSummaryItemView[];
}
