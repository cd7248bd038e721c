/**
 * A deliberately permissive e-mail check: one `@`, something before it, a dotted domain after
 * it, no spaces. Stricter checks refuse real addresses; the inbox is the only true test.
 */
export function isEmailAddress(value: string): boolean {
  return /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(value);
}
