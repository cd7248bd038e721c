import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseDefinition } from '../definition/parse-definition.js';
import { validateField } from '../validation/validate-field.js';
import { validatePage } from '../validation/page-structure.js';
import type { SelectField } from './select-field.js';

const field: SelectField = {
  type: 'select',
  name: 'region',
  label: { en: 'Region' },
  placeholder: { en: 'Select a region' },
  autocomplete: 'address-level1',
  required: true,
  options: [
    { value: 'almaty-region', label: { en: 'Almaty Region' } },
    { value: 'abai', label: { en: 'Abai Region' } },
    { value: 'astana', label: { en: 'Astana' }, hint: { en: 'City of republican significance' } },
  ],
};

const definition = (fields: unknown[]) => ({
  id: 'regions',
  version: '1.0.0',
  locales: ['en'],
  title: { en: 'Where you live' },
  pages: [{ id: 'address', title: { en: 'Address' }, fields }],
});

describe('select field', () => {
  it('returns the chosen option value, trimmed', () => {
    assert.deepEqual(validateField(field, 'abai'), { ok: true, value: 'abai' });
    assert.deepEqual(validateField(field, ' astana '), { ok: true, value: 'astana' });
  });

  it('requires a choice when required (code required), the empty placeholder counting as none', () => {
    for (const empty of [undefined, null, '', '  ']) {
      assert.deepEqual(validateField(field, empty), { ok: false, error: { field: 'region', code: 'required', params: {} } });
    }
  });

  it('leaves an unanswered optional select out of the answers', () => {
    const optional = { ...field, required: false };
    assert.deepEqual(validateField(optional, ''), { ok: true, value: undefined });
    assert.deepEqual(validatePage({ id: 'p', title: { en: 'P' }, fields: [optional] }, { region: '' }), { ok: true, data: {} });
  });

  it('refuses a value that is not one of the options (code invalid_option)', () => {
    assert.deepEqual(validateField(field, 'mangystau'), { ok: false, error: { field: 'region', code: 'invalid_option', params: {} } });
    // Labels are not values.
    assert.equal(validateField(field, 'Astana').ok, false);
  });

  it('refuses an answer that is not text (code invalid_type)', () => {
    assert.deepEqual(validateField(field, ['abai']), { ok: false, error: { field: 'region', code: 'invalid_type', params: { expected: 'string' } } });
    assert.deepEqual(validateField(field, 3), { ok: false, error: { field: 'region', code: 'invalid_type', params: { expected: 'string' } } });
  });

  it('is part of the definition format, with placeholder and autocomplete', () => {
    const result = parseDefinition(definition([field]));
    assert.equal(result.ok, true);
    assert.deepEqual(result.ok && result.definition.pages[0]!.fields[0], field);
  });

  it('reports a placeholder missing a declared language, a repeated option value and too few options', () => {
    const broken = definition([
      {
        ...field,
        placeholder: { kk: 'Облысты таңдаңыз' },
        options: [field.options[0], { ...field.options[1], value: 'almaty-region' }],
      },
      { ...field, name: 'district', options: [field.options[0]] },
    ]);
    const result = parseDefinition(broken);
    assert.equal(result.ok, false);
    const paths = !result.ok ? result.problems.map((p) => p.path) : [];
    assert.deepEqual(paths, ['pages[0].fields[1].options']);
    // The meaning checks run once the shapes are right.
    broken.pages[0]!.fields.pop();
    const meaning = parseDefinition(broken);
    assert.deepEqual(!meaning.ok && meaning.problems, [
      { path: 'pages[0].fields[0].placeholder', message: 'has no "en" text (the form declares "en")' },
      { path: 'pages[0].fields[0].options[1].value', message: 'repeats the option value "almaty-region"' },
    ]);
  });
});
