import { expect } from '@open-wc/testing';
import { describeAccept, errorMessage, formatFileSize, pluralCategory, setLocale } from '@service-forms/elements';
import {
  errorSentence,
  FIELD_TYPES,
  formatAccept,
  formatBytes,
  message,
  pluralCategoryOf,
  SUPPORTED_LOCALES,
  type ErrorCode,
  type ErrorParams,
} from '@service-forms/core';
import { countMessage, limitMessage } from '../textarea/textarea.js';

/**
 * The elements' wording (@lit/localize at run time, in each locale) against core's message
 * catalogue, which server-rendered pages use: both must say exactly the same. The catalogue's
 * texts are checked against the XLIFF in Node (packages/core/src/messages/catalogue.test.ts);
 * this checks the code around them (branches per field type, plural forms, file sizes).
 */

/** Every code, with parameters like those validation gives (several where the wording branches on them). */
const CASES: Record<ErrorCode, ErrorParams[]> = {
  required: [{}],
  too_short: [{ min: 1 }, { min: 2 }, { min: 5 }, { min: 21 }, { min: 1.5 }],
  too_long: [{ max: 1 }, { max: 3 }, { max: 11 }, { max: 500 }],
  too_many_words: [{ max: 1 }, { max: 4 }, { max: 250 }],
  not_a_number: [{}],
  not_whole_number: [{}],
  below_minimum: [{ min: 1900 }, { min: 85000 }, { min: -5 }],
  above_maximum: [{ max: 2009 }, { max: 1500000 }],
  invalid_email: [{}],
  iin_format: [{}],
  iin_checksum: [{}],
  bin_format: [{}],
  bin_checksum: [{}],
  phone_format: [{}],
  postal_code_format: [{}],
  iban_format: [{}],
  iban_checksum: [{}],
  person_name_characters: [{}],
  invalid_option: [{}],
  invalid_type: [{}],
  date_incomplete: [{ missing: ['day'] }, { missing: ['month', 'year'] }, { missing: ['day', 'month', 'year'] }, {}],
  invalid_date: [{}],
  date_in_future: [{}],
  date_in_past: [{}],
  too_few_items: [{ min: 1 }, { min: 3 }, { min: 5 }],
  too_many_items: [{ max: 1 }, { max: 2 }, { max: 5 }],
  too_few_selected: [{ min: 1 }, { min: 2 }, { min: 7 }],
  too_many_selected: [{ max: 1 }, { max: 2 }, { max: 5 }, { max: 21 }],
  file_type: [
    { name: 'photo.gif', accept: ['image/jpeg', '.jpg', '.png', 'application/pdf'] },
    { name: 'a.txt', accept: ['image/*', 'video/*', 'audio/*', 'text/*', 'font/*'] },
    { name: 'a.bin', accept: ['application/vnd.ms-excel', 'application/x-zip-compressed'] },
    { name: 'a.bin', accept: [] },
  ],
  file_too_large: [1, 2, 5, 1023, 2048, Math.round(1.2 * 1024 * 1024), 5 * 1024 * 1024, 3 * 1024 ** 3].map((max) => ({ name: 'scan.pdf', max })),
  too_many_files: [{ max: 1 }, { max: 3 }, { max: 10 }],
  file_empty: [{ name: 'empty.pdf' }],
  unknown_field: [{}],
  not_applicable: [{}],
};

/** Labels the English mid-sentence rule treats differently: a word, an acronym, one letter, Cyrillic. */
const LABELS = ['Full name', 'IIN', 'X', 'Дата рождения', 'Аты-жөні'];

afterEach(async () => {
  await setLocale('en');
});

describe('errorMessage and the catalogue', () => {
  for (const locale of SUPPORTED_LOCALES) {
    it(`says what core's errorSentence says, for every code, field type and label, in ${locale}`, async () => {
      await setLocale(locale);
      let count = 0;
      for (const [code, cases] of Object.entries(CASES) as [ErrorCode, ErrorParams[]][]) {
        for (const params of cases) {
          for (const type of FIELD_TYPES) {
            for (const label of LABELS) {
              const error = { code, params };
              expect(errorMessage(error, { label, type }), `${code} ${JSON.stringify(params)} ${type} "${label}"`).to.equal(
                errorSentence(error, { label, type }, locale),
              );
              count++;
            }
          }
        }
      }
      expect(count).to.be.greaterThan(1000);
    });
  }

  it("gives a definition's own message first, as core does", async () => {
    await setLocale('kk');
    const context = { label: 'ЖСН', type: 'text' as const, messages: { iin_checksum: 'ЖСН қате' } };
    const error = { code: 'iin_checksum' as const, params: {} };
    expect(errorMessage(error, context)).to.equal(errorSentence(error, context, 'kk'));
  });
});

describe('counts, plurals and file sizes and the catalogue', () => {
  for (const locale of SUPPORTED_LOCALES) {
    it(`picks the plural form core picks, in ${locale}`, async () => {
      await setLocale(locale);
      for (let n = 0; n <= 300; n++) expect(pluralCategory(n, locale), `${n}`).to.equal(pluralCategoryOf(n, locale));
      expect(pluralCategory(1.5, locale)).to.equal(pluralCategoryOf(1.5, locale));
    });

    it(`words the textarea's count and limit as the catalogue does, in ${locale}`, async () => {
      await setLocale(locale);
      for (const n of [0, 1, 2, 3, 5, 11, 21, 22, 25, 101, 111, 1000]) {
        expect(countMessage(n, 'characters')).to.equal(message(locale, 'chars-remaining', { n }));
        expect(countMessage(n, 'words')).to.equal(message(locale, 'words-remaining', { n }));
        // Over the limit: the count is negative, the message says how many too many.
        if (n > 0) expect(countMessage(-n, 'characters')).to.equal(message(locale, 'chars-too-many', { n }));
        if (n > 0) expect(countMessage(-n, 'words')).to.equal(message(locale, 'words-too-many', { n }));
        expect(limitMessage(n, 'characters')).to.equal(message(locale, 'chars-limit', { max: n }));
        expect(limitMessage(n, 'words')).to.equal(message(locale, 'words-limit', { max: n }));
      }
    });

    it(`formats file sizes and accepted types as core does, in ${locale}`, async () => {
      await setLocale(locale);
      for (const bytes of [0, 1, 2, 5, 21, 22, 1023, 1024, 1536, 340 * 1024, 5 * 1024 * 1024, 1.25 * 1024 ** 3, 4096 * 1024 ** 3]) {
        expect(formatFileSize(bytes), `${bytes}`).to.equal(formatBytes(bytes, locale));
      }
      const accept = ['application/pdf', 'image/jpeg', '.jpeg', 'image/*', 'audio/*', 'text/*', 'video/*', 'model/*'];
      expect(describeAccept(accept)).to.equal(formatAccept(accept, locale));
      expect(describeAccept(['.png'])).to.equal(formatAccept(['.png'], locale));
    });
  }
});
