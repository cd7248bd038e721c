import * as z from 'zod/mini';

/** A field name: becomes a key of the answers and of the submitted payload. */
export const fieldNameSchema = z.string().check(
  z.regex(/^[A-Za-z][A-Za-z0-9_-]*$/, 'must start with a letter and hold only letters, digits, - and _'),
);
