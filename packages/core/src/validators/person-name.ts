/**
 * A person's name: letters of any script with their combining marks (Kazakh Ә Ғ Қ Ң Ө Ұ Ү Һ І
 * are ordinary letters), spaces, hyphens, apostrophes (' and ’) and full stops (initials).
 * Unicode classes, never `[А-Яа-я]`, which misses half the Kazakh alphabet.
 */
const NAME_CHARACTERS = /^[\p{L}\p{M} '’.-]+$/u;
const HAS_LETTER = /\p{L}/u;

/**
 * Whether a name holds only the characters above and at least one letter. Pass it trimmed; it
 * is compared in NFC so that a letter typed as base + combining mark counts the same.
 */
export function isPersonName(value: string): boolean {
  const name = value.normalize('NFC');
  return NAME_CHARACTERS.test(name) && HAS_LETTER.test(name);
}

/** A name as it should be stored: NFC, runs of spaces made one. */
export function normalizePersonName(value: string): string {
  return value.normalize('NFC').trim().replace(/ {2,}/g, ' ');
}
