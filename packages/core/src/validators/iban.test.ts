import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkIban, compactIban, ibanRemainder } from './iban.js';

/** The check digits ISO 13616 gives a Kazakhstan BBAN: 98 − (BBAN + "KZ00") mod 97. */
function withCheckDigits(bban: string): string {
  const check = 98 - ibanRemainder(`KZ00${bban}`);
  return `KZ${String(check).padStart(2, '0')}${bban}`;
}

describe('checkIban', () => {
  it('the public example KZ86125KZT5004100100 has check digits 86', () => {
    assert.equal(withCheckDigits('125KZT5004100100'), 'KZ86125KZT5004100100');
    assert.deepEqual(checkIban('KZ86125KZT5004100100'), { valid: true, iban: 'KZ86125KZT5004100100' });
  });

  // Each computed with withCheckDigits above and hard-coded, so the vectors do not depend on the
  // code under test alone.
  for (const [iban, bban] of [
    ['KZ18722S000012345678', '722S000012345678'],
    ['KZ86601A861000000001', '601A861000000001'],
    ['KZ070000000000000000', '0000000000000000'],
  ] as const) {
    it(`accepts ${iban}`, () => {
      assert.equal(withCheckDigits(bban), iban);
      assert.equal(checkIban(iban).valid, true);
    });
  }

  it('accepts spaces and lower case and stores compact upper case', () => {
    assert.deepEqual(checkIban('kz86 125k zt50 0410 0100'), { valid: true, iban: 'KZ86125KZT5004100100' });
    assert.deepEqual(checkIban(' KZ86-125K-ZT50-0410-0100 '), { valid: true, iban: 'KZ86125KZT5004100100' });
    assert.equal(compactIban('kz86\u00a0125k'), 'KZ86125K');
  });

  it('refuses a changed character or swapped neighbours as a checksum problem', () => {
    assert.deepEqual(checkIban('KZ86125KZT5004100101'), { valid: false, problem: 'checksum', iban: 'KZ86125KZT5004100101' });
    assert.equal(checkIban('KZ87125KZT5004100100').valid, false);
    assert.deepEqual(checkIban('KZ86125KZT5004101000'), { valid: false, problem: 'checksum', iban: 'KZ86125KZT5004101000' });
  });

  it('refuses other countries, lengths and shapes as a format problem', () => {
    for (const wrong of [
      'GB33BUKB20201555555555', // a valid British IBAN: not Kazakhstan
      'KZ86125KZT500410010', // 19 characters
      'KZ86125KZT50041001000', // 21 characters
      'KZ8612AKZT5004100100', // a letter in the bank code
      'KZX6125KZT5004100100', // a letter in the check digits
      'KZ86125KZT50041001_0',
      '',
    ]) {
      assert.equal(checkIban(wrong).valid, false, wrong);
      assert.equal((checkIban(wrong) as { problem: string }).problem, 'format', wrong);
    }
  });
});
