// errorSentence words every error code for every field type in every language, and says what
// the elements say. The expected sentences are the XLIFF's translations filled in (the same as
// the elements' browser tests expect where they check the same case).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { FIELD_TYPES } from '../fields/field-registry.js';
import { SUPPORTED_LOCALES, type SupportedLocale } from '../locale/format.js';
import type { FormattedAnswer } from '../session/format-answer.js';
import type { ErrorCode, ErrorParams } from '../validation/error-codes.js';
import { errorSentence, formatAccept, formatBytes, wordAnswer } from './message.js';

const NBSP = '\u00a0';

/** Every code, with parameters like those validation gives (several where the wording branches on them). */
const CASES: Record<ErrorCode, ErrorParams[]> = {
  required: [{}],
  too_short: [{ min: 1 }, { min: 2 }, { min: 5 }, { min: 21 }],
  too_long: [{ max: 1 }, { max: 3 }, { max: 500 }],
  too_many_words: [{ max: 1 }, { max: 4 }, { max: 250 }],
  not_a_number: [{}],
  not_whole_number: [{}],
  below_minimum: [{ min: 1900 }, { min: 85000 }],
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
  too_few_items: [{ min: 1 }, { min: 3 }],
  too_many_items: [{ max: 1 }, { max: 5 }],
  too_few_selected: [{ min: 1 }, { min: 2 }],
  too_many_selected: [{ max: 1 }, { max: 2 }, { max: 5 }],
  file_type: [{ name: 'photo.gif', accept: ['image/jpeg', '.png', 'application/pdf'] }, { name: 'a.txt', accept: ['image/*'] }],
  file_too_large: [{ name: 'scan.pdf', max: 512 }, { name: 'scan.pdf', max: 5 * 1024 * 1024 }],
  too_many_files: [{ max: 1 }, { max: 3 }],
  file_empty: [{ name: 'empty.pdf' }],
  unknown_field: [{}],
  not_applicable: [{}],
};

const LABELS: Record<SupportedLocale, string> = { en: 'Full name', kk: 'Толық аты-жөні', ru: 'Полное имя' };

describe('errorSentence', () => {
  it('words every code for every field type in every language, with no placeholder left', () => {
    let count = 0;
    for (const [code, cases] of Object.entries(CASES) as [ErrorCode, ErrorParams[]][]) {
      for (const params of cases) {
        for (const type of FIELD_TYPES) {
          for (const locale of SUPPORTED_LOCALES) {
            const sentence = errorSentence({ code, params }, { label: LABELS[locale], type }, locale);
            const where = `${code} ${JSON.stringify(params)} ${type} ${locale}: "${sentence}"`;
            assert.ok(sentence.length > 0, where);
            assert.doesNotMatch(sentence, /\{\w+\}|undefined|NaN|\[object/, where);
            // Kazakh and Russian are in Cyrillic: an English sentence there would be a missing translation.
            if (locale !== 'en' && !/[а-яәіңғүұқөһё]/i.test(sentence.replace(LABELS[locale], ''))) assert.fail(`no Cyrillic: ${where}`);
            count++;
          }
        }
      }
    }
    assert.ok(count > 1000, `${count} sentences`);
  });

  it('says it in English as the elements do', () => {
    const en = (code: ErrorCode, params: ErrorParams, label: string, type: (typeof FIELD_TYPES)[number] = 'text') =>
      errorSentence({ code, params }, { label, type }, 'en');
    assert.equal(en('required', {}, 'Full name'), 'Enter full name');
    assert.equal(en('required', {}, 'IIN'), 'Enter IIN');
    assert.equal(en('required', {}, 'Employment status', 'radios'), 'Select an answer for: Employment status');
    assert.equal(en('required', {}, 'Languages', 'checkboxes'), 'Select at least one answer for: Languages');
    assert.equal(en('required', {}, 'I agree to the terms', 'checkbox'), 'Tick the box to confirm: I agree to the terms');
    assert.equal(en('required', {}, 'Children', 'repeatable'), 'Add at least one item to children');
    assert.equal(en('required', {}, 'Passport scan', 'file'), 'Select a file for: Passport scan');
    assert.equal(en('invalid_type', {}, 'Passport scan', 'file'), 'Select a file for: Passport scan');
    assert.equal(en('too_short', { min: 1 }, 'Name'), 'Name must be 1 character or more');
    assert.equal(en('too_short', { min: 2 }, 'Name'), 'Name must be 2 characters or more');
    assert.equal(en('not_a_number', {}, 'Monthly income', 'money'), `Monthly income must be a number, like 85${NBSP}000`);
    assert.equal(en('not_a_number', {}, 'Year', 'number'), 'Year must be a number');
    assert.equal(en('below_minimum', { min: 85000 }, 'Salary', 'money'), `Salary must be 85${NBSP}000 or more`);
    assert.equal(en('above_maximum', { max: 2009 }, 'Year of birth', 'number'), 'Year of birth must be 2009 or less');
    assert.equal(en('iin_checksum', {}, 'IIN'), 'Check IIN: one of the digits is wrong');
    assert.equal(en('bin_checksum', {}, 'Business number'), 'Check business number: one of the digits is wrong');
    assert.equal(en('date_incomplete', { missing: ['day', 'year'] }, 'Date of birth', 'date'), 'Date of birth must include a day and year');
    assert.equal(en('date_incomplete', { missing: ['day', 'month', 'year'] }, 'Date of birth', 'date'), 'Date of birth must include a day, month and year');
    assert.equal(en('too_many_selected', { max: 1 }, 'Languages', 'checkboxes'), 'Select only one answer for: Languages');
    assert.equal(en('too_many_selected', { max: 2 }, 'Languages', 'checkboxes'), 'Select no more than 2 answers for: Languages');
    assert.equal(
      en('file_type', { name: 'photo.gif', accept: ['image/jpeg', '.jpg', 'image/png', 'application/pdf'] }, 'Photo', 'file'),
      'photo.gif must be a JPG, PNG or PDF',
    );
    assert.equal(en('file_too_large', { name: 'scan.pdf', max: 5242880 }, 'Scan', 'file'), 'scan.pdf must be smaller than 5 MB');
    assert.equal(en('too_many_files', { max: 1 }, 'Documents', 'file'), 'You can choose up to 1 file for documents');
  });

  it('says it in Russian as the elements do', () => {
    const ru = (code: ErrorCode, params: ErrorParams, label: string, type: (typeof FIELD_TYPES)[number] = 'text') =>
      errorSentence({ code, params }, { label, type }, 'ru-RU');
    assert.equal(ru('too_long', { max: 21 }, 'Комментарий', 'textarea'), 'Поле «Комментарий» должно содержать не более 21 символа');
    assert.equal(ru('too_long', { max: 500 }, 'Комментарий', 'textarea'), 'Поле «Комментарий» должно содержать не более 500 символов');
    assert.equal(ru('too_many_files', { max: 3 }, 'Документы', 'file'), 'Для поля «Документы» можно выбрать не более 3 файлов');
    assert.equal(ru('too_few_items', { min: 1 }, 'Дети', 'repeatable'), 'Добавьте не менее 1 записи в раздел «Дети»');
    assert.equal(ru('required', {}, 'Полное имя'), 'Заполните поле «Полное имя»');
    assert.equal(ru('date_incomplete', { missing: ['month'] }, 'Дата рождения', 'date'), 'Укажите месяц в поле «Дата рождения»');
    assert.equal(ru('file_type', { name: 'a.txt', accept: ['image/*'] }, 'Фото', 'file'), 'Файл a.txt должен быть в формате: изображение');
    assert.equal(ru('file_too_large', { name: 'scan.pdf', max: Math.round(1.2 * 1024 * 1024) }, 'Скан', 'file'), 'Размер файла scan.pdf должен быть меньше 1,2 МБ');
    assert.equal(ru('below_minimum', { min: 85000 }, 'Зарплата', 'money'), `Значение поля «Зарплата» должно быть не меньше 85${NBSP}000`);
  });

  it('says it in Kazakh as the elements do', () => {
    const kk = (code: ErrorCode, params: ErrorParams, label: string, type: (typeof FIELD_TYPES)[number] = 'text') =>
      errorSentence({ code, params }, { label, type }, 'kk');
    assert.equal(kk('too_short', { min: 2 }, 'Аты'), '«Аты» кемінде 2 таңбадан тұруы керек');
    assert.equal(kk('required', {}, 'Аты'), '«Аты» өрісін толтырыңыз');
    assert.equal(kk('too_few_items', { min: 1 }, 'Балалар', 'repeatable'), '«Балалар» бөліміне кемінде 1 жазба қосыңыз');
    assert.equal(kk('file_type', { name: 'a.gif', accept: ['application/pdf', 'image/png'] }, 'Құжат', 'file'), 'a.gif файлының форматы мынадай болуы керек: PDF немесе PNG');
    assert.equal(
      kk('date_incomplete', { missing: ['day', 'month', 'year'] }, 'Туған күні', 'date'),
      '«Туған күні» өрісінде мыналарды көрсетіңіз: күн, ай және жыл',
    );
    // An error made by hand without `missing` asks for all three parts (it said "… және undefined").
    assert.equal(kk('date_incomplete', {}, 'Туған күні', 'date'), '«Туған күні» өрісінде мыналарды көрсетіңіз: күн, ай және жыл');
    assert.equal(kk('not_whole_number', {}, 'Жалақы', 'money'), `«Жалақы» өрісіне бүтін сан енгізіңіз, мысалы, 85${NBSP}000`);
  });

  it("gives a definition's own message for the code first", () => {
    const context = { label: 'IIN', type: 'text' as const, messages: { iin_checksum: 'ЖСН қате' } };
    assert.equal(errorSentence({ code: 'iin_checksum', params: {} }, context, 'kk'), 'ЖСН қате');
    assert.equal(errorSentence({ code: 'required', params: {} }, context, 'kk'), '«IIN» өрісін толтырыңыз');
  });
});

describe('formatBytes and formatAccept', () => {
  it("format file sizes as the elements' formatFileSize does", () => {
    assert.deepEqual([2, 5, 21, 1023].map((n) => formatBytes(n, 'ru')), ['2 байта', '5 байт', '21 байт', `1${NBSP}023 байта`]);
    assert.equal(formatBytes(Math.round(1.2 * 1024 * 1024), 'ru'), '1,2 МБ');
    assert.equal(formatBytes(340 * 1024, 'kk'), '340 КБ');
    assert.equal(formatBytes(1, 'kk'), '1 байт');
    assert.deepEqual([1, 512, 2048, 5 * 1024 * 1024, 3 * 1024 ** 3].map((n) => formatBytes(n, 'en')), ['1 byte', '512 bytes', '2 kB', '5 MB', '3 GB']);
  });

  it('name accepted types as people know them, each once', () => {
    assert.equal(formatAccept(['application/pdf', 'image/jpeg', '.jpg', '.JPEG'], 'en'), 'PDF or JPG');
    assert.equal(formatAccept(['image/*', 'video/*', 'audio/*', 'text/*', 'application/*'], 'en'), 'picture, video, sound recording, text file or file');
    assert.equal(formatAccept(['image/*', 'application/vnd.ms-excel'], 'ru'), 'изображение или XLS');
    assert.equal(formatAccept([], 'en'), '');
  });
});

describe('wordAnswer', () => {
  it("words check answers' codes as sf-form does, in the language", () => {
    assert.deepEqual(wordAnswer({ kind: 'yes' }, 'kk'), { kind: 'text', text: 'Иә' });
    assert.deepEqual(wordAnswer({ kind: 'not-answered' }, 'ru'), { kind: 'text', text: 'Нет ответа' });
    assert.deepEqual(wordAnswer({ kind: 'not-answered' }, 'en'), { kind: 'text', text: 'Not answered' });
    assert.deepEqual(wordAnswer({ kind: 'text', text: '8 March 2025' }, 'en'), { kind: 'text', text: '8 March 2025' });
  });

  it("words a repeatable's rows, item by item", () => {
    const answer: FormattedAnswer = {
      kind: 'items',
      items: [
        { label: 'Ребёнок 1', rows: [{ question: 'Имя', answer: { kind: 'text', text: 'Айгерим' } }, { question: 'Инвалидность', answer: { kind: 'yes' } }] },
        { label: 'Ребёнок 2', rows: [{ question: 'Имя', answer: { kind: 'not-answered' } }] },
      ],
    };
    assert.deepEqual(wordAnswer(answer, 'ru'), {
      kind: 'items',
      items: [
        { label: 'Ребёнок 1', rows: [{ question: 'Имя', answer: { kind: 'text', text: 'Айгерим' } }, { question: 'Инвалидность', answer: { kind: 'text', text: 'Да' } }] },
        { label: 'Ребёнок 2', rows: [{ question: 'Имя', answer: { kind: 'text', text: 'Нет ответа' } }] },
      ],
    });
  });
});
