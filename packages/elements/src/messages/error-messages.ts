import { msg, str } from '@lit/localize';
import type { ErrorCode, FieldError, FieldType } from '@service-forms/core';
import { groupDigits } from '@service-forms/core';
import { describeAccept, formatFileSize } from '../file-upload/format-file.js';

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

function partNames(parts: readonly string[]): string {
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
  const lower = midSentence(label);
  const { params } = error;
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
      return msg(str`${label} must be ${String(params.min)} characters or more`);
    case 'too_long':
      return msg(str`${label} must be ${String(params.max)} characters or fewer`);
    case 'too_many_words':
      return msg(str`${label} must be ${String(params.max)} words or fewer`);
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
      return msg(str`Add at least ${String(params.min)} items to ${lower}`);
    case 'too_many_items':
      return msg(str`You can add up to ${String(params.max)} items to ${lower}`);
    case 'too_few_selected':
      return msg(str`Select at least ${String(params.min)} answers for: ${label}`);
    case 'too_many_selected':
      return params.max === 1
        ? msg(str`Select only one answer for: ${label}`)
        : msg(str`Select no more than ${String(params.max)} answers for: ${label}`);
    case 'file_type':
      return msg(str`${String(params.name)} must be a ${describeAccept((params.accept as readonly string[] | undefined) ?? [])}`);
    case 'file_too_large':
      return msg(str`${String(params.name)} must be smaller than ${formatFileSize(Number(params.max))}`);
    case 'too_many_files':
      return msg(str`You can choose up to ${String(params.max)} files for ${lower}`);
    case 'file_empty':
      return msg(str`${String(params.name)} is empty: choose another file`);
  }
}
