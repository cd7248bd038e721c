import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkBin, checkIin, identifierCheckDigit, isRealDate } from './iin.js';

describe('checkIin', () => {
  for (const iin of ['900115300013', '850703400420', '010228601237']) {
    it(`accepts the valid IIN ${iin}`, () => {
      assert.equal(checkIin(iin).valid, true);
    });
  }

  it('accepts 900101300811, whose first weight pass gives 10 (second-weight path)', () => {
    const first = [...'90010130081'].reduce((sum, d, i) => sum + Number(d) * (i + 1), 0) % 11;
    assert.equal(first, 10, 'the vector must exercise the second pass');
    assert.equal(identifierCheckDigit('90010130081'), 1);
    assert.equal(checkIin('900101300811').valid, true);
  });

  it('refuses a wrong check digit as a checksum problem', () => {
    assert.deepEqual(checkIin('900115300014'), { valid: false, problem: 'checksum', digits: '900115300014' });
  });

  it('refuses the wrong length or letters as a format problem', () => {
    assert.equal(checkIin('90011530001').problem, 'format');
    assert.equal(checkIin('9001153000130').problem, 'format');
    assert.equal(checkIin('90011530001a').problem, 'format');
  });

  it('ignores spaces a person types between groups and returns the digits', () => {
    assert.equal(checkIin(' 900115 300013 ').digits, '900115300013');
    assert.equal(checkIin('900115 300013').valid, true);
  });

  it('decodes the birth date and sex', () => {
    assert.deepEqual(checkIin('900115300013'), { valid: true, digits: '900115300013', birthDate: '1990-01-15', sex: 'male' });
    assert.equal(checkIin('850703400420').sex, 'female');
    assert.equal(checkIin('850703400420').birthDate, '1985-07-03');
    assert.equal(checkIin('010228601237').birthDate, '2001-02-28');
  });

  it('returns no birth date when the encoded date does not exist, but stays valid', () => {
    // 31 February with a correct check digit: the post-2013 numbering may do this.
    const first11 = '90023130001';
    const iin = first11 + String(identifierCheckDigit(first11));
    const result = checkIin(iin);
    assert.equal(result.valid, true);
    assert.equal(result.birthDate, undefined);
  });

  it('never accepts a number whose both passes give 10', () => {
    // Search the 11-digit prefixes near a known one for a never-issued number.
    let found: string | undefined;
    for (let n = 0; n < 100000 && !found; n++) {
      const prefix = `900101${String(n).padStart(5, '0')}`;
      if (identifierCheckDigit(prefix) === null) found = prefix;
    }
    assert.ok(found, 'a never-issued prefix exists');
    for (let d = 0; d <= 9; d++) assert.equal(checkIin(`${found}${d}`).valid, false);
  });
});

describe('checkBin', () => {
  it('accepts the valid BINs from the domain notes', () => {
    assert.equal(checkBin('940140000385').valid, true);
    assert.equal(checkBin('990140004654').valid, true);
  });
  it('refuses an IIN (5th digit 0–3) as a BIN', () => {
    assert.equal(checkBin('900115300013').problem, 'format');
  });
});

describe('isRealDate', () => {
  it('knows leap years', () => {
    assert.equal(isRealDate(2024, 2, 29), true);
    assert.equal(isRealDate(2025, 2, 29), false);
    assert.equal(isRealDate(1900, 2, 29), false);
    assert.equal(isRealDate(2025, 4, 31), false);
  });
});
