import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseDefinition } from '../definition/parse-definition.js';
import { validateField } from '../validation/validate-field.js';
import { countText, normalizeTextarea, textareaLimit, validateTextareaField, type TextareaField } from './textarea-field.js';

const field = (extra: Partial<TextareaField> = {}): TextareaField => ({ type: 'textarea', name: 'comment', label: { en: 'Comment' }, ...extra });

const definition = (extra: Record<string, unknown>) => ({
  id: 'f',
  version: '0.1.0',
  locales: ['en'],
  title: { en: 'F' },
  pages: [{ id: 'p', title: { en: 'P' }, fields: [{ type: 'textarea', name: 'comment', label: { en: 'Comment' }, ...extra }] }],
});

describe('textarea field: definition', () => {
  it('accepts maxLength or maxWords, rows, threshold and autocomplete', () => {
    assert.equal(parseDefinition(definition({ maxLength: 500, rows: 8, threshold: 80, autocomplete: 'off' })).ok, true);
    assert.equal(parseDefinition(definition({ maxWords: 150 })).ok, true);
    assert.equal(parseDefinition(definition({})).ok, true);
  });

  it('refuses both limits at once, with the path', () => {
    const result = parseDefinition(definition({ maxLength: 500, maxWords: 100 }));
    assert.deepEqual(result.ok ? [] : result.problems, [{ path: 'pages[0].fields[0].maxWords', message: 'give maxLength or maxWords, not both' }]);
  });

  it('refuses a zero limit, a threshold over 100 and unknown keys', () => {
    assert.equal(parseDefinition(definition({ maxLength: 0 })).ok, false);
    assert.equal(parseDefinition(definition({ threshold: 101 })).ok, false);
    assert.equal(parseDefinition(definition({ maxlength: 5 })).ok, false);
  });
});

describe('textarea field: counting', () => {
  it('counts code points, so a Kazakh letter or an emoji is one character', () => {
    assert.equal(countText('Қазақ', 'characters'), 5);
    assert.equal(countText('😀😀', 'characters'), 2);
    assert.equal(countText('', 'characters'), 0);
  });

  it('counts a line break as one character whether it arrives as LF or CRLF', () => {
    assert.equal(countText('a\nb', 'characters'), 3);
    assert.equal(countText('a\r\nb', 'characters'), 3);
    assert.equal(normalizeTextarea('  a\r\nb\rc  '), 'a\nb\nc');
  });

  it('ignores leading and trailing space, as the submitted text does', () => {
    assert.equal(countText('  abc \n', 'characters'), 3);
  });

  it('counts words as runs of non-space, across lines and any spaces', () => {
    assert.equal(countText('one two\nthree\u00a0four', 'words'), 4);
    assert.equal(countText('   ', 'words'), 0);
    assert.equal(countText('Сәлем, әлем!', 'words'), 2);
  });

  it('knows its limit: words win when given, characters otherwise, none without either', () => {
    assert.deepEqual(textareaLimit({ maxWords: 10 }), { max: 10, unit: 'words' });
    assert.deepEqual(textareaLimit({ maxLength: 10 }), { max: 10, unit: 'characters' });
    assert.equal(textareaLimit({}), undefined);
  });
});

describe('textarea field: validation', () => {
  it('returns the trimmed text with LF line breaks', () => {
    assert.deepEqual(validateTextareaField(field(), '  First line\r\nSecond line \n', {}), { ok: true, value: 'First line\nSecond line' });
  });

  it('required: an empty or blank answer', () => {
    for (const answer of [undefined, null, '', ' \n ']) {
      assert.deepEqual(validateTextareaField(field({ required: true }), answer, {}), {
        ok: false,
        error: { field: 'comment', code: 'required', params: {} },
      });
      assert.deepEqual(validateTextareaField(field(), answer, {}), { ok: true, value: undefined });
    }
  });

  it('too_long {max} past maxLength, counted in code points; at the limit is fine', () => {
    assert.deepEqual(validateTextareaField(field({ maxLength: 3 }), 'Әлия', {}), {
      ok: false,
      error: { field: 'comment', code: 'too_long', params: { max: 3 } },
    });
    assert.deepEqual(validateTextareaField(field({ maxLength: 4 }), 'Әлия', {}), { ok: true, value: 'Әлия' });
    assert.deepEqual(validateTextareaField(field({ maxLength: 3 }), 'a\r\nb', {}), { ok: true, value: 'a\nb' });
  });

  it('too_many_words {max} past maxWords', () => {
    assert.deepEqual(validateTextareaField(field({ maxWords: 2 }), 'one two three', {}), {
      ok: false,
      error: { field: 'comment', code: 'too_many_words', params: { max: 2 } },
    });
    assert.deepEqual(validateTextareaField(field({ maxWords: 3 }), 'one two three', {}), { ok: true, value: 'one two three' });
  });

  it('invalid_type for an answer that is not text', () => {
    assert.deepEqual(validateTextareaField(field(), 42, {}), {
      ok: false,
      error: { field: 'comment', code: 'invalid_type', params: { expected: 'string' } },
    });
  });

  it('is reached through validateField', () => {
    const result = validateField(field({ maxLength: 1 }), 'ab');
    assert.equal(result.ok ? null : result.error.code, 'too_long');
  });
});
