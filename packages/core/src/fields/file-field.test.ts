import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseDefinition } from '../definition/parse-definition.js';
import { validateField } from '../validation/validate-field.js';
import { validatePage } from '../validation/page-structure.js';
import { fileMatchesAccept, type FileField } from './file-field.js';
import { fileFieldSchema } from './file-field.schema.js';

const field: FileField = {
  type: 'file',
  name: 'proof',
  label: { en: 'Proof of income' },
  required: true,
  accept: ['application/pdf', 'image/jpeg', '.png'],
  maxSizeBytes: 5 * 1024 * 1024,
  multiple: true,
  maxFiles: 3,
};

const pdf = { name: 'report.pdf', size: 1_200_000, type: 'application/pdf' };
const photo = { name: 'scan.JPG', size: 300_000, type: 'image/jpeg' };
/** Browsers give '' as the type of a file they do not know; the extension still counts. */
const png = { name: 'statement.PNG', size: 1000, type: '' };

describe('file field', () => {
  it('returns the very file objects it was given, as a list', () => {
    const files = [pdf, photo, png];
    const result = validateField(field, files);
    assert.equal(result.ok, true);
    assert.ok(result.ok);
    assert.deepEqual(result.value, files);
    assert.equal((result.value as unknown[])[0], pdf);
  });

  it('counts one file alone as a list of one', () => {
    const result = validateField({ ...field, multiple: false }, pdf);
    assert.ok(result.ok);
    assert.deepEqual(result.value, [pdf]);
  });

  it('requires a file when required, and leaves an unanswered optional field out', () => {
    for (const empty of [undefined, null, '', []]) {
      assert.deepEqual(validateField(field, empty), { ok: false, error: { field: 'proof', code: 'required', params: {} } });
      assert.deepEqual(validateField({ ...field, required: false }, empty), { ok: true, value: undefined });
    }
  });

  it('refuses a type the accept list does not name, with the file name and the list', () => {
    const exe = { name: 'setup.exe', size: 10, type: 'application/x-msdownload' };
    assert.deepEqual(validateField(field, [pdf, exe]), {
      ok: false,
      error: { field: 'proof', code: 'file_type', params: { name: 'setup.exe', accept: ['application/pdf', 'image/jpeg', '.png'] } },
    });
  });

  it('refuses a file larger than maxSizeBytes and accepts one exactly at the limit', () => {
    const big = { name: 'big.pdf', size: 5 * 1024 * 1024 + 1, type: 'application/pdf' };
    assert.deepEqual(validateField(field, [big]), {
      ok: false,
      error: { field: 'proof', code: 'file_too_large', params: { name: 'big.pdf', max: 5 * 1024 * 1024 } },
    });
    assert.equal(validateField(field, [{ ...big, size: 5 * 1024 * 1024 }]).ok, true);
  });

  it('refuses an empty file', () => {
    assert.deepEqual(validateField(field, [{ ...pdf, size: 0 }]), {
      ok: false,
      error: { field: 'proof', code: 'file_empty', params: { name: 'report.pdf' } },
    });
  });

  it('refuses more files than maxFiles, and more than one without multiple', () => {
    assert.deepEqual(validateField(field, [pdf, photo, png, pdf]), {
      ok: false,
      error: { field: 'proof', code: 'too_many_files', params: { max: 3 } },
    });
    assert.deepEqual(validateField({ ...field, multiple: false }, [pdf, photo]), {
      ok: false,
      error: { field: 'proof', code: 'too_many_files', params: { max: 1 } },
    });
    const many = Array.from({ length: 20 }, () => pdf);
    assert.equal(validateField({ ...field, maxFiles: undefined }, many).ok, true);
  });

  it('refuses what is not a list of files (a request that sent text or base64)', () => {
    for (const bad of ['report.pdf', 42, [{ name: 'a.pdf', size: '12', type: 'application/pdf' }], [{ name: 'a.pdf', size: -1, type: '' }]]) {
      assert.deepEqual(validateField(field, bad), { ok: false, error: { field: 'proof', code: 'invalid_type', params: { expected: 'files' } } });
    }
  });

  it('matches accept entries as the HTML accept attribute does', () => {
    assert.equal(fileMatchesAccept({ name: 'a.pdf', size: 1, type: 'Application/PDF; charset=binary' }, ['application/pdf']), true);
    assert.equal(fileMatchesAccept({ name: 'a.heic', size: 1, type: 'image/heic' }, ['image/*']), true);
    assert.equal(fileMatchesAccept({ name: 'a.pdf', size: 1, type: 'application/pdf' }, ['image/*']), false);
    assert.equal(fileMatchesAccept({ name: 'photo.jpeg', size: 1, type: '' }, ['.jpeg']), true);
    assert.equal(fileMatchesAccept({ name: 'jpeg', size: 1, type: '' }, ['.jpeg']), false);
    assert.equal(fileMatchesAccept({ name: 'anything.bin', size: 1, type: '' }, undefined), true);
  });

  it('checks its definition keys', () => {
    assert.equal(fileFieldSchema.safeParse(field).success, true);
    assert.equal(fileFieldSchema.safeParse({ ...field, accept: ['pdf'] }).success, false);
    assert.equal(fileFieldSchema.safeParse({ ...field, accept: [] }).success, false);
    assert.equal(fileFieldSchema.safeParse({ ...field, maxSizeBytes: 0 }).success, false);
    assert.equal(fileFieldSchema.safeParse({ ...field, maxFiles: 1.5 }).success, false);
    assert.equal(fileFieldSchema.safeParse({ ...field, maxSize: 10 }).success, false);
  });

  it('is a field type the definition format knows, and validatePage keeps the files in the data', () => {
    const parsed = parseDefinition({
      id: 'assistance',
      version: '1.0.0',
      locales: ['en'],
      title: { en: 'Targeted social assistance' },
      pages: [{ id: 'income', title: { en: 'Income' }, fields: [{ type: 'text', name: 'note', label: { en: 'Note' } }, field] }],
    });
    assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.problems));
    const page = parsed.definition.pages[0]!;
    const result = validatePage(page, { note: 'Salary', proof: [pdf] });
    assert.ok(result.ok);
    assert.deepEqual(result.data, { note: 'Salary', proof: [pdf] });
    assert.equal((result.data.proof as unknown[])[0], pdf);
    assert.deepEqual(validatePage(page, { note: 'Salary' }), { ok: false, errors: [{ field: 'proof', code: 'required', params: {} }] });
  });
});
