import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { csvCell } from './export.js';
import { fileTypeAllowed, filePartPath } from './files.js';
import { createReference, normalizeReference, REFERENCE_ALPHABET, REFERENCE_PATTERN } from './reference.js';
import { pdfBytes, pngBytes } from './testing/forms.js';
import { cleanFileName, MAX_FILE_NAME } from './storage/storage.js';

describe('references', () => {
  it('look like SF-XXXX-XXXX with no characters people mix up', () => {
    assert.equal(REFERENCE_ALPHABET.length, 25);
    for (const confusing of '0O1IL5S2ZUV') assert.ok(!REFERENCE_ALPHABET.includes(confusing), confusing);
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const reference = createReference();
      assert.match(reference, REFERENCE_PATTERN);
      seen.add(reference);
    }
    assert.equal(seen.size, 2000);
  });

  it('every character of the alphabet turns up (the draw is not stuck on a few)', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 2000; i++) for (const c of createReference().slice(3).replace('-', '')) counts.set(c, (counts.get(c) ?? 0) + 1);
    assert.deepEqual([...counts.keys()].sort().join(''), [...REFERENCE_ALPHABET].sort().join(''));
  });

  it('normalize what a person typed', () => {
    assert.equal(normalizeReference('sf-7k3q-9m4x'), 'SF-7K3Q-9M4X');
    assert.equal(normalizeReference(' SF 7K3Q 9M4X '), 'SF-7K3Q-9M4X');
    assert.equal(normalizeReference('7K3Q9M4X'), 'SF-7K3Q-9M4X');
    assert.equal(normalizeReference('SF-7K3Q-9M4'), undefined);
    assert.equal(normalizeReference('SF-0K3Q-9M4X'), undefined);
  });
});

describe('csvCell', () => {
  it('prefixes cells a spreadsheet would run as formulas with a quote', () => {
    assert.equal(csvCell("=cmd|' /C calc'!A0"), "'=cmd|' /C calc'!A0");
    assert.equal(csvCell('+1'), "'+1");
    assert.equal(csvCell('-1'), "'-1");
    assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
    assert.equal(csvCell('\t=1'), "'\t=1");
    assert.equal(csvCell('\r=1'), '"\'\r=1"');
  });

  it('quotes commas, quotes and line breaks; leaves other text alone', () => {
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
    assert.equal(csvCell('line\nbreak'), '"line\nbreak"');
    assert.equal(csvCell('<b>Айгүл</b> a=1'), '<b>Айгүл</b> a=1');
    assert.equal(csvCell(''), '');
  });
});

describe('files', () => {
  const allowed = ['application/pdf', 'image/png', 'image/jpeg'];
  it('takes allowed types whose bytes match', () => {
    assert.equal(fileTypeAllowed({ type: 'application/pdf', content: pdfBytes(50) }, allowed), true);
    assert.equal(fileTypeAllowed({ type: 'IMAGE/PNG', content: pngBytes(50) }, allowed), true);
    assert.equal(fileTypeAllowed({ type: 'image/jpeg', content: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]) }, allowed), true);
  });
  it('refuses other types, and bytes that are not of the declared type', () => {
    assert.equal(fileTypeAllowed({ type: 'text/html', content: Buffer.from('<html>') }, allowed), false);
    assert.equal(fileTypeAllowed({ type: 'application/pdf', content: Buffer.from('MZ executable') }, allowed), false);
    assert.equal(fileTypeAllowed({ type: 'image/png', content: pdfBytes(50) }, allowed), false);
    assert.equal(fileTypeAllowed({ type: '', content: pdfBytes(50) }, allowed), false);
  });
  it('reads part names files.<path>', () => {
    assert.equal(filePartPath('files.proof'), 'proof');
    assert.equal(filePartPath('files.members[1].proof'), 'members[1].proof');
    assert.equal(filePartPath('files.__proto__'), undefined);
    assert.equal(filePartPath('files.members[x].proof'), undefined);
    assert.equal(filePartPath('proof'), undefined);
  });
});

describe('cleanFileName', () => {
  it('removes control characters and bidi overrides, keeps the rest, caps the length', { timeout: 5_000 }, () => {
    assert.equal(cleanFileName('evil\u0000.pdf'), 'evil.pdf');
    assert.equal(cleanFileName('a\tb\r\nc\u001b[31m\u007f\u0080\u009f.pdf'), 'abc[31m.pdf');
    assert.equal(cleanFileName('photo\u202Egnp.exe'), 'photognp.exe');
    assert.equal(cleanFileName('\u2066x\u2069\u200f.pdf'), 'x.pdf');
    assert.equal(cleanFileName('свидетельство «№1».pdf'), 'свидетельство «№1».pdf');
    assert.equal(cleanFileName('\u0000'), 'file');
    assert.equal(cleanFileName('  '), 'file');
    assert.equal(cleanFileName('bad\ud800.pdf'), 'bad\ufffd.pdf');
    assert.equal(cleanFileName('x'.repeat(1000)).length, MAX_FILE_NAME);
    // A cut never leaves half a surrogate pair.
    const cut = cleanFileName('x'.repeat(MAX_FILE_NAME - 1) + '😀');
    assert.equal(cut, 'x'.repeat(MAX_FILE_NAME - 1));
  });
});
