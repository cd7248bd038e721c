/**
 * The field gallery: the first field of each type in the example forms, each on a page of its
 * own, as one form definition. Used by the screenshots (test/visual) and by the comparison of
 * the plain-HTML pages with the elements (test/html).
 */

export type Json = Record<string, unknown>;

/** Every field type, in the order of the gallery's pages (each page's id is its type). */
export const GALLERY_TYPES = ['text', 'email', 'radios', 'select', 'checkbox', 'checkboxes', 'date', 'file', 'textarea', 'number', 'money', 'fieldset', 'repeatable'];

/** The example forms, by file name under /examples/forms/. */
export const EXAMPLES = ['job-seeker', 'labour-contract', 'social-assistance', 'large-family-benefit', 'service-feedback'];

/** Fetches the example forms' JSON from the test server. */
export async function fetchExamples(): Promise<Json[]> {
  return Promise.all(EXAMPLES.map((name) => fetch(`/examples/forms/${name}.json`).then((response) => response.json() as Promise<Json>)));
}

/**
 * The first field of each type in the example forms (a top-level one where there is one), on a
 * page of its own under its page's title. Names get the type as a prefix, so no two pages share
 * one, and conditions are dropped (a gallery shows every field).
 */
export function fieldGallery(examples: Json[]): Json {
  const forms = examples as unknown as { pages: { title: Json; fields: Json[] }[] }[];
  const rename = (field: Json, prefix: string): Json => {
    const { showIf: _showIf, ...copy } = field;
    copy.name = `${prefix}${String(field.name).charAt(0).toUpperCase()}${String(field.name).slice(1)}`;
    if (Array.isArray(field.fields)) copy.fields = (field.fields as Json[]).map((child) => rename(child, prefix));
    if (Array.isArray(field.options)) {
      copy.options = (field.options as Json[]).map((option) =>
        Array.isArray(option.reveals) ? { ...option, reveals: (option.reveals as Json[]).map((child) => rename(child, prefix)) } : option,
      );
    }
    return copy;
  };
  const find = (type: string): { title: Json; field: Json } | undefined => {
    for (const form of forms) for (const page of form.pages) for (const field of page.fields) if (field.type === type) return { title: page.title, field };
    const nested = (fields: Json[], title: Json): { title: Json; field: Json } | undefined => {
      for (const field of fields) {
        if (field.type === type) return { title, field };
        const children = [...((field.options as { reveals?: Json[] }[] | undefined) ?? []).flatMap((o) => o.reveals ?? []), ...((field.fields as Json[] | undefined) ?? [])];
        const found = nested(children, title);
        if (found) return found;
      }
      return undefined;
    };
    for (const form of forms) for (const page of form.pages) {
      const found = nested(page.fields, page.title);
      if (found) return found;
    }
    return undefined;
  };
  const pages = GALLERY_TYPES.map((type) => {
    const found = find(type);
    if (!found) throw new Error(`no ${type} field in the example forms`);
    return { id: type, title: found.title, fields: [rename(found.field, type)] };
  });
  return { id: 'field-gallery', version: '1.0.0', locales: ['en', 'kk', 'ru'], title: examples[0]!.title, pages };
}
