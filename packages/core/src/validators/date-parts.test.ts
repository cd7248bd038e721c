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
