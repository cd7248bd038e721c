import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isPersonName, normalizePersonName } from './person-name.js';

describe('isPersonName', () => {
  for (const name of [
    'Қайрат',
    'Әлия',
    'Ғалымжан',
    'Өмірзақ',
    'Ұлжан Үсенова',
    'Һ',
    "O'Neil",
    'O’Neil',
    'Jean-Luc',
    'J. R. R. Tolkien',
    'Мария-Луиза',
    'Zoë',
    'Nguyễn',
    'Ayşe',
    'Śliwińska',
  ]) {
    it(`accepts ${name}`, () => {
      assert.equal(isPersonName(name), true);
    });
  }

  it('accepts a letter written as a base letter and a combining mark', () => {
    assert.equal(isPersonName('Zoe\u0308'), true);
  });

  for (const name of ['Қайрат2', 'R2-D2', 'Әлия!', 'a@b', 'Anna_Maria', 'Anna/Maria', 'Иван 😀', '1990', '-', "'", '.']) {
    it(`refuses ${name}`, () => {
      assert.equal(isPersonName(name), false);
    });
  }
});

describe('normalizePersonName', () => {
  it('composes letters and makes runs of spaces one', () => {
    assert.equal(normalizePersonName(' Zoe\u0308   Ann '), 'Zoë Ann');
  });
});
