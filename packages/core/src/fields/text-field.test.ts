import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseDefinition } from '../definition/parse-definition.js';
import type { ErrorCode } from '../validation/error-codes.js';
import { readsKeyboardDigits, TEXT_FORMATS, validateTextField, type TextField } from './text-field.js';

const field = (extra: Partial<TextField> = {}): TextField => ({ type: 'text', name: 'answer', label: { en: 'Answer' }, ...extra });

/** The normalized value, or fails with the error the validator gave. */
function value(f: TextField, answer: unknown): unknown {
  const result = validateTextField(f, answer, {});
  if (!result.ok) assert.fail(`expected a value, got ${result.error.code}`);
  return result.value;
}

function code(f: TextField, answer: unknown): ErrorCode {
  const result = validateTextField(f, answer, {});
  if (result.ok) assert.fail(`expected an error, got ${JSON.stringify(result.value)}`);
  return result.error.code;
}

describe('text field: every format', () => {
  it('is accepted by the definition format, and nothing else is', () => {
    for (const format of TEXT_FORMATS) {
      const parsed = parseDefinition({
        id: 'f',
        version: '0.1.0',
        locales: ['en'],
        title: { en: 'F' },
        pages: [{ id: 'p', title: { en: 'P' }, fields: [{ type: 'text', name: 'a', label: { en: 'A' }, format }] }],
      });
      assert.equal(parsed.ok, true, format);
    }
    const bad = parseDefinition({
      id: 'f',
      version: '0.1.0',
      locales: ['en'],
      title: { en: 'F' },
      pages: [{ id: 'p', title: { en: 'P' }, fields: [{ type: 'text', name: 'a', label: { en: 'A' }, format: 'telephone' }] }],
    });
    assert.equal(bad.ok, false);
  });

  it('required, optional and non-text answers behave the same in every format', () => {
    for (const format of [undefined, ...TEXT_FORMATS]) {
      assert.equal(code(field({ format, required: true }), '  '), 'required', String(format));
      assert.equal(value(field({ format }), ''), undefined, String(format));
      assert.equal(code(field({ format }), 12), 'invalid_type', String(format));
    }
  });

  it('only iin, bin and phone read Kazakh top-row letters as digits', () => {
    assert.deepEqual(
      TEXT_FORMATS.filter((format) => readsKeyboardDigits(format)),
      ['iin', 'bin', 'phone'],
    );
    assert.equal(readsKeyboardDigits(undefined), false);
  });
});

describe('text field: plain text', () => {
  it('returns trimmed text and checks lengths in code points', () => {
    assert.equal(value(field(), '  Қайрат '), 'Қайрат');
    assert.equal(code(field({ minLength: 3 }), 'Әл'), 'too_short');
    assert.equal(value(field({ maxLength: 2 }), 'Әл'), 'Әл');
    assert.equal(code(field({ maxLength: 1 }), '😀😀'), 'too_long');
    assert.deepEqual(validateTextField(field({ maxLength: 1 }), 'ab', {}), {
      ok: false,
      error: { field: 'answer', code: 'too_long', params: { max: 1 } },
    });
  });
});

describe('text field: iin', () => {
  const iin = field({ format: 'iin' });
  it('returns the 12 digits', () => {
    assert.equal(value(iin, '900115 300013'), '900115300013');
    assert.equal(value(iin, '900101300811'), '900101300811'); // the second-weight path
  });
  it('reads Kazakh top-row letters as digits (a paste in the wrong layout)', () => {
    assert.equal(value(iin, 'ұққ115іқққ1і'), '900115300013');
    assert.equal(value(iin, 'ҰҚҚ115ІҚҚҚ1І'), '900115300013');
  });
  it('iin_format, then iin_checksum', () => {
    assert.equal(code(iin, '90011530001'), 'iin_format');
    assert.equal(code(iin, '90011530001a'), 'iin_format');
    assert.equal(code(iin, '900115300014'), 'iin_checksum');
  });
  it('ignores lengths', () => {
    assert.equal(value(field({ format: 'iin', maxLength: 5 }), '900115300013'), '900115300013');
  });
});

describe('text field: bin', () => {
  const bin = field({ format: 'bin' });
  it('returns the 12 digits', () => {
    assert.equal(value(bin, '940140000385'), '940140000385');
    assert.equal(value(bin, '990140 004654'), '990140004654');
    assert.equal(value(bin, 'ұұқ14қққ46ғ4'), '990140004654');
  });
  it('bin_format for the wrong length, letters or an IIN (5th digit 0–3)', () => {
    assert.equal(code(bin, '94014000038'), 'bin_format');
    assert.equal(code(bin, '94014000038x'), 'bin_format');
    assert.equal(code(bin, '900115300013'), 'bin_format');
  });
  it('bin_checksum for a wrong check digit', () => {
    assert.equal(code(bin, '940140000386'), 'bin_checksum');
  });
});

describe('text field: phone', () => {
  const phone = field({ format: 'phone' });
  it('returns E.164', () => {
    assert.equal(value(phone, '8 (701) 234-56-78'), '+77012345678');
    assert.equal(value(phone, '+7 701 234 56 78'), '+77012345678');
    assert.equal(value(phone, '701 234 56 78'), '+77012345678');
    assert.equal(value(phone, '8 7172 55 66 77'), '+77172556677');
  });
  it('reads Kazakh top-row letters as digits', () => {
    assert.equal(value(phone, 'ү 7қ1 әің 56 7ү'), '+77012345678');
  });
  it('phone_format for Russian numbers, short numbers and text', () => {
    assert.equal(code(phone, '+7 916 123 45 67'), 'phone_format');
    assert.equal(code(phone, '8 701 234 56'), 'phone_format');
    assert.equal(code(phone, 'call me'), 'phone_format');
  });
});

describe('text field: postal-code', () => {
  const postal = field({ format: 'postal-code' });
  it('returns the code without spaces, letters upper case', () => {
    assert.equal(value(postal, '050000'), '050000');
    assert.equal(value(postal, 'a15e3c4'), 'A15E3C4');
  });
  it('postal_code_format for other shapes', () => {
    assert.equal(code(postal, '05000'), 'postal_code_format');
    assert.equal(code(postal, 'A15E3CC'), 'postal_code_format');
  });
});

describe('text field: iban', () => {
  const iban = field({ format: 'iban' });
  it('returns the IBAN compact and upper case', () => {
    assert.equal(value(iban, 'kz86 125k zt50 0410 0100'), 'KZ86125KZT5004100100');
  });
  it('iban_format, then iban_checksum', () => {
    assert.equal(code(iban, 'KZ86 125K ZT50 0410 010'), 'iban_format');
    assert.equal(code(iban, 'GB33BUKB20201555555555'), 'iban_format');
    assert.equal(code(iban, 'KZ87 125K ZT50 0410 0100'), 'iban_checksum');
  });
});

describe('text field: person-name', () => {
  const name = field({ format: 'person-name' });
  it('accepts names in any script and returns them composed, spaces collapsed', () => {
    for (const typed of ['Қайрат', 'Әлия', "O'Neil", 'Jean-Luc', 'Ғалымжан', 'Өмірзақ', 'Ұлжан Үсенова']) {
      assert.equal(value(name, typed), typed);
    }
    assert.equal(value(name, ' Zoe\u0308   O’Neil '), 'Zoë O’Neil');
  });
  it('person_name_characters for digits and symbols', () => {
    assert.equal(code(name, 'Қайрат2'), 'person_name_characters');
    assert.equal(code(name, 'Әлия!'), 'person_name_characters');
    assert.equal(code(name, 'Anna_Maria'), 'person_name_characters');
  });
  it('does not read top-row letters as digits in a name', () => {
    assert.equal(value(name, 'Әлі'), 'Әлі');
  });
  it('applies lengths after the characters', () => {
    assert.equal(code(field({ format: 'person-name', maxLength: 3 }), 'Қайрат'), 'too_long');
    assert.equal(code(field({ format: 'person-name', minLength: 2 }), 'Қ'), 'too_short');
    assert.equal(code(field({ format: 'person-name', maxLength: 3 }), 'Қайрат2'), 'person_name_characters');
  });
});
