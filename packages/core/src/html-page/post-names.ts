/*
 * The names a page served as HTML submits, which its POST is read back by (read-page.ts): in
 * core, not in @service-forms/html, because the browser reads a served page with them too
 * (sf-form taking it over, issue 15) and must not install the server renderer to do so
 * (decision 0011). @service-forms/html writes the inputs with them and re-exports them
 * beside its ids (ids.ts there).
 */

/** The submitted name of a date's box: `dob.day`. A path never ends in `.day`, so it reads back unambiguously. */
export function datePartName(path: string, part: 'day' | 'month' | 'year'): string {
  return `${path}.${part}`;
}

/** The submit button's `name` for Continue, Add and Remove. */
export const ACTION = 'action';
