import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { assertDefinition, localize, setAnswer, walkFields, type FieldDefinition, type FormDefinition } from '@service-forms/core';
import { buildFieldViews, type ViewChrome } from './views-from-definition.js';
import { fieldsTemplate } from './templates.js';
import { fieldId, partId } from './ids.js';
import { renderToString } from './render.js';
import { attr, parse, squash, text } from './testing/parse.js';

// Every field of every page of the five example forms, in each of their languages. Definition
// text is the forms' own; chrome and error sentences are TEST DATA standing in for the message
// catalogue (step 2), marked so no one mistakes them for wording.
const CHROME: ViewChrome = {
  errorPrefix: '[test] Error:',
  optional: '[test] (optional)',
  dateParts: { day: '[test] Day', month: '[test] Month', year: '[test] Year' },
  inTenge: '[test] in tenge',
  selectPlaceholder: '[test] Select',
  itemHeading: (label, n) => `${label} ${n}`,
  add: (label, count) => `[test] Add ${count === 0 ? '' : 'another '}${label}`,
  remove: (heading) => ({ text: '[test] Remove', hiddenText: heading }),
  limit: (max, unit) => `[test] up to ${max} ${unit}`,
  iinEcho: (date) => `[test] Born ${date}`,
};

const FORMS_DIR = new URL('../../../examples/forms/', import.meta.url);
const forms: FormDefinition[] = readdirSync(FORMS_DIR)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => assertDefinition(JSON.parse(readFileSync(new URL(file, FORMS_DIR), 'utf8'))));

const ITEMS = 2;

/** Every field under `fields` with its answer path; each repeatable gets {@link ITEMS} items in `answers`. */
function fieldPaths(fields: readonly FieldDefinition[], answers: Record<string, unknown>, prefix = ''): { field: FieldDefinition; path: string }[] {
  const out: { field: FieldDefinition; path: string }[] = [];
  walkFields(fields, (field) => {
    const path = `${prefix}${field.name}`;
    out.push({ field, path });
    if (field.type === 'repeatable') {
      setAnswer(answers, path, Array.from({ length: ITEMS }, () => ({})));
      for (let i = 0; i < ITEMS; i++) out.push(...fieldPaths(field.fields, answers, `${path}[${i}].`));
    }
    return field;
  });
  return out;
}

function renderPage(form: FormDefinition, pageIndex: number, locale: string, hydratable = false) {
  const page = form.pages[pageIndex]!;
  const answers: Record<string, unknown> = {};
  const expected = fieldPaths(page.fields, answers);
  const errors = Object.fromEntries(expected.map(({ path }) => [path, { text: `[test] error at ${path}` }]));
  const text = (value: Parameters<typeof localize>[0]) => localize(value, locale);
  const views = buildFieldViews(page.fields, answers, { text, chrome: CHROME, errors });
  return { html: renderToString(fieldsTemplate(views), { hydratable }), expected, text };
}

describe('the example forms', () => {
  assert.equal(forms.length, 5);

  for (const form of forms) {
    for (const locale of form.locales) {
      it(`${form.id} (${locale}): every field of every page, named by its path and labelled in ${locale}`, () => {
        for (const [pageIndex, page] of form.pages.entries()) {
          const { html: source, expected, text: pick } = renderPage(form, pageIndex, locale);
          const html = parse(source);
          const where = (path: string) => `${form.id} ${locale} page ${page.id}: ${path}`;
          const names = new Set<string>();
          for (const { field, path } of expected) {
            const label = squash(pick(field.label));
            assert.ok(label.length > 0, where(path));
            if (field.type === 'fieldset' || field.type === 'repeatable') {
              const group = html.byId(fieldId(path));
              assert.equal(group.tagName, 'fieldset', where(path));
              assert.ok(squash(text(group)).startsWith(label), where(path));
              if (field.type === 'repeatable') assert.equal(attr(html.byId(partId(path, 'add')), 'value'), `add:${path}`, where(path));
              continue;
            }
            if (field.type === 'date') {
              for (const part of ['day', 'month', 'year']) {
                assert.equal(html.named(`${path}.${part}`).length, 1, where(`${path}.${part}`));
                names.add(`${path}.${part}`);
              }
            } else {
              const controls = html.named(path);
              const options = field.type === 'radios' || field.type === 'checkboxes' ? field.options.length : 1;
              assert.equal(controls.length, options, where(path));
              names.add(path);
            }
            // Labelled by its label (a box) or its legend (a group), described by its error last.
            const grouped = field.type === 'radios' || field.type === 'checkboxes' || field.type === 'date';
            if (grouped) {
              const fieldset = html.elements.find((el) => el.tagName === 'fieldset' && (attr(el, 'aria-describedby') ?? '').split(' ').includes(partId(path, 'error')));
              assert.ok(fieldset, where(path));
              assert.ok(squash(text(fieldset!.childNodes.find((n) => n.nodeName === 'legend')!)).startsWith(label), where(path));
              assert.equal((attr(fieldset!, 'aria-describedby') ?? '').split(' ').at(-1), partId(path, 'error'), where(path));
            } else {
              const control = html.byId(fieldId(path));
              const labels = html.all('label').filter((el) => attr(el, 'for') === attr(control, 'id'));
              assert.equal(labels.length, 1, where(path));
              assert.ok(squash(text(labels[0]!)).startsWith(label), where(path));
              assert.equal((attr(control, 'aria-describedby') ?? '').split(' ').at(-1), partId(path, 'error'), where(path));
            }
            assert.equal(squash(text(html.byId(partId(path, 'error')))), `[test] Error: [test] error at ${path}`, where(path));
          }
          // Nothing named that the page does not have (besides Add and Remove).
          const rendered = new Set(html.elements.filter((el) => attr(el, 'name') !== undefined && attr(el, 'name') !== 'action').map((el) => attr(el, 'name')!));
          assert.deepEqual([...rendered].sort(), [...names].sort(), `${form.id} ${locale} page ${page.id}`);
        }
      });
    }
  }
});

describe('hydration markers', () => {
  it('are dropped unless asked for: the same elements, fewer bytes (the largest example page)', (t) => {
    let largest = { form: forms[0]!, pageIndex: 0, label: '', length: 0 };
    for (const form of forms) {
      for (const [pageIndex, page] of form.pages.entries()) {
        const { length } = renderPage(form, pageIndex, 'ru', true).html;
        if (length > largest.length) largest = { form, pageIndex, label: `${form.id}/${page.id} (ru)`, length };
      }
    }
    const hydratable = renderPage(largest.form, largest.pageIndex, 'ru', true).html;
    const plain = renderPage(largest.form, largest.pageIndex, 'ru').html;
    // What SSR adds for hydration: part markers, node markers and the `<?>` of an empty part.
    const markers = /<!--\/?lit-part[^>]*-->|<!--lit-node \d+-->|<\?>/g;
    assert.ok((hydratable.match(markers)?.length ?? 0) > 100, 'hydratable output has its markers');
    assert.equal(plain.match(markers), null, 'the default output has none');
    assert.equal(plain, hydratable.replace(markers, ''), 'nothing else differs');
    const shape = (source: string) => parse(source).elements.map((el) => `${el.tagName}${JSON.stringify(el.attrs)}`);
    assert.deepEqual(shape(plain), shape(hydratable), 'the markers are comments only');
    const bytes = (source: string) => Buffer.byteLength(source);
    const figures = {
      raw: [bytes(hydratable), bytes(plain)],
      gzip: [gzipSync(hydratable).length, gzipSync(plain).length],
      brotli: [brotliCompressSync(hydratable).length, brotliCompressSync(plain).length],
    };
    t.diagnostic(`${largest.label}: raw ${figures.raw[0]} with markers, ${figures.raw[1]} without; gzip ${figures.gzip[0]}, ${figures.gzip[1]}; brotli ${figures.brotli[0]}, ${figures.brotli[1]}`);
    assert.ok(figures.brotli[1]! < figures.brotli[0]!);
  });
});
