import type { FieldType } from '../fields/field-registry.js';
import { groupDigits } from '../fields/number-field.js';
import { formatNumber, normalizeLocale, type SupportedLocale } from '../locale/format.js';
import type { FormattedAnswer } from '../session/format-answer.js';
import type { ErrorCode, FieldError } from '../validation/error-codes.js';
import { MESSAGES, type CatalogueEntry, type MessageKey } from './catalogue.js';
import { pluralCategoryOf } from './plural.js';

/** Values for a message's placeholders, by name: `{ label: 'Full name', min: 2 }`. */
export type MessageParams = Record<string, string | number>;

/**
 * A message of the catalogue in a language (`kk-KZ` means `kk`; an unknown one `en`), its
 * placeholders filled: `message('ru', 'step-of', { position: 2, total: 5 })` → "Шаг 2 из 5".
 * A counted message takes the form for its count parameter's plural category. Numbers are
 * written as the elements write them (`String(n)`: `1000`, not grouped); format a number first
 * where it should be (`formatNumber`). A placeholder with no value is left as it is (`{label}`).
 */
export function message(locale: string, key: MessageKey, params: MessageParams = {}): string {
  const lang = normalizeLocale(locale);
  const entry: CatalogueEntry = MESSAGES[key];
  const text = 'count' in entry ? entry[lang][pluralCategoryOf(Number(params[entry.count]), lang)] : entry[lang];
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in params ? String(params[name]) : placeholder));
}

/**
 * Lower-cases the first letter of a label for use mid-sentence ("Full name" → "full name"),
 * but leaves acronyms alone ("IIN" stays "IIN"). English only: kk and ru quote a label whole.
 */
function midSentence(label: string): string {
  const [first = '', second = ''] = [...label];
  return second && second === second.toLowerCase() && second !== second.toUpperCase()
    ? first.toLowerCase() + label.slice(first.length)
    : label;
}

const KIB = 1024;

/**
 * A file size as the elements show it: "1.2 MB", "340 kB", "512 bytes"; "1,2 МБ", "2 байта".
 * Powers of 1024, one decimal at most (the elements' `formatFileSize`, in a given locale).
 */
export function formatBytes(bytes: number, locale: string): string {
  const lang = normalizeLocale(locale);
  if (bytes < KIB) return message(lang, 'bytes', { n: formatNumber(bytes, lang), bytes });
  let value = bytes / KIB;
  let unit = 0;
  while (value >= KIB && unit < 2) {
    value /= KIB;
    unit++;
  }
  const n = formatNumber(Math.round(value * 10) / 10, lang);
  return message(lang, unit === 0 ? 'kilobytes' : unit === 1 ? 'megabytes' : 'gigabytes', { n });
}

/** Names people know for common MIME types; others show their subtype in capitals. */
const TYPE_NAMES: Record<string, string> = {
  'image/jpeg': 'JPG',
  'text/plain': 'TXT',
  'application/msword': 'DOC',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.ms-excel': 'XLS',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
};

const WILDCARD_NAMES: Record<string, MessageKey> = { image: 'type-picture', video: 'type-video', audio: 'type-sound', text: 'type-text' };

/** One accept entry as a person reads it: `application/pdf` → "PDF", `.jpeg` → "JPG", `image/*` → "picture". */
function typeName(entry: string, lang: SupportedLocale): string {
  const lower = entry.toLowerCase();
  if (lower === '.jpeg') return 'JPG';
  if (lower.startsWith('.')) return lower.slice(1).toUpperCase();
  if (lower.endsWith('/*')) return message(lang, WILDCARD_NAMES[lower.slice(0, -2)] ?? 'type-file');
  return TYPE_NAMES[lower] ?? (lower.split('/')[1] ?? lower).replace(/^(x-|vnd\.)/, '').toUpperCase();
}

/** An accept list as the elements word it after "must be a": "PDF, JPG or PNG" (the elements' `describeAccept`). */
export function formatAccept(accept: readonly string[], locale: string): string {
  const lang = normalizeLocale(locale);
  const names = [...new Set(accept.map((entry) => typeName(entry, lang)))];
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${message(lang, 'or')} ${names.at(-1)!}`;
}

/** The missing parts of a date as date_incomplete names them: "day, month and year". */
function partNames(missing: readonly string[], lang: SupportedLocale): string {
  // No parts named (an error made by hand, not by validation): all three are asked for.
  const parts = missing.length ? missing : ['day', 'month', 'year'];
  const names = parts.map((part) => message(lang, part === 'day' ? 'part-day' : part === 'month' ? 'part-month' : 'part-year'));
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} ${message(lang, 'and')} ${names.at(-1)!}`;
}

/** What `errorSentence` needs to know about the field: the elements' `MessageContext`. */
export interface SentenceContext {
  /** The field's visible label, in the language of the sentence. */
  label: string;
  type: FieldType;
  /** A definition's own messages per code, already in the language: they win. */
  messages?: Partial<Record<ErrorCode, string>> | undefined;
}

/**
 * An error code as a sentence that says what to do, in a language: exactly what the elements'
 * `errorMessage` says for the same code, field type, label and locale ("Enter full name",
 * "Заполните поле «Полное имя»"). A definition's own message for the code wins.
 */
export function errorSentence(error: Pick<FieldError, 'code' | 'params'>, context: SentenceContext, locale: string): string {
  const custom = context.messages?.[error.code];
  if (custom) return custom;
  const lang = normalizeLocale(locale);
  const { label, type } = context;
  // Kazakh and Russian cannot inflect a label: their wording quotes it whole («Дата рождения»).
  const lower = lang === 'en' ? midSentence(label) : label;
  const { params } = error;
  const [min, max] = [Number(params.min), Number(params.max)];
  const say = (key: MessageKey, values: MessageParams = {}) => message(lang, key, { label, lower, min, max, ...values });
  switch (error.code) {
    case 'required':
      if (type === 'file') return say('required-file');
      if (type === 'radios' || type === 'select') return say('required-choice');
      if (type === 'checkboxes') return say('required-checkboxes');
      if (type === 'checkbox') return say('required-checkbox');
      if (type === 'repeatable') return say('required-repeatable');
      return say('required');
    case 'not_a_number':
      return type === 'money' ? say('not_a_number-money', { example: groupDigits(85000) }) : say('not_a_number');
    case 'not_whole_number':
      return type === 'money' ? say('not_whole_number-money', { example: groupDigits(85000) }) : say('not_whole_number');
    case 'below_minimum':
      // Amounts are grouped (85 000); plain numbers such as years are not.
      return say('below_minimum', { min: type === 'money' ? groupDigits(Number(params.min)) : String(params.min) });
    case 'above_maximum':
      return say('above_maximum', { max: type === 'money' ? groupDigits(Number(params.max)) : String(params.max) });
    case 'iin_checksum':
    case 'bin_checksum':
      return say('checksum-digits');
    case 'invalid_type':
      return type === 'file' ? say('required-file') : say('invalid_type');
    case 'date_incomplete':
      return say('date_incomplete', { parts: partNames((params.missing as readonly string[] | undefined) ?? [], lang) });
    case 'too_many_selected':
      return max === 1 ? say('too_many_selected-only-one') : say('too_many_selected');
    case 'file_type':
      return say('file_type', { name: String(params.name), types: formatAccept((params.accept as readonly string[] | undefined) ?? [], lang) });
    case 'file_too_large':
      return say('file_too_large', { name: String(params.name), size: formatBytes(Number(params.max), lang) });
    case 'file_empty':
      return say('file_empty', { name: String(params.name) });
    default:
      // Every other code has one sentence, keyed by the code itself.
      return say(error.code);
  }
}

/** A check-answers answer in words: text, or a repeatable's items with their rows in words. */
export type WordedAnswer =
  | { kind: 'text'; text: string }
  | { kind: 'items'; items: { label: string; rows: { question: string; answer: WordedAnswer }[] }[] };

/**
 * Words what `formatAnswer` (and so `FormSession.checkAnswers`) leaves to the renderer, as
 * sf-form's check answers does: `yes` is "Yes", `not-answered` "Not answered" in the language;
 * text stays; a repeatable's items keep their labels and each row is worded the same way.
 */
export function wordAnswer(answer: FormattedAnswer, locale: string): WordedAnswer {
  switch (answer.kind) {
    case 'yes':
      return { kind: 'text', text: message(locale, 'yes') };
    case 'not-answered':
      return { kind: 'text', text: message(locale, 'not-answered') };
    case 'items':
      return {
        kind: 'items',
        items: answer.items.map((item) => ({
          label: item.label,
          rows: item.rows.map((row) => ({ question: row.question, answer: wordAnswer(row.answer, locale) })),
        })),
      };
    default:
      return answer;
  }
}
