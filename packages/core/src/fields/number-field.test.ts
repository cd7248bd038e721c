import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseDefinition } from '../definition/parse-definition.js';
import { validatePage } from '../validation/page-structure.js';
import { groupDigits, parseWholeNumber, validateMoneyField, validateNumberField, type MoneyField, type NumberField } from './number-field.js';

const number = (extra: Partial<NumberField> = {}): NumberField => ({ type: 'number', name: 'hours', label: { en: 'Hours a week' }, ...extra });
const money = (extra: Partial<MoneyField> = {}): MoneyField => ({ type: 'money', name: 'salary', label: { en: 'Desired salary' }, ...extra });

const definition = (fields: Record<string, unknown>[]) => ({
  id: 'f',
  version: '0.1.0',
  locales: ['en'],
  title: { en: 'F' },
  pages: [{ id: 'p', title: { en: 'P' }, fields }],
});

describe('number and money fields: definition', () => {
  it('accepts whole min and max', () => {
    assert.equal(parseDefinition(definition([{ type: 'number', name: 'h', label: { en: 'H' }, min: 1, max: 40 }])).ok, true);
    assert.equal(parseDefinition(definition([{ type: 'money', name: 's', label: { en: 'S' }, min: 85000, autocomplete: 'off' }])).ok, true);
  });

  it('refuses a fractional bound, min above max, and unknown keys', () => {
    assert.equal(parseDefinition(definition([{ type: 'number', name: 'h', label: { en: 'H' }, min: 0.5 }])).ok, false);
    const swapped = parseDefinition(definition([{ type: 'money', name: 's', label: { en: 'S' }, min: 10, max: 5 }]));
    assert.deepEqual(swapped.ok ? [] : swapped.problems, [{ path: 'pages[0].fields[0].min', message: 'must not be greater than max' }]);
    assert.equal(parseDefinition(definition([{ type: 'money', name: 's', label: { en: 'S' }, currency: 'USD' }])).ok, false);
  });
});

describe('parseWholeNumber', () => {
  const value = (text: string, currency = false) => {
    const result = parseWholeNumber(text, { currency });
    if (!result.ok) assert.fail(`expected a number for ${JSON.stringify(text)}, got ${result.code}`);
    return result.value;
  };
  const code = (text: string, currency = false) => {
    const result = parseWholeNumber(text, { currency });
    if (result.ok) assert.fail(`expected an error for ${JSON.stringify(text)}, got ${String(result.value)}`);
    return result.code;
  };

  it('reads digits grouped by any space, comma or point in threes', () => {
    for (const text of ['85000', '85 000', '85\u00a0000', '85\u202f000', '85,000', '85.000', ' 85000 ']) assert.equal(value(text), 85000, text);
    assert.equal(value('1,234,567'), 1234567);
    assert.equal(value('1 234 567'), 1234567);
  });

  it('reads a fraction of zeros as whole: 85 000,00 and 85,000.00', () => {
    assert.equal(value('85 000,00'), 85000);
    assert.equal(value('85.000,00'), 85000);
    assert.equal(value('85,000.00'), 85000);
    assert.equal(value('12,0'), 12);
  });

  it('not_whole_number for a real fraction', () => {
    assert.equal(code('12.5'), 'not_whole_number');
    assert.equal(code('12,50'), 'not_whole_number');
    assert.equal(code('0,500'), 'not_whole_number');
    assert.equal(code('85 000,01'), 'not_whole_number');
  });

  it('not_a_number for letters, bad grouping, two decimal marks or a lone sign', () => {
    for (const text of ['abc', '12a', '1,00,000', '1.2.3', '85,000,00.00,0', '-', '₸', '1e5', '0x10', '85 000 ₸']) {
      assert.equal(code(text), 'not_a_number', text);
    }
  });

  it('undefined for nothing typed', () => {
    assert.equal(value(''), undefined);
    assert.equal(value('  '), undefined);
  });

  it('reads negatives with a hyphen or a minus sign', () => {
    assert.equal(value('-5'), -5);
    assert.equal(value('\u221212 000'), -12000);
    assert.equal(value('-0'), 0);
  });

  it('with currency: the tenge sign and code are allowed, before or after', () => {
    for (const text of ['85000 ₸', '85 000₸', '₸85,000', '85 000 KZT', '85 000 тг', '85 000 тг.', '85 000 теңге', '85 000 тенге']) {
      assert.equal(value(text, true), 85000, text);
    }
    assert.equal(code('85 000 тгх', true), 'not_a_number');
  });

  it('reads Kazakh top-row letters as the digits of their keys', () => {
    assert.equal(value('үғ қққ'), 85000);
    assert.equal(value('ІҚ'), 30);
  });

  it('not_a_number beyond the exact integers of a double', () => {
    assert.equal(code('9007199254740993'), 'not_a_number');
    assert.equal(value('9007199254740991'), 9007199254740991);
  });
});

describe('groupDigits', () => {
  it('groups in threes with a no-break space', () => {
    assert.equal(groupDigits(85000), '85\u00a0000');
    assert.equal(groupDigits(1234567), '1\u00a0234\u00a0567');
    assert.equal(groupDigits(999), '999');
    assert.equal(groupDigits(-12000), '-12\u00a0000');
    assert.equal(groupDigits('0'), '0');
  });
});

describe('number field: validation', () => {
  it('returns a JSON number', () => {
    assert.deepEqual(validateNumberField(number(), '40', {}), { ok: true, value: 40 });
    assert.deepEqual(validateNumberField(number(), 40, {}), { ok: true, value: 40 });
  });

  it('every code with its params', () => {
    assert.deepEqual(validateNumberField(number({ required: true }), ' ', {}), { ok: false, error: { field: 'hours', code: 'required', params: {} } });
    assert.deepEqual(validateNumberField(number(), 'forty', {}), { ok: false, error: { field: 'hours', code: 'not_a_number', params: {} } });
    assert.deepEqual(validateNumberField(number(), '37.5', {}), { ok: false, error: { field: 'hours', code: 'not_whole_number', params: {} } });
    assert.deepEqual(validateNumberField(number({ min: 1 }), '0', {}), { ok: false, error: { field: 'hours', code: 'below_minimum', params: { min: 1 } } });
    assert.deepEqual(validateNumberField(number({ max: 40 }), '41', {}), { ok: false, error: { field: 'hours', code: 'above_maximum', params: { max: 40 } } });
    assert.deepEqual(validateNumberField(number(), 37.5, {}), { ok: false, error: { field: 'hours', code: 'not_whole_number', params: {} } });
    assert.deepEqual(validateNumberField(number(), Number.NaN, {}), { ok: false, error: { field: 'hours', code: 'not_a_number', params: {} } });
    assert.deepEqual(validateNumberField(number(), { value: 1 }, {}), {
      ok: false,
      error: { field: 'hours', code: 'invalid_type', params: { expected: 'number' } },
    });
  });

  it('bounds are inclusive; a plain number may be negative; no currency sign', () => {
    assert.deepEqual(validateNumberField(number({ min: 1, max: 40 }), '1', {}), { ok: true, value: 1 });
    assert.deepEqual(validateNumberField(number({ min: 1, max: 40 }), '40', {}), { ok: true, value: 40 });
    assert.deepEqual(validateNumberField(number(), '-3', {}), { ok: true, value: -3 });
    assert.equal(validateNumberField(number(), '40 ₸', {}).ok, false);
  });

  it('an unanswered optional field gives undefined', () => {
    assert.deepEqual(validateNumberField(number(), '', {}), { ok: true, value: undefined });
    assert.deepEqual(validateNumberField(number(), undefined, {}), { ok: true, value: undefined });
  });
});

describe('money field: validation', () => {
  it('returns whole tenge as a JSON number from every pasted format', () => {
    for (const answer of ['85 000', '85,000', '85000 ₸', '85\u00a0000', 85000]) {
      assert.deepEqual(validateMoneyField(money(), answer, {}), { ok: true, value: 85000 }, String(answer));
    }
  });

  it('is never negative unless min says so', () => {
    assert.deepEqual(validateMoneyField(money(), '-1', {}), { ok: false, error: { field: 'salary', code: 'below_minimum', params: { min: 0 } } });
    assert.deepEqual(validateMoneyField(money({ min: -500 }), '-1', {}), { ok: true, value: -1 });
  });

  it('below_minimum and above_maximum carry the bound', () => {
    assert.deepEqual(validateMoneyField(money({ min: 85000 }), '84 999', {}), {
      ok: false,
      error: { field: 'salary', code: 'below_minimum', params: { min: 85000 } },
    });
    assert.deepEqual(validateMoneyField(money({ max: 10_000_000 }), '10 000 001', {}), {
      ok: false,
      error: { field: 'salary', code: 'above_maximum', params: { max: 10_000_000 } },
    });
  });

  it('submits numbers through validatePage', () => {
    const page = { id: 'p', title: { en: 'P' }, fields: [money({ required: true }), number()] };
    assert.deepEqual(validatePage(page, { salary: '120 000 ₸', hours: '40' }), { ok: true, data: { salary: 120000, hours: 40 } });
  });
});
