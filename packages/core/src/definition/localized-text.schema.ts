import * as z from 'zod/mini';

/** Text in every language the form declares: `{ "en": "…", "kk": "…", "ru": "…" }`. */
export const localizedTextSchema = z.record(
  z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)),
  z.string().check(z.minLength(1)),
);
