import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkPhone, phoneKind } from './phone.js';

describe('checkPhone', () => {
  const sameNumber = [
    '+77011234567',
    '+7 701 123 45 67',
    '+7 (701) 123-45-67',
    '8 701 123 45 67',
    '8 (701) 123-45-67',
    '87011234567',
    '77011234567',
    '7011234567',
    '701 123 4567',
    '+7\u00a0701\u00a0123\u00a045\u00a067',
    '8.701.123.45.67',
  ];
  for (const typed of sameNumber) {
    it(`stores "${typed}" as +77011234567`, () => {
      assert.deepEqual(checkPhone(typed), { valid: true, e164: '+77011234567', kind: 'mobile' });
    });
  }

  it('accepts city numbers: Astana 7172 and Almaty 727', () => {
    assert.deepEqual(checkPhone('8 7172 55 66 77'), { valid: true, e164: '+77172556677', kind: 'landline' });
    assert.deepEqual(checkPhone('+7 727 250 00 00'), { valid: true, e164: '+77272500000', kind: 'landline' });
  });

  it('accepts a 7xx range it cannot classify, without a kind', () => {
    assert.deepEqual(checkPhone('+7 790 123 45 67'), { valid: true, e164: '+77901234567' });
  });

  it('refuses Russian numbers, which share +7 but do not start with 7', () => {
    assert.equal(checkPhone('+7 916 123 45 67').valid, false);
    assert.equal(checkPhone('8 495 123 45 67').valid, false);
    assert.equal(checkPhone('9161234567').valid, false);
  });

  it('refuses the wrong number of digits, letters and other country codes', () => {
    assert.equal(checkPhone('8 701 123 45 6').valid, false);
    assert.equal(checkPhone('8 701 123 45 678').valid, false);
    assert.equal(checkPhone('+7 701 123 45 6x').valid, false);
    assert.equal(checkPhone('+44 7700 900982').valid, false);
    assert.equal(checkPhone('+8 701 123 45 67').valid, false);
    assert.equal(checkPhone('').valid, false);
  });

  it('refuses a plus in the middle', () => {
    assert.equal(checkPhone('8+7011234567').valid, false);
  });
});

describe('phoneKind', () => {
  it('knows the mobile ranges 70x, 747, 75x, 76x and 77x', () => {
    for (const prefix of ['700', '701', '702', '705', '707', '708', '747', '750', '760', '771', '775', '777', '778']) {
      assert.equal(phoneKind(`${prefix}1234567`), 'mobile', prefix);
    }
  });
  it('knows the city ranges 71x and 72x', () => {
    for (const prefix of ['711', '712', '713', '714', '715', '716', '717', '718', '721', '722', '725', '727', '729']) {
      assert.equal(phoneKind(`${prefix}1234567`), 'landline', prefix);
    }
  });
  it('leaves other ranges unclassified', () => {
    assert.equal(phoneKind('7401234567'), undefined);
    assert.equal(phoneKind('7901234567'), undefined);
  });
});
