import type { LocalizedText } from '../definition/localized-text.js';
import type { FieldDefinition } from '../fields/field-registry.js';
import { formatDate, formatMoney, formatNumber } from '../locale/format.js';
import { applicableFields, type Scope } from '../validation/page-structure.js';
import type { ValidationOptions } from '../validation/validate-field.js';

/** An answer as check answers shows it: text in the locale, or what the renderer words itself. */
export type FormattedAnswer =
  | { kind: 'text'; text: string }
  /** A ticked single checkbox: the renderer says "Yes" in its language. */
  | { kind: 'yes' }
  /** Missing or no longer valid: the renderer says "Not answered". */
  | { kind: 'not-answered' }
  /** A repeatable's items, each with a label ("Child 2") and its applicable fields' answers. */
  | { kind: 'items'; items: { label: string; rows: { question: string; answer: FormattedAnswer }[] }[] };

/** How to format an answer: the language, and the definition's text in it. */
export interface AnswerFormatting {
  locale: string;
  /** A definition's text (a label) in the language: `localize(value, locale)`. */
  text(value: LocalizedText | undefined): string;
  /** Where a repeated item's conditions look past the item (the form's answers). */
  scope?: Scope | undefined;
  options?: ValidationOptions;
}

/**
 * An answer as the person would say it, in their language: an option's label, a long date,
 * money in groups, a number as typed (`2009`, never `2,009`) unless its field says `grouping`,
 * file names, each repeated item. Words of the page's own chrome ("Yes", "Not answered") are
 * left to the renderer. Used by FormSession's check answers and by sf-form's (form-ending.ts).
 */
export function formatAnswer(field: FieldDefinition, value: unknown, how: AnswerFormatting): FormattedAnswer {
  const { locale, text: say, scope, options = {} } = how;
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return { kind: 'not-answered' };
  const text = (value: string): FormattedAnswer => ({ kind: 'text', text: value });
  const optionLabel = (v: unknown) => {
    const choices = (field as { options?: { value: string; label: LocalizedText }[] }).options ?? [];
    return say(choices.find((option) => option.value === v)?.label) || String(v);
  };
  switch (field.type) {
    case 'radios':
    case 'select':
      return text(optionLabel(value));
    case 'checkboxes':
      return text((value as string[]).map(optionLabel).join(', '));
    case 'checkbox':
      return { kind: 'yes' };
    case 'date':
      return text(formatDate(String(value), locale, 'long'));
    case 'number':
      return text(formatNumber(value as number, locale, { grouping: field.grouping === true }));
    case 'money':
      return text(formatMoney(value as number, locale));
    case 'file':
      return text((value as { name: string }[]).map((file) => file.name).join(', '));
    case 'repeatable':
      return {
        kind: 'items',
        items: (value as Record<string, unknown>[]).map((item, i) => ({
          label: `${say(field.itemLabel)} ${i + 1}`,
          rows: applicableFields(field.fields, item, options, { fields: field.fields, answers: item, parent: scope }).map((inner) => ({
            question: say(inner.label),
            answer: formatAnswer(inner, item[inner.name], how),
          })),
        })),
      };
    default:
      return text(String(value));
  }
}
