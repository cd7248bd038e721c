import { msg, str } from '@lit/localize';
import type { ErrorCode, FieldError, FieldType } from '@service-forms/core';

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
      return context.type === 'radios' ? msg(str`Select an answer for: ${label}`) : msg(str`Enter ${lower}`);
    case 'too_short':
      return msg(str`${label} must be ${String(params.min)} characters or more`);
    case 'too_long':
      return msg(str`${label} must be ${String(params.max)} characters or fewer`);
    case 'invalid_email':
      return msg('Enter an email address in the correct format, like name@example.com');
    case 'iin_format':
      return msg(str`${label} must be 12 digits`);
    case 'iin_checksum':
      return msg(str`Check ${lower}: one of the digits is wrong`);
    case 'invalid_option':
      return msg(str`Select one of the options for ${lower}`);
    case 'invalid_type':
      return msg(str`Enter ${lower} as text`);
    case 'date_incomplete':
      return msg(str`${label} must include a ${partNames((params.missing as readonly string[] | undefined) ?? [])}`);
    case 'invalid_date':
      return msg(str`${label} must be a real date`);
    case 'date_in_future':
      return msg(str`${label} must be in the past`);
    case 'date_in_past':
      return msg(str`${label} must be in the future`);
  }
}
