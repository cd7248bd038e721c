import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatDate, formatLongDateFromNames, formatMoney, formatNumber, normalizeLocale, realIntlLongDate } from './format.js';

const NBSP = '\u00a0';

describe('normalizeLocale', () => {
  it('keeps the language of a tag and falls back to English', () => {
    assert.deepEqual(['kk-KZ', 'KK', 'ru-RU', 'ru_RU', 'kk-Latn', 'en-GB', 'de', '', null, undefined].map(normalizeLocale), [
      'kk', 'kk', 'ru', 'ru', 'kk', 'en', 'en', 'en', 'en', 'en',
    ]);
  });
});

describe('formatDate', () => {
  it('formats Kazakh dates', () => {
    assert.equal(formatDate('2025-03-08', 'kk', 'long'), '2025 ж. 8 наурыз');
    assert.equal(formatDate('2025-03-08', 'kk-KZ', 'short'), '08.03.2025');
    assert.equal(formatDate('1991-12-16', 'kk', 'long'), '1991 ж. 16 желтоқсан');
  });
  it('formats Russian dates with the month in the genitive', () => {
    assert.equal(formatDate('2025-03-08', 'ru', 'long'), '8 марта 2025 г.');
    assert.equal(formatDate('2025-05-01', 'ru', 'long'), '1 мая 2025 г.');
    assert.equal(formatDate('2025-03-08', 'ru', 'short'), '08.03.2025');
  });
  it('formats English dates day first', () => {
    assert.equal(formatDate('2025-03-08', 'en', 'long'), '8 March 2025');
    assert.equal(formatDate('2025-03-08', 'en', 'short'), '08/03/2025');
    assert.equal(formatDate('2025-03-08', 'de'), '8 March 2025');
  });
  it('returns text that is not an ISO date unchanged', () => {
    assert.equal(formatDate('8 March', 'kk', 'long'), '8 March');
  });
  it('ships names that say what a real Intl says, for every month of every locale', () => {
    // Node has full ICU data, so here Intl is real for all three: the shipped fallback must agree.
    for (const locale of ['kk', 'ru', 'en'] as const) {
      const intl = realIntlLongDate(locale);
      assert.ok(intl, `Node's Intl should know ${locale}`);
      for (let month = 1; month <= 12; month++) {
        const expected: string = intl.format(Date.UTC(2024, month - 1, 29));
        assert.equal(formatLongDateFromNames(2024, month, 29, locale), expected, `${locale} month ${month}`);
      }
    }
  });
});

describe('formatNumber and formatMoney', () => {
  it('groups with U+00A0 and uses a decimal comma in kk and ru', () => {
    assert.equal(formatNumber(1234567.89, 'kk'), `1${NBSP}234${NBSP}567,89`);
    assert.equal(formatNumber(1234567.89, 'ru-RU'), `1${NBSP}234${NBSP}567,89`);
    assert.equal(formatNumber(-85000, 'ru'), `-85${NBSP}000`);
    assert.equal(formatNumber(999, 'kk'), '999');
  });
  it('uses commas and a point in English', () => {
    assert.equal(formatNumber(1234567.89, 'en'), '1,234,567.89');
  });
  it('leaves a year or a count ungrouped when asked, in every locale', () => {
    assert.equal(formatNumber(2009, 'en', { grouping: false }), '2009');
    assert.equal(formatNumber(2009, 'ru', { grouping: false }), '2009');
    assert.equal(formatNumber(123456, 'kk', { grouping: false }), '123456');
    assert.equal(formatNumber(1234.5, 'kk', { grouping: false }), '1234,5');
    assert.equal(formatNumber(2009, 'en', { grouping: true }), '2,009');
  });
  it('formats whole tenge', () => {
    assert.equal(formatMoney(1234567, 'kk'), `1${NBSP}234${NBSP}567${NBSP}₸`);
    assert.equal(formatMoney(85000.4, 'ru'), `85${NBSP}000${NBSP}₸`);
    assert.equal(formatMoney(85000, 'en'), `85,000${NBSP}₸`);
  });
});
