/** A plain object (not a list, not null). */
export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A copy of answers: lists and plain objects copied, anything else (a browser's `File` in a
 * file field's answer) kept as it is, so transitions never change the state they are given.
 */
export const cloneAnswers = <T>(value: T): T => {
  if (Array.isArray(value)) return value.map(cloneAnswers) as T;
  if (isRecord(value) && [Object.prototype, null].includes(Object.getPrototypeOf(value))) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, cloneAnswers(inner)])) as T;
  }
  return value;
};
