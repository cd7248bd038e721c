import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkPostalCode } from './postal-code.js';

describe('checkPostalCode', () => {
  it('accepts the old 6-digit index', () => {
    assert.deepEqual(checkPostalCode('050000'), { valid: true, code: '050000' });
    assert.deepEqual(checkPostalCode(' 010000 '), { valid: true, code: '010000' });
  });

  it('accepts the 7-character Kazpost code and stores it in upper case', () => {
    assert.deepEqual(checkPostalCode('A15E3C4'), { valid: true, code: 'A15E3C4' });
    assert.deepEqual(checkPostalCode('z05h9e8'), { valid: true, code: 'Z05H9E8' });
    assert.deepEqual(checkPostalCode('A15 E3C4'), { valid: true, code: 'A15E3C4' });
  });

  it('reads Cyrillic look-alike letters as the Latin ones', () => {
    // А, Е and С below are Cyrillic (U+0410, U+0415, U+0421).
    assert.deepEqual(checkPostalCode('\u041015\u04153\u04214'), { valid: true, code: 'A15E3C4' });
    assert.deepEqual(checkPostalCode('а15е3с4'), { valid: true, code: 'A15E3C4' });
  });

  it('refuses other shapes', () => {
    for (const wrong of ['05000', '0500000', 'A15E3C', 'A15E3C45', '115E3C4', 'AA5E3C4', 'A15EEC4', 'A15E3CC', 'Ә15E3C4', 'A15-E3C4', '']) {
      assert.equal(checkPostalCode(wrong).valid, false, wrong);
    }
  });
});
