import { msg, str } from '@lit/localize';
import type { ErrorCode, FieldError, FieldType } from '@service-forms/core';
import { groupDigits } from '@service-forms/core';
import { describeAccept, formatFileSize } from '../internal/format-file.js';
import { getLocale } from '../localization/localization.js';
import { plural } from '../localization/plural.js';

// This module is a chunk of the bundle (load-messages.ts loads it), with the formatters it
// uses. The file upload and textarea chunks take those from here, as constants of this module:
// a re-export would let the bundler bind them to their own modules and split those off as two
// more small chunks. So the three share one chunk.

/** `formatFileSize`, for the file upload's chunk (see above). */
export const fileSizeText: typeof formatFileSize = formatFileSize;
/** `plural`, for the textarea's chunk (see above). */
export const pluralText: typeof plural = plural;

/** Messages a definition or page author gives per error code, already in the person's language. */
export type CustomMessages = Partial<Record<ErrorCode, string>>;

export interface MessageContext {
  /** The field's visible label, used in the default wording. */
  label: string;
  type: FieldType;
  messages?: CustomMessages | undefined;
}

/**
 * Lower-cases the first letter of a label for use mid-sentence ("Full name" → "full name"),
 * but leaves acronyms alone ("IIN" stays "IIN").
 */
function midSentence(label: string): string {
  const [first = '', second = ''] = [...label];
  return second && second === second.toLowerCase() && second !== second.toUpperCase()
    ? first.toLowerCase() + label.slice(first.length)
    : label;
}

function partNames(missing: readonly string[]): string {
  // No parts named (an error made by hand, not by validation): all three are asked for.
  const parts = missing.length ? missing : ['day', 'month', 'year'];
  const names = parts.map((part) => (part === 'day' ? msg('day') : part === 'month' ? msg('month') : msg('year')));
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} ${msg('and')} ${names.at(-1)!}`;
}

/**
 * Turns a core error code into a sentence that says what to do (GOV.UK style): "Enter your
 * full name", never "Invalid value". A definition's own message for the code wins.
 */
export function errorMessage(error: Pick<FieldError, 'code' | 'params'>, context: MessageContext): string {
  const custom = context.messages?.[error.code];
  if (custom) return custom;
  const label = context.label;
  // Kazakh and Russian cannot inflect a label: their wording quotes it whole («Дата рождения»).
  const lower = getLocale() === 'en' ? midSentence(label) : label;
  const { params } = error;
  const [min, max] = [Number(params.min), Number(params.max)];
  switch (error.code) {
    case 'required':
      if (context.type === 'file') return msg(str`Select a file for: ${label}`);
      if (context.type === 'radios' || context.type === 'select') return msg(str`Select an answer for: ${label}`);
      if (context.type === 'checkboxes') return msg(str`Select at least one answer for: ${label}`);
      // A single checkbox's label is a statement ("I agree to …"): quote it whole.
      if (context.type === 'checkbox') return msg(str`Tick the box to confirm: ${label}`);
      if (context.type === 'repeatable') return msg(str`Add at least one item to ${lower}`);
      return msg(str`Enter ${lower}`);
    case 'too_short':
      return plural(min, {
        one: () => msg(str`${label} must be ${min} character or more`, { id: 'too_short-one' }),
        few: () => msg(str`${label} must be ${min} characters or more`, { id: 'too_short-few' }),
        many: () => msg(str`${label} must be ${min} characters or more`, { id: 'too_short-many' }),
        other: () => msg(str`${label} must be ${min} characters or more`, { id: 'too_short-other' }),
      });
    case 'too_long':
      return plural(max, {
        one: () => msg(str`${label} must be ${max} character or fewer`, { id: 'too_long-one' }),
        few: () => msg(str`${label} must be ${max} characters or fewer`, { id: 'too_long-few' }),
        many: () => msg(str`${label} must be ${max} characters or fewer`, { id: 'too_long-many' }),
        other: () => msg(str`${label} must be ${max} characters or fewer`, { id: 'too_long-other' }),
      });
    case 'too_many_words':
      return plural(max, {
        one: () => msg(str`${label} must be ${max} word or fewer`, { id: 'too_many_words-one' }),
        few: () => msg(str`${label} must be ${max} words or fewer`, { id: 'too_many_words-few' }),
        many: () => msg(str`${label} must be ${max} words or fewer`, { id: 'too_many_words-many' }),
        other: () => msg(str`${label} must be ${max} words or fewer`, { id: 'too_many_words-other' }),
      });
    case 'not_a_number':
      if (context.type === 'money') return msg(str`${label} must be a number, like ${groupDigits(85000)}`);
      return msg(str`${label} must be a number`);
    case 'not_whole_number':
      if (context.type === 'money') return msg(str`${label} must be a whole number, like ${groupDigits(85000)}`);
      return msg(str`${label} must be a whole number`);
    case 'below_minimum':
      // Amounts are grouped (85 000); plain numbers such as years are not.
      return msg(str`${label} must be ${context.type === 'money' ? groupDigits(Number(params.min)) : String(params.min)} or more`);
    case 'above_maximum':
      return msg(str`${label} must be ${context.type === 'money' ? groupDigits(Number(params.max)) : String(params.max)} or less`);
    case 'invalid_email':
      return msg('Enter an email address in the correct format, like name@example.com');
    case 'iin_format':
      return msg(str`${label} must be 12 digits`);
    case 'iin_checksum':
      return msg(str`Check ${lower}: one of the digits is wrong`);
    case 'bin_format':
      return msg(str`${label} must be 12 digits, with 4, 5 or 6 as the 5th digit`);
    case 'bin_checksum':
      return msg(str`Check ${lower}: one of the digits is wrong`);
    case 'phone_format':
      return msg('Enter a Kazakhstan phone number, like 8 701 234 56 78 or +7 701 234 56 78');
    case 'postal_code_format':
      return msg('Enter a postal code, like A15E3C4 or 050000');
    case 'iban_format':
      return msg('Enter an IBAN that starts with KZ and has 20 characters, like KZ86 125K ZT50 0410 0100');
    case 'iban_checksum':
      return msg(str`Check ${lower}: one of the characters is wrong`);
    case 'person_name_characters':
      return msg(str`${label} must only include letters, spaces, hyphens, apostrophes and full stops`);
    case 'invalid_option':
      return msg(str`Select one of the options for ${lower}`);
    case 'invalid_type':
      if (context.type === 'file') return msg(str`Select a file for: ${label}`);
      return msg(str`Enter ${lower} as text`);
    case 'date_incomplete':
      return msg(str`${label} must include a ${partNames((params.missing as readonly string[] | undefined) ?? [])}`);
    case 'invalid_date':
      return msg(str`${label} must be a real date`);
    case 'date_in_future':
      return msg(str`${label} must be in the past`);
    case 'date_in_past':
      return msg(str`${label} must be in the future`);
    case 'too_few_items':
      return plural(min, {
        one: () => msg(str`Add at least ${min} item to ${lower}`, { id: 'too_few_items-one' }),
        few: () => msg(str`Add at least ${min} items to ${lower}`, { id: 'too_few_items-few' }),
        many: () => msg(str`Add at least ${min} items to ${lower}`, { id: 'too_few_items-many' }),
        other: () => msg(str`Add at least ${min} items to ${lower}`, { id: 'too_few_items-other' }),
      });
    case 'too_many_items':
      return plural(max, {
        one: () => msg(str`You can add up to ${max} item to ${lower}`, { id: 'too_many_items-one' }),
        few: () => msg(str`You can add up to ${max} items to ${lower}`, { id: 'too_many_items-few' }),
        many: () => msg(str`You can add up to ${max} items to ${lower}`, { id: 'too_many_items-many' }),
        other: () => msg(str`You can add up to ${max} items to ${lower}`, { id: 'too_many_items-other' }),
      });
    case 'too_few_selected':
      return plural(min, {
        one: () => msg(str`Select at least ${min} answer for: ${label}`, { id: 'too_few_selected-one' }),
        few: () => msg(str`Select at least ${min} answers for: ${label}`, { id: 'too_few_selected-few' }),
        many: () => msg(str`Select at least ${min} answers for: ${label}`, { id: 'too_few_selected-many' }),
        other: () => msg(str`Select at least ${min} answers for: ${label}`, { id: 'too_few_selected-other' }),
      });
    case 'too_many_selected':
      if (max === 1) return msg(str`Select only one answer for: ${label}`);
      return plural(max, {
        one: () => msg(str`Select no more than ${max} answer for: ${label}`, { id: 'too_many_selected-one' }),
        few: () => msg(str`Select no more than ${max} answers for: ${label}`, { id: 'too_many_selected-few' }),
        many: () => msg(str`Select no more than ${max} answers for: ${label}`, { id: 'too_many_selected-many' }),
        other: () => msg(str`Select no more than ${max} answers for: ${label}`, { id: 'too_many_selected-other' }),
      });
    case 'file_type':
      return msg(str`${String(params.name)} must be a ${describeAccept((params.accept as readonly string[] | undefined) ?? [])}`);
    case 'file_too_large':
      return msg(str`${String(params.name)} must be smaller than ${formatFileSize(Number(params.max))}`);
    case 'too_many_files':
      return plural(max, {
        one: () => msg(str`You can choose up to ${max} file for ${lower}`, { id: 'too_many_files-one' }),
        few: () => msg(str`You can choose up to ${max} files for ${lower}`, { id: 'too_many_files-few' }),
        many: () => msg(str`You can choose up to ${max} files for ${lower}`, { id: 'too_many_files-many' }),
        other: () => msg(str`You can choose up to ${max} files for ${lower}`, { id: 'too_many_files-other' }),
      });
    case 'file_empty':
      return msg(str`${String(params.name)} is empty: choose another file`);
    case 'unknown_field':
      return msg('This answer is not part of the form. Reload the page and try again.');
    case 'not_applicable':
      return msg(str`${label} does not apply to your answers. Check your answers and try again.`);
  }
}
