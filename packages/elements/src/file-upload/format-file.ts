import { msg } from '@lit/localize';

/**
 * Small formatters for file sizes and accepted types, used in the file list and in error
 * messages. English number formatting for now; the locale comes with the i18n work (and kk must
 * not trust Intl blindly, DOMAIN.md).
 */

const KIB = 1024;
const UNITS = ['kilobyte', 'megabyte', 'gigabyte'] as const;

/**
 * "1.2 MB", "340 kB", "512 bytes". Powers of 1024, as file managers on Windows and phones show
 * them, so a definition's `maxSizeBytes: 5242880` reads as "5 MB".
 */
export function formatFileSize(bytes: number, locale = 'en'): string {
  if (bytes < KIB) return new Intl.NumberFormat(locale, { style: 'unit', unit: 'byte', unitDisplay: 'long' }).format(bytes);
  let value = bytes / KIB;
  let unit = 0;
  while (value >= KIB && unit < UNITS.length - 1) {
    value /= KIB;
    unit++;
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: UNITS[unit], unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
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
