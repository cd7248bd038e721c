import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createReference, REFERENCE_PATTERN } from '../reference.js';
import type { NewFile, NewSubmission, Storage } from '../storage/storage.js';
import { analyticsContract } from './analytics-contract.js';
import { sessionContract } from './session-contract.js';

const file = (field: string, name: string, text: string): NewFile => {
  const content = Buffer.from(text);
  return { field, name, type: 'application/pdf', size: content.length, sha256: createHash('sha256').update(content).digest('hex'), content };
};

export function newSubmission(overrides: Partial<NewSubmission> = {}): NewSubmission {
  return {
    submissionId: randomUUID(),
    formId: 'contract-form',
    formVersion: '1.0.0',
    locale: 'kk',
    answers: { fullName: 'Айгүл', members: [{ memberName: 'Ерлан' }] },
    files: [],
    createdAt: '2026-11-27T10:00:00+05:00',
    receivedAt: new Date().toISOString(),
    fingerprint: 'f'.repeat(64),
    ...overrides,
  };
}

/**
 * The suite every Storage passes, against a real database: `open` gives a fresh, empty storage
 * (it is cleared before each test) and `close` ends it.
 */
export function storageContract(name: string, open: () => Promise<Storage>) {
  describe(`storage contract: ${name}`, () => {
    let storage: Storage;
    before(async () => {
      storage = await open();
    });
    beforeEach(async () => {
      await storage.clear();
    });
    after(async () => {
      await storage?.close();
    });

    it('stores a submission under a new reference and finds it by id and by reference', async () => {
      const submission = newSubmission();
      const { created, record } = await storage.insert(submission, createReference);
      assert.equal(created, true);
      assert.match(record.reference, REFERENCE_PATTERN);
      const { files: _files, ...rest } = submission;
      assert.deepEqual(record, { ...rest, reference: record.reference, files: [], status: 'received' });
      assert.deepEqual(await storage.bySubmissionId(submission.submissionId), record);
      assert.deepEqual(await storage.byReference(record.reference), record);
      assert.equal(await storage.count(), 1);
    });

    it('a repeat of a submission id writes nothing and gives the stored record back', async () => {
      const submission = newSubmission();
      const first = await storage.insert(submission, createReference);
      const again = await storage.insert({ ...submission, receivedAt: new Date(Date.now() + 1000).toISOString() }, createReference);
      assert.equal(again.created, false);
      assert.deepEqual(again.record, first.record);
      assert.equal(await storage.count(), 1);
    });

    it('50 concurrent inserts of one submission id store one row, and all see the same reference', async () => {
      const submission = newSubmission({ files: [file('proof', 'a.pdf', '%PDF-1 one')] });
      const results = await Promise.all(Array.from({ length: 50 }, () => storage.insert(submission, createReference)));
      assert.equal(results.filter((result) => result.created).length, 1);
      assert.equal(new Set(results.map((result) => result.record.reference)).size, 1);
      assert.equal(await storage.count(), 1);
      assert.equal((await storage.bySubmissionId(submission.submissionId))!.files.length, 1);
    });

    it('asks for another reference when the one it got is taken', async () => {
      const first = await storage.insert(newSubmission(), createReference);
      const offered = [first.record.reference, first.record.reference, 'SF-7K3Q-9M4X'];
      const second = await storage.insert(newSubmission(), () => offered.shift()!);
      assert.equal(second.created, true);
      assert.equal(second.record.reference, 'SF-7K3Q-9M4X');
      assert.equal(await storage.count(), 2);
    });

    it('gives up with an error when no reference is free, storing nothing', async () => {
      const first = await storage.insert(newSubmission(), createReference);
      await assert.rejects(storage.insert(newSubmission(), () => first.record.reference), { name: 'ReferenceExhaustedError' });
      assert.equal(await storage.count(), 1);
    });

    it('keeps answers exactly: HTML, formula text, Kazakh and Russian, quotes, control characters', async () => {
      const answers = {
        comment: '<script>alert("x")</script><img src=x onerror=alert(1)>',
        formula: "=cmd|' /C calc'!A0",
        kazakh: 'Әңғүұқөһі, Ресей — «кавычки»',
        odd: 'tab\there, nul\u0000, newline\nand "quotes"',
        list: ['a', 'b'],
        members: [{ memberName: 'O\'Brien' }],
        flag: true,
        amount: 12.5,
      };
      const { record } = await storage.insert(newSubmission({ answers }), createReference);
      assert.deepEqual((await storage.byReference(record.reference))!.answers, answers);
    });

    it('stores file bytes and their description, in order', async () => {
      const files = [file('proof', 'свидетельство.pdf', '%PDF-1 first'), file('members[0].memberProof', 'b.pdf', '%PDF-1 second')];
      const submission = newSubmission({ files });
      const { record } = await storage.insert(submission, createReference);
      assert.deepEqual(record.files, files.map(({ content: _content, ...meta }) => meta));
      assert.deepEqual(await storage.fileContent(submission.submissionId, 0), files[0]!.content);
      assert.deepEqual(await storage.fileContent(submission.submissionId, 1), files[1]!.content);
      assert.equal(await storage.fileContent(submission.submissionId, 2), undefined);
    });

    it('file names lose control characters and bidi overrides, the same in every store (PostgreSQL text cannot hold \\0)', { timeout: 20_000 }, async () => {
      const files = [file('proof', 'evil\u0000.pdf', '%PDF-1 a'), file('proof', 'line\r\nbreak\t\u007f\u0085.pdf', '%PDF-1 b'), file('proof', 'invoice\u202Efdp.exe', '%PDF-1 c'), file('proof', '\u0000\u0001', '%PDF-1 d')];
      const submission = newSubmission({ files });
      const { record } = await storage.insert(submission, createReference);
      const names = ['evil.pdf', 'linebreak.pdf', 'invoicefdp.exe', 'file'];
      assert.deepEqual(record.files.map((meta) => meta.name), names);
      assert.deepEqual((await storage.byReference(record.reference))!.files.map((meta) => meta.name), names);
      assert.deepEqual((await storage.listByForm('contract-form'))[0]!.files.map((meta) => meta.name), names);
      assert.deepEqual(await storage.fileContent(submission.submissionId, 0), files[0]!.content);
    });

    it('lists a form\'s submissions in the order stored, with their files, and no other form\'s', async () => {
      const a = await storage.insert(newSubmission({ receivedAt: '2026-11-27T05:00:01.000Z', files: [file('proof', 'a.pdf', '%PDF a')] }), createReference);
      const b = await storage.insert(newSubmission({ receivedAt: '2026-11-27T05:00:01.000Z' }), createReference);
      await storage.insert(newSubmission({ formId: 'other-form' }), createReference);
      const list = await storage.listByForm('contract-form');
      assert.deepEqual(list.map((record) => record.reference), [a.record.reference, b.record.reference]);
      assert.deepEqual(list[0]!.files.map((meta) => meta.name), ['a.pdf']);
      assert.deepEqual(list[1]!.files, []);
      assert.deepEqual(await storage.listByForm('no-such-form'), []);
    });

    it('finds nothing for an unknown id or reference', async () => {
      assert.equal(await storage.bySubmissionId(randomUUID()), undefined);
      assert.equal(await storage.byReference('SF-AAAA-AAAA'), undefined);
    });

    sessionContract(() => storage);
    analyticsContract(() => storage);
  });
}
