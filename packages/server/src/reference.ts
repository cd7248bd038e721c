import { randomInt } from 'node:crypto';

/**
 * The characters of a reference: digits and capitals without the ones people mix up when they
 * read a reference aloud or copy it from paper: no 0/O, 1/I/L, 5/S, 2/Z, U/V.
 */
export const REFERENCE_ALPHABET = '346789ABCDEFGHJKMNPQRTWXY';

/** `SF-` and two groups of four, e.g. `SF-7K3Q-9M4X`. */
export const REFERENCE_PATTERN = new RegExp(`^SF-[${REFERENCE_ALPHABET}]{4}-[${REFERENCE_ALPHABET}]{4}$`);

/** A new reference from the operating system's random source (25⁸ ≈ 1.5·10¹¹ of them). */
export function createReference(): string {
  let text = '';
  for (let i = 0; i < 8; i++) text += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return `SF-${text.slice(0, 4)}-${text.slice(4)}`;
}

/**
 * A reference as a person typed it, in the canonical form: upper case, spaces dropped, the
 * dashes put back. Undefined when it cannot be a reference.
 */
export function normalizeReference(input: string): string | undefined {
  const compact = input.toUpperCase().replace(/[\s-]/g, '');
  const body = compact.startsWith('SF') ? compact.slice(2) : compact;
  if (body.length !== 8) return undefined;
  const reference = `SF-${body.slice(0, 4)}-${body.slice(4)}`;
  return REFERENCE_PATTERN.test(reference) ? reference : undefined;
}
