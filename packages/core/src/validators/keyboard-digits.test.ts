import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mapKeyboardDigits } from './keyboard-digits.js';
import { checkIin } from './iin.js';

describe('mapKeyboardDigits', () => {
  it('maps each Kazakh top-row letter, lower and upper case, to its key digit', () => {
    assert.equal(mapKeyboardDigits('әіңғүұқ'), '2345890');
    assert.equal(mapKeyboardDigits('ӘІҢҒҮҰҚ'), '2345890');
  });

  it('keeps digits, spaces and every other character, and the length', () => {
    const typed = '+7 (7қ1) ә34-56-78';
    const mapped = mapKeyboardDigits(typed);
    assert.equal(mapped, '+7 (701) 234-56-78');
    assert.equal(mapped.length, typed.length);
    assert.equal(mapKeyboardDigits('Өлке Һ а1'), 'Өлке Һ а1');
  });

  it('leaves the Latin i and the Russian letters alone', () => {
    // Only the Cyrillic і (U+0456) is a Kazakh top-row key; the Latin i (U+0069) is not.
    assert.equal(mapKeyboardDigits('i'), 'i');
    assert.equal(mapKeyboardDigits('к у г н'), 'к у г н');
  });

  it('turns an IIN typed in the Kazakh layout back into a valid one', () => {
    assert.equal(mapKeyboardDigits('ұққ115іқққ1і'), '900115300013');
    assert.equal(checkIin(mapKeyboardDigits('ұққ115іқққ1і')).valid, true);
  });
});
