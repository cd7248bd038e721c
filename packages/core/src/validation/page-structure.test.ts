import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { assertDefinition } from '../definition/parse-definition.js';
import { compilePage, validatePage } from './page-structure.js';
import { validateField } from './validate-field.js';

const definition = assertDefinition(
  JSON.parse(readFileSync(new URL('../../../../examples/forms/job-seeker.json', import.meta.url), 'utf8')),
);
const page = definition.pages[0]!;
const today = '2026-11-27';
const field = (name: string) => page.fields.find((f) => f.name === name)!;

describe('validatePage', () => {
  it('returns normalized data for a complete page', () => {
    const result = validatePage(page, {
      iin: '900115 300013',
      fullName: '  Қайрат Әлиұлы ',
      dateOfBirth: { day: '15', month: '1', year: '1990' },
      hasDisability: 'no',
      extra: 'dropped',
    }, { today });
    assert.deepEqual(result, {
      ok: true,
      data: { iin: '900115300013', fullName: 'Қайрат Әлиұлы', dateOfBirth: '1990-01-15', hasDisability: 'no' },
    });
  });

  it('returns a code per field, in page order, for an empty page', () => {
    const result = validatePage(page, {}, { today });
    assert.deepEqual(result, {
      ok: false,
      errors: [
        { field: 'iin', code: 'required', params: {} },
        { field: 'fullName', code: 'required', params: {} },
        { field: 'dateOfBirth', code: 'required', params: {}, parts: ['day'] },
        { field: 'hasDisability', code: 'required', params: {} },
      ],
    });
  });

  it('gives codes with parameters, never sentences', () => {
    const result = validatePage(page, {
      iin: '900115300014',
      fullName: 'x'.repeat(101),
      dateOfBirth: { day: '1', month: '1', year: '2030' },
      hasDisability: 'maybe',
    }, { today });
    assert.deepEqual(result, {
      ok: false,
      errors: [
        { field: 'iin', code: 'iin_checksum', params: {} },
        { field: 'fullName', code: 'too_long', params: { max: 100 } },
        { field: 'dateOfBirth', code: 'date_in_future', params: { today }, parts: ['day'] },
        { field: 'hasDisability', code: 'invalid_option', params: {} },
      ],
    });
  });

  it('is a zod schema whose issues carry the codes', () => {
    const parsed = compilePage(page, { today }).safeParse({ iin: '12' });
    assert.equal(parsed.success, false);
    assert.deepEqual(parsed.error?.issues.map((i) => [i.path.join('.'), i.message]), [
      ['iin', 'iin_format'],
      ['fullName', 'required'],
      ['dateOfBirth', 'required'],
      ['hasDisability', 'required'],
    ]);
  });
});

describe('validateField', () => {
  it('date: names missing and wrong parts', () => {
    assert.deepEqual(validateField(field('dateOfBirth'), { day: '', month: '3', year: '1990' }, { today }), {
      ok: false,
      error: { field: 'dateOfBirth', code: 'date_incomplete', params: { missing: ['day'] }, parts: ['day'] },
    });
    assert.deepEqual(validateField(field('dateOfBirth'), { day: '30', month: '2', year: '1990' }, { today }), {
      ok: false,
      error: { field: 'dateOfBirth', code: 'invalid_date', params: {}, parts: ['day'] },
    });
  });

  it('date: today is not in the past; an ISO string is accepted as the answer', () => {
    assert.equal(validateField(field('dateOfBirth'), '2026-11-27', { today }).ok, false);
    assert.deepEqual(validateField(field('dateOfBirth'), '2026-11-26', { today }), { ok: true, value: '2026-11-26' });
    assert.deepEqual(validateField(field('dateOfBirth'), '26/11/2026', { today }), {
      ok: false,
      error: { field: 'dateOfBirth', code: 'invalid_date', params: {}, parts: ['day'] },
    });
  });

  it('iin: format before checksum', () => {
    assert.equal((validateField(field('iin'), '90011530001') as { error: { code: string } }).error.code, 'iin_format');
  });

  it('refuses a non-string answer to a text field', () => {
    assert.deepEqual(validateField(field('fullName'), 42), {
      ok: false,
      error: { field: 'fullName', code: 'invalid_type', params: { expected: 'string' } },
    });
  });

  it('email and optional fields', () => {
    const email = { type: 'email', name: 'email', label: { en: 'Email' } } as const;
    assert.deepEqual(validateField(email, ''), { ok: true, value: undefined });
    assert.deepEqual(validateField(email, ' a@b.kz '), { ok: true, value: 'a@b.kz' });
    assert.equal(validateField(email, 'a@b').ok, false);
    assert.equal(validateField(email, 'a b@c.kz').ok, false);
  });

  it('counts characters, not UTF-16 units, for length limits', () => {
    const short = { type: 'text', name: 'n', label: { en: 'N' }, maxLength: 2 } as const;
    assert.equal(validateField(short, '𝒜𝒜').ok, true);
  });
});
