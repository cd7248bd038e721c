import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isoToDateParts, parseDateParts, parseMonth, todayIso } from './date-parts.js';

describe('parseDateParts', () => {
  it('pads parts into an ISO date', () => {
    assert.deepEqual(parseDateParts({ day: '5', month: '3', year: '1990' }), { ok: true, iso: '1990-03-05' });
  });
  it('accepts month names and abbreviations', () => {
    assert.deepEqual(parseDateParts({ day: '27', month: 'March', year: '1990' }), { ok: true, iso: '1990-03-27' });
    assert.deepEqual(parseDateParts({ day: '1', month: 'sept.', year: '2001' }), { ok: true, iso: '2001-09-01' });
    assert.equal(parseMonth('DEC'), 12);
    assert.equal(parseMonth('Marchy'), null);
  });
  it('says required when every part is empty', () => {
    assert.deepEqual(parseDateParts({ day: ' ', month: '', year: '' }), { ok: false, code: 'required' });
  });
  it('names the missing parts in order', () => {
    assert.deepEqual(parseDateParts({ day: '', month: '3', year: '' }), { ok: false, code: 'date_incomplete', missing: ['day', 'year'] });
  });
  it('names the impossible parts', () => {
    assert.deepEqual(parseDateParts({ day: '32', month: '13', year: '90' }), { ok: false, code: 'invalid_date', parts: ['day', 'month', 'year'] });
    assert.deepEqual(parseDateParts({ day: '31', month: '4', year: '2025' }), { ok: false, code: 'invalid_date', parts: ['day'] });
  });
  it('round-trips ISO dates', () => {
    assert.deepEqual(isoToDateParts('1990-03-05'), { year: '1990', month: '3', day: '5' });
    assert.equal(isoToDateParts('1990-3-5'), null);
  });
  it('formats today in local time', () => {
    assert.equal(todayIso(new Date(2026, 0, 9, 23, 59)), '2026-01-09');
  });
});

describe('parseMonth in Kazakh, Russian and English', () => {
  const MARCH = ['March', 'mar', 'MAR.', 'наурыз', 'Наурыз', 'наур', 'нау.', 'март', 'марта', 'МАРТА', 'мар'];
  for (const text of MARCH) {
    it(`reads "${text}" as March`, () => assert.equal(parseMonth(text), 3));
  }
  it('reads every month in every language, case-insensitively', () => {
    const kk = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'];
    const ru = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];
    const ruGenitive = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
    for (const names of [kk, ru, ruGenitive]) {
      assert.deepEqual(names.map(parseMonth), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
      assert.deepEqual(names.map((name) => parseMonth(name.toUpperCase())), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    }
  });
  it('reads common abbreviations', () => {
    assert.deepEqual(['янв', 'февр.', 'апр', 'авг', 'сент', 'окт', 'нояб', 'дек'].map(parseMonth), [1, 2, 4, 8, 9, 10, 11, 12]);
    assert.deepEqual(['қаң', 'ақп', 'сәу', 'мам', 'мау', 'шіл', 'там', 'қыр', 'қаз', 'қар', 'жел'].map(parseMonth), [1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    assert.deepEqual(['июн', 'июл', 'jun', 'jul'].map(parseMonth), [6, 7, 6, 7]);
  });
  it('reads Kazakh names typed on a Russian layout', () => {
    assert.deepEqual(['кантар', 'акпан', 'сауир', 'шилде', 'кыркуйек', 'желтоксан'].map(parseMonth), [1, 2, 4, 7, 9, 12]);
  });
  it('refuses what fits no month or more than one', () => {
    // "ма" could be March, May or June in Russian and Kazakh; "ju" June or July.
    assert.deepEqual(['ма', 'ju', 'мартобря', 'mayday', 'xyz', ''].map(parseMonth), [null, null, null, null, null, null]);
  });
  it('accepts a Russian date typed with the month name', () => {
    assert.deepEqual(parseDateParts({ day: '8', month: 'марта', year: '2025' }), { ok: true, iso: '2025-03-08' });
    assert.deepEqual(parseDateParts({ day: '1', month: 'мая', year: '2025' }), { ok: true, iso: '2025-05-01' });
    assert.deepEqual(parseDateParts({ day: '16', month: 'Желтоқсан', year: '1991' }), { ok: true, iso: '1991-12-16' });
  });
});
