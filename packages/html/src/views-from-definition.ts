import {
  checkIin,
  getAnswer,
  mapKeyboardDigits,
  textareaLimit,
  type CountUnit,
  type DatePart,
  type FieldDefinition,
  type LocalizedText,
  type TextFormat,
} from '@service-forms/core';
import type { ChoiceOptionView, DatePartView, ErrorView, FieldView, TextFieldView } from './views.js';

/**
 * Field views from a definition's fields and the answers: definition text picked by `text`,
 * every other word (chrome, error sentences) given by the caller already in the person's
 * language. Step 1 of issue 22: the page around the fields, and the catalogue that words the
 * chrome and the errors, come in step 2.
 */

/** Words the fields need besides the definition's text, in the person's language. */
export interface ViewChrome {
  /** The visually hidden prefix of an inline error: "Error:". */
  errorPrefix: string;
  /** After the label of an optional question: "(optional)"; undefined shows nothing. */
  optional?: string;
  /** A date's box labels: "Day", "Month", "Year". */
  dateParts: Record<DatePart, string>;
  /** The description of the ₸ after a money box: "in tenge". */
  inTenge: string;
  /** A drop-down list's empty option when the definition gives no placeholder. */
  selectPlaceholder: string;
  /** A repeated item's heading: ("Household member", 2) → "Household member 2". */
  itemHeading(itemLabel: string, position: number): string;
  /** The Add button: ("Household member", items so far) → "Add another household member". */
  add(itemLabel: string, count: number): string;
  /** The Remove button: "Remove", and its hidden rest ("household member 2"). */
  remove(itemHeading: string): { text: string; hiddenText: string };
  /** A textarea's limit: (500, "characters") → "You can enter up to 500 characters". */
  limit(max: number, unit: CountUnit): string;
  /** What a valid IIN implies, from its birth date (ISO): "Born 15 January 1990"; undefined for none. */
  iinEcho?(birthDate: string): string;
}

/** An error to show at an answer path: the sentence, and for a date the boxes it is about. */
export interface ErrorAtPath {
  text: string;
  parts?: readonly DatePart[];
}

export interface BuildViewsOptions {
  /** Definition text in the person's language (core's `localize` with the locale). */
  text(value: LocalizedText | undefined): string;
  chrome: ViewChrome;
  /** Errors by answer path (`members[1].iin`), already worded. */
  errors?: Readonly<Record<string, ErrorAtPath>>;
  /** Whether a field shows (its `showIf`), by its path; every field shows when not given. */
  shows?(field: FieldDefinition, path: string): boolean;
}

/** How a text box is set up for a format: the input type, keyboard, default autocomplete (as sf-text-field). */
type InputSetup = Pick<TextFieldView, 'type' | 'inputmode' | 'autocomplete' | 'spellcheck' | 'autocapitalize' | 'width'>;

const INPUT_SETUP: Record<'text' | 'email' | TextFormat, InputSetup> = {
  text: { type: 'text' },
  email: { type: 'email', inputmode: 'email', spellcheck: false, autocomplete: 'email' },
  iin: { type: 'text', inputmode: 'numeric', autocomplete: 'off', spellcheck: false, width: 14 },
  bin: { type: 'text', inputmode: 'numeric', autocomplete: 'off', spellcheck: false, width: 14 },
  phone: { type: 'tel', inputmode: 'tel', autocomplete: 'tel', spellcheck: false, width: 14 },
  'postal-code': { type: 'text', autocomplete: 'postal-code', spellcheck: false, autocapitalize: 'characters', width: 8 },
  iban: { type: 'text', autocomplete: 'off', spellcheck: false, autocapitalize: 'characters', width: 20 },
  'person-name': { type: 'text', spellcheck: false, autocapitalize: 'words' },
};

const DATE_PARTS: readonly DatePart[] = ['day', 'month', 'year'];

const asText = (answer: unknown) => (typeof answer === 'string' ? answer : typeof answer === 'number' ? String(answer) : '');

/** A date answer as typed parts, or from an ISO date (as a pre-fill or an envelope holds it). */
function dateParts(answer: unknown): Record<DatePart, string> {
  if (answer && typeof answer === 'object') {
    const parts = answer as Partial<Record<DatePart, unknown>>;
    return { day: asText(parts.day), month: asText(parts.month), year: asText(parts.year) };
  }
  const iso = typeof answer === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(answer) : null;
  if (iso) return { day: String(Number(iso[3])), month: String(Number(iso[2])), year: iso[1]! };
  return { day: '', month: '', year: '' };
}

/** The views of `fields`, whose answers sit at `prefix` + name (`members[1].` in a repeated item). */
export function buildFieldViews(fields: readonly FieldDefinition[], answers: Record<string, unknown>, options: BuildViewsOptions, prefix = ''): FieldView[] {
  const { text, chrome, errors = {}, shows = () => true } = options;
  const views: FieldView[] = [];
  for (const field of fields) {
    const path = `${prefix}${field.name}`;
    if (!shows(field, path)) continue;
    const found = Object.hasOwn(errors, path) ? errors[path] : undefined;
    const error: ErrorView | undefined = found ? { text: found.text, prefix: chrome.errorPrefix } : undefined;
    const required = field.type !== 'fieldset' && Boolean(field.required);
    const base = {
      name: path,
      label: text(field.label),
      ...(field.hint ? { hint: text(field.hint) } : {}),
      ...(field.type !== 'fieldset' && !required && chrome.optional ? { optional: chrome.optional } : {}),
      ...(error ? { error } : {}),
    };
    const answer = getAnswer(answers, path);
    const choices = (list: readonly { value: string; label: LocalizedText; hint?: LocalizedText; reveals?: FieldDefinition[] }[]): ChoiceOptionView[] =>
      list.map((option) => ({
        value: option.value,
        label: text(option.label),
        ...(option.hint ? { hint: text(option.hint) } : {}),
        ...(option.reveals ? { reveals: buildFieldViews(option.reveals, answers, options, prefix) } : {}),
      }));
    switch (field.type) {
      case 'text':
      case 'email': {
        const setup = INPUT_SETUP[field.type === 'email' ? 'email' : (field.format ?? 'text')];
        const value = asText(answer);
        const iin = field.type === 'text' && field.format === 'iin' && chrome.iinEcho ? checkIin(mapKeyboardDigits(value.trim())) : undefined;
        const autocomplete = field.autocomplete ?? setup.autocomplete;
        views.push({
          ...base,
          kind: 'text',
          ...setup,
          value,
          required,
          ...(autocomplete ? { autocomplete } : {}),
          ...(iin?.valid && iin.birthDate ? { echo: chrome.iinEcho!(iin.birthDate) } : {}),
        });
        break;
      }
      case 'textarea': {
        const limit = textareaLimit(field);
        views.push({
          ...base,
          kind: 'textarea',
          value: asText(answer),
          required,
          ...(field.autocomplete ? { autocomplete: field.autocomplete } : {}),
          ...(field.rows ? { rows: field.rows } : {}),
          ...(limit ? { limit: chrome.limit(limit.max, limit.unit) } : {}),
        });
        break;
      }
      case 'number':
      case 'money':
        views.push({
          ...base,
          kind: 'number',
          value: asText(answer),
          required,
          inputmode: field.min !== undefined && field.min < 0 ? 'text' : 'numeric',
          ...(field.autocomplete ? { autocomplete: field.autocomplete } : {}),
          ...(field.type === 'money' ? { suffix: '₸', suffixText: chrome.inTenge } : {}),
        });
        break;
      case 'date': {
        const parts = dateParts(answer);
        const inError = found ? (found.parts?.length ? found.parts : DATE_PARTS) : [];
        views.push({
          ...base,
          kind: 'date',
          required,
          parts: DATE_PARTS.map((part): DatePartView => ({
            part,
            label: chrome.dateParts[part],
            value: parts[part],
            ...(field.autocomplete ? { autocomplete: field.autocomplete === 'bday' ? `bday-${part}` : field.autocomplete } : {}),
            ...(inError.includes(part) ? { invalid: true } : {}),
          })),
        });
        break;
      }
      case 'select':
        views.push({
          ...base,
          kind: 'select',
          placeholder: text(field.placeholder) || chrome.selectPlaceholder,
          options: field.options.map((option) => ({ value: option.value, label: text(option.label) })),
          value: asText(answer),
          required,
          ...(field.autocomplete ? { autocomplete: field.autocomplete } : {}),
        });
        break;
      case 'radios':
        views.push({ ...base, kind: 'radios', options: choices(field.options), value: asText(answer) });
        break;
      case 'checkboxes':
        views.push({
          ...base,
          kind: 'checkboxes',
          options: choices(field.options),
          values: Array.isArray(answer) ? answer.filter((value): value is string => typeof value === 'string') : [],
        });
        break;
      case 'checkbox':
        views.push({ ...base, kind: 'checkbox', checked: answer === true, required });
        break;
      case 'file':
        views.push({
          ...base,
          kind: 'file',
          required,
          ...(field.accept ? { accept: field.accept.join(',') } : {}),
          ...(field.multiple ? { multiple: true } : {}),
        });
        break;
      case 'fieldset':
        views.push({ ...base, kind: 'fieldset', fields: buildFieldViews(field.fields, answers, options, prefix) });
        break;
      case 'repeatable': {
        const itemLabel = text(field.itemLabel);
        const count = Array.isArray(answer) ? answer.length : 0;
        const min = field.min ?? 0;
        views.push({
          ...base,
          kind: 'repeatable',
          items: Array.from({ length: count }, (_, i) => {
            const heading = chrome.itemHeading(itemLabel, i + 1);
            return {
              heading,
              fields: buildFieldViews(field.fields, answers, options, `${path}[${i}].`),
              ...(count > min ? { remove: chrome.remove(heading) } : {}),
            };
          }),
          ...(count < (field.max ?? Infinity) ? { add: chrome.add(itemLabel, count) } : {}),
        });
        break;
      }
    }
  }
  return views;
}
