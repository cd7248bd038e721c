import { msg, str } from '@lit/localize';
import { formatNumber, normalizeLocale } from '@service-forms/core';
import { getLocale } from '../localization/localization.js';
import { plural } from '../localization/plural.js';

/**
 * Small formatters for file sizes and accepted types, used in the file list and in error
 * messages, in the current locale (numbers through core's formatNumber, which does not trust
 * Intl's kk; units and plurals through msg()). Here rather than beside the file upload: the
 * message layer (messages/error-messages.ts) needs them and must not import a control.
 */

const KIB = 1024;

/**
 * "1.2 MB", "340 kB", "512 bytes"; in Russian "1,2 МБ", "2 байта". Powers of 1024, as file
 * managers on Windows and phones show them, so a definition's `maxSizeBytes: 5242880` reads as
 * "5 MB". `locale` sets the number format; the words follow the elements' locale.
 */
export function formatFileSize(bytes: number, locale: string = getLocale()): string {
  if (bytes < KIB) {
    const n = formatNumber(bytes, locale);
    return plural(
      bytes,
      {
        one: () => msg(str`${n} byte`, { id: 'bytes-one' }),
        few: () => msg(str`${n} bytes`, { id: 'bytes-few' }),
        many: () => msg(str`${n} bytes`, { id: 'bytes-many' }),
        other: () => msg(str`${n} bytes`, { id: 'bytes-other' }),
      },
      normalizeLocale(locale),
    );
  }
  let value = bytes / KIB;
  let unit = 0;
  while (value >= KIB && unit < 2) {
    value /= KIB;
    unit++;
  }
  // One decimal at most: 1.2 MB.
  const n = formatNumber(Math.round(value * 10) / 10, locale);
  return unit === 0 ? msg(str`${n} kB`) : unit === 1 ? msg(str`${n} MB`) : msg(str`${n} GB`);
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

/** `image/*` and the like, worded to follow "must be a". */
function wildcardName(major: string): string {
  switch (major) {
    case 'image':
      return msg('picture');
    case 'video':
      return msg('video');
    case 'audio':
      return msg('sound recording');
    case 'text':
      return msg('text file');
    default:
      return msg('file');
  }
}

/** One accept entry as a person reads it: `application/pdf` → "PDF", `.jpeg` → "JPG". */
function typeName(entry: string): string {
  const lower = entry.toLowerCase();
  if (lower === '.jpeg') return 'JPG';
  if (lower.startsWith('.')) return lower.slice(1).toUpperCase();
  if (lower.endsWith('/*')) return wildcardName(lower.slice(0, -2));
  return TYPE_NAMES[lower] ?? (lower.split('/')[1] ?? lower).replace(/^(x-|vnd\.)/, '').toUpperCase();
}

/** An accept list as "PDF, JPG or PNG" (duplicates such as `image/jpeg` and `.jpg` said once). */
export function describeAccept(accept: readonly string[]): string {
  const names = [...new Set(accept.map(typeName))];
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${msg('or')} ${names.at(-1)!}`;
}
