import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { maskPersonalData } from './mask.js';

describe('maskPersonalData: comments lose personal data before they are stored', () => {
  const cases: [string, string, string][] = [
    ['an IIN alone', 'Менің ЖСН 900115300014, тексеріңіз', 'Менің ЖСН [IIN/BIN], тексеріңіз'],
    ['an IIN in two groups', 'мой ИИН 900115 300014.', 'мой ИИН [IIN/BIN].'],
    ['an IIN in groups of four', 'ИИН: 9001 1530 0014', 'ИИН: [IIN/BIN]'],
    ['an IIN with hyphens', 'ЖСН 900-115-300-014', 'ЖСН [IIN/BIN]'],
    ['a BIN right after Cyrillic text', 'БСН:050540004455', 'БСН:[IIN/BIN]'],
    ['a phone with +7 and spaces', 'Позвоните +7 701 234 56 78 после обеда', 'Позвоните [phone] после обеда'],
    ['a phone with 8 and brackets', 'Телефоным 8 (701) 234-56-78', 'Телефоным [phone]'],
    ['a phone written together', 'номер 87012345678', 'номер [phone]'],
    ['a phone with +7 written together', 'WhatsApp +77012345678!', 'WhatsApp [phone]!'],
    ['a phone with 7 and hyphens', 'тел. 7-701-234-56-78', 'тел. [phone]'],
    ['an email', 'Жауапты aigul.s@example.kz поштасына жіберіңіз', 'Жауапты [email] поштасына жіберіңіз'],
    ['an email in Cyrillic', 'пишите на айгүл@пошта.қаз', 'пишите на [email]'],
    ['a card number', 'карта 4400 4301 2345 6789', 'карта [number]'],
    ['an IIN run into another number: masked as a long number', 'ИИН 900115300014 2 раза', 'ИИН [number] раза'],
    ['everything at once', 'Ерлан, ИИН 900115300014, +7 (777) 123 45 67, erlan@mail.ru', 'Ерлан, ИИН [IIN/BIN], [phone], [email]'],
  ];
  for (const [name, text, masked] of cases) {
    it(name, () => assert.equal(maskPersonalData(text), masked));
  }

  it('keeps text without personal data as it is: short numbers, dates, amounts, line breaks', () => {
    const text = 'Күттім 3 сағат, 2 терезе жабық болды.\nЖдал с 09:00 до 12:30, 15.11.2026, заплатил 1 500 тенге; кабинет 204.';
    assert.equal(maskPersonalData(text), text);
  });

  it('removes control characters and bidirectional overrides, keeping tabs and line breaks', () => {
    assert.equal(maskPersonalData('a\u0000b\u202Ec\td\r\ne'), 'abc\td\r\ne');
  });

  it('errs towards hiding: numbers that only add up to 12 digits are masked too', () => {
    assert.equal(maskPersonalData('в 2024 12 345678'), 'в [IIN/BIN]');
  });
});
