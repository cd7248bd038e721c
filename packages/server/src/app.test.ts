import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { API_CSP, MAX_ERROR_FIELD, MAX_FIELD_ERRORS } from './app.js';
import { REFERENCE_PATTERN } from './reference.js';
import { MAX_ANSWER_DEPTH } from './submission.js';
import type { Storage } from './storage/storage.js';
import { envelope, multipart, pdfBytes, pngBytes } from './testing/forms.js';
import { EXPORT_TOKEN, testServer } from './testing/server.js';

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe('reference server', () => {
  let app: FastifyInstance;
  let storage: Storage;
  let logs: () => string;
  before(async () => {
    ({ app, storage, logs } = await testServer());
  });
  beforeEach(async () => {
    await storage.clear();
  });
  after(async () => {
    await app.close();
    await storage.close();
  });

  const postJson = (body: unknown, headers: Record<string, string> = {}) =>
    app.inject({
      method: 'POST',
      url: '/api/submissions',
      headers: { 'content-type': 'application/json', ...headers },
      payload: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const postMultipart = async (body: unknown, files: Parameters<typeof multipart>[1]) => {
    const { payload, contentType } = await multipart(body, files);
    return app.inject({ method: 'POST', url: '/api/submissions', headers: { 'content-type': contentType }, payload });
  };

  /** A refusal: the status, the body, and nothing stored. */
  async function refused(response: Awaited<ReturnType<typeof postJson>>, status: number, body: unknown) {
    assert.equal(response.statusCode, status, response.body);
    assert.deepEqual(response.json(), body);
    assert.equal(await storage.count(), 0, 'nothing stored');
  }

  describe('POST /api/submissions (JSON)', () => {
    it('stores a valid submission and answers 201 with the receipt', async () => {
      const sent = envelope({}, { fullName: '  Айгүл Серікқызы ', wantsReply: 'yes', replyName: 'Айгүл', agree: true });
      const response = await postJson(sent, { 'idempotency-key': sent.submissionId });
      assert.equal(response.statusCode, 201, response.body);
      const receipt = response.json();
      assert.deepEqual(Object.keys(receipt), ['reference', 'receivedAt']);
      assert.match(receipt.reference, REFERENCE_PATTERN);
      assert.match(receipt.receivedAt, ISO);
      assert.equal(response.headers.location, `/api/submissions/${receipt.reference}`);
      assert.equal(response.headers['cache-control'], 'no-store');
      const stored = await storage.bySubmissionId(sent.submissionId);
      assert.deepEqual(stored && { ...stored, fingerprint: '' }, {
        submissionId: sent.submissionId,
        reference: receipt.reference,
        formId: 'server-test',
        formVersion: '1.0.0',
        locale: 'kk',
        // Normalized by core, as the browser would have sent it: trimmed.
        answers: { fullName: 'Айгүл Серікқызы', wantsReply: 'yes', replyName: 'Айгүл', agree: true },
        files: [],
        createdAt: '2026-11-27T10:00:00+05:00',
        receivedAt: receipt.receivedAt,
        fingerprint: '',
        status: 'received',
      });
    });

    it('a repeat gets the original receipt with 200 and stores nothing new', async () => {
      const sent = envelope();
      const first = await postJson(sent);
      const again = await postJson(sent);
      assert.equal(first.statusCode, 201);
      assert.equal(again.statusCode, 200);
      assert.deepEqual(again.json(), first.json());
      assert.equal(await storage.count(), 1);
    });

    it('a different submission reusing a stored id is refused with 409', async () => {
      const sent = envelope();
      await postJson(sent);
      const other = await postJson({ ...sent, answers: { fullName: 'Someone else' } });
      assert.equal(other.statusCode, 409);
      assert.deepEqual(other.json(), { error: 'idempotency_key_reused', message: 'This submission id was used for a different submission' });
      assert.equal(await storage.count(), 1);
    });

    it('malformed JSON: 400, and the message does not quote the body', async () => {
      await refused(await postJson('{"submissionId": "900115300014", '), 400, { error: 'malformed_json', message: 'The body is not valid JSON' });
      assert.doesNotMatch(logs(), /900115300014/);
    });

    it('an empty JSON body: 400', async () => {
      const response = await app.inject({ method: 'POST', url: '/api/submissions', headers: { 'content-type': 'application/json' } });
      await refused(response, 400, { error: 'malformed_json', message: 'The body is not valid JSON' });
    });

    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/xml']) {
      it(`wrong content type ${type}: 415`, async () => {
        const response = await app.inject({ method: 'POST', url: '/api/submissions', headers: { 'content-type': type }, payload: JSON.stringify(envelope()) });
        assert.equal(response.statusCode, 415);
        assert.equal(response.json().error, 'unsupported_media_type');
        assert.equal(await storage.count(), 0);
      });
    }

    it('an oversize body: 413', async () => {
      const response = await postJson(envelope({}, { comment: 'x'.repeat(300 * 1024) }));
      assert.equal(response.statusCode, 413);
      assert.equal(response.json().error, 'too_large');
      assert.equal(await storage.count(), 0);
    });

    it('an unknown form: 404; an unknown version of a known form: 409', async () => {
      await refused(await postJson(envelope({ formId: 'no-such-form' })), 404, { error: 'unknown_form', message: 'No form with this formId here' });
      await refused(await postJson(envelope({ formVersion: '9.9.9' })), 409, {
        error: 'unknown_form_version',
        message: 'This form has no such formVersion here: reload the form',
      });
    });

    it('the version the envelope names is the one validated against', async () => {
      const response = await postJson(envelope({ formVersion: '2.0.0' }));
      assert.equal(response.statusCode, 201);
      assert.equal((await storage.byReference(response.json().reference))!.formVersion, '2.0.0');
    });

    it('unknown fields: 422 unknown_field', async () => {
      await refused(await postJson(envelope({}, { nickname: 'A', constructor: 'x' })), 422, {
        errors: [
          { field: 'nickname', code: 'unknown_field', params: {} },
          { field: 'constructor', code: 'unknown_field', params: {} },
        ],
      });
    });

    it('20,000 unknown answer keys: the 422 lists the first 50 and says how many there were; long keys are cut', { timeout: 20_000 }, async () => {
      const answers = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, 1]));
      const response = await postJson(envelope({}, answers));
      assert.equal(response.statusCode, 422);
      assert.ok(response.body.length < 5_000, `${response.body.length} bytes`);
      const body = response.json();
      assert.equal(body.total, 20_000);
      assert.equal(body.errors.length, MAX_FIELD_ERRORS);
      assert.deepEqual(body.errors[0], { field: 'k0', code: 'unknown_field', params: {} });
      const long = await postJson(envelope({}, { ['k'.repeat(100_000)]: 1 }));
      assert.deepEqual(long.json(), { errors: [{ field: `${'k'.repeat(MAX_ERROR_FIELD - 1)}…`, code: 'unknown_field', params: {} }] });
      assert.equal(await storage.count(), 0);
    });

    it('wrong types: 422 invalid_type with what was expected', async () => {
      await refused(await postJson(envelope({}, { fullName: 42, agree: 'yes', members: 'none' })), 422, {
        errors: [
          { field: 'fullName', code: 'invalid_type', params: { expected: 'string' } },
          { field: 'agree', code: 'invalid_type', params: { expected: 'boolean' } },
          { field: 'members', code: 'invalid_type', params: { expected: 'list' } },
        ],
      });
    });

    it('answers that fail core validation: 422 with core codes (required, iin_checksum, too_long)', async () => {
      await refused(await postJson(envelope({}, { fullName: '', iin: '900115300014', comment: 'x'.repeat(2001) })), 422, {
        errors: [
          { field: 'fullName', code: 'required', params: {} },
          { field: 'comment', code: 'too_long', params: { max: 2000 } },
          { field: 'iin', code: 'iin_checksum', params: {} },
        ],
      });
    });

    it('a __proto__ key: 400 forbidden_key, at any depth', async () => {
      const body = JSON.stringify(envelope()).replace('"answers":{', '"answers":{"__proto__":{"admin":true},');
      await refused(await postJson(body), 400, { error: 'forbidden_key', message: 'The JSON holds a forbidden key (__proto__ or constructor.prototype)' });
      const top = JSON.stringify(envelope()).replace('{', '{"__proto__":{"polluted":1},');
      await refused(await postJson(top), 400, { error: 'forbidden_key', message: 'The JSON holds a forbidden key (__proto__ or constructor.prototype)' });
      assert.equal(({} as Record<string, unknown>).admin, undefined);
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
    });

    it('answers nested deeper than the limit (JSON or the multipart envelope): 400 bad_envelope, not a stack overflow', { timeout: 20_000 }, async () => {
      const deep = (levels: number) => JSON.stringify(envelope()).replace('"answers":{', `"answers":{"comment":${'['.repeat(levels)}${']'.repeat(levels)},`);
      const expected = { error: 'bad_envelope', message: `answers nest deeper than ${MAX_ANSWER_DEPTH} levels` };
      for (const levels of [MAX_ANSWER_DEPTH, 5000, 100_000]) {
        await refused(await postJson(deep(levels)), 400, expected);
        const { payload, contentType } = await multipart(deep(levels), []);
        await refused(await app.inject({ method: 'POST', url: '/api/submissions', headers: { 'content-type': contentType }, payload }), 400, expected);
      }
      // One level less is a value core refuses with a field error, as any wrong type.
      const response = await postJson(deep(MAX_ANSWER_DEPTH - 1));
      assert.equal(response.statusCode, 422, response.body);
      assert.equal(response.json().errors[0].code, 'invalid_type');
    });

    it('a constructor.prototype key: 400 forbidden_key', async () => {
      await refused(await postJson(envelope({}, { constructor: { prototype: { admin: true } } })), 400, {
        error: 'forbidden_key',
        message: 'The JSON holds a forbidden key (__proto__ or constructor.prototype)',
      });
    });

    it('a value for a hidden field (its condition false): 422 not_applicable', async () => {
      await refused(await postJson(envelope({}, { wantsReply: 'no', replyName: 'Айгүл' })), 422, {
        errors: [{ field: 'replyName', code: 'not_applicable', params: {} }],
      });
    });

    it('a file field answered in JSON with something that looks like a file: 422 invalid_type', async () => {
      await refused(await postJson(envelope({}, { proof: { name: 'a.pdf', size: 10, type: 'application/pdf' } })), 422, {
        errors: [{ field: 'proof', code: 'invalid_type', params: { expected: 'files' } }],
      });
    });

    it('envelope problems: 400 bad_envelope', async () => {
      const cases: [unknown, string][] = [
        [[1, 2], 'The body must be a JSON object: the submission envelope'],
        [{ ...envelope(), extra: 1 }, 'The envelope has a key it should not have: it holds exactly submissionId, formId, formVersion, locale, answers, createdAt'],
        [{ ...envelope(), ['k'.repeat(100_000)]: 1, other: 2 }, 'The envelope has 2 keys it should not have: it holds exactly submissionId, formId, formVersion, locale, answers, createdAt'],
        [envelope({ submissionId: 'not-a-uuid' }), 'submissionId must be a UUID'],
        [envelope({ formVersion: 'latest' }), 'formVersion must be a version like 1.0.0'],
        [envelope({ locale: 'en_US<script>' }), 'locale must be a language tag like kk'],
        [envelope({ locale: 'de' }), "locale must be one of the form's: en, kk, ru"],
        [envelope({ answers: ['a'] }), 'answers must be an object keyed by field name'],
        [envelope({ createdAt: 'yesterday' }), 'createdAt must be an ISO 8601 date and time'],
      ];
      for (const [body, message] of cases) await refused(await postJson(body), 400, { error: 'bad_envelope', message });
    });

    it('an Idempotency-Key header that differs from the submission id: 400', async () => {
      await refused(await postJson(envelope(), { 'idempotency-key': randomUUID() }), 400, {
        error: 'bad_envelope',
        message: "The Idempotency-Key header must equal the envelope's submissionId",
      });
    });
  });

  describe('POST /api/submissions (multipart)', () => {
    it('stores the envelope and its files (at their paths, in repeated items too)', async () => {
      const sent = envelope({}, { members: [{ memberName: 'Ерлан' }] });
      const pdf = pdfBytes(900);
      const memberPdf = pdfBytes(300);
      const response = await postMultipart(sent, [
        { part: 'files.proof', name: 'анықтама.pdf', type: 'application/pdf', content: pdf },
        { part: 'files.members[0].memberProof', name: 'member.pdf', type: 'application/pdf', content: memberPdf },
      ]);
      assert.equal(response.statusCode, 201, response.body);
      const stored = (await storage.bySubmissionId(sent.submissionId))!;
      assert.deepEqual(stored.answers, { fullName: 'Айгүл Серікқызы', members: [{ memberName: 'Ерлан' }] });
      const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
      assert.deepEqual(stored.files, [
        { field: 'proof', name: 'анықтама.pdf', type: 'application/pdf', size: 900, sha256: sha(pdf) },
        { field: 'members[0].memberProof', name: 'member.pdf', type: 'application/pdf', size: 300, sha256: sha(memberPdf) },
      ]);
      assert.deepEqual(await storage.fileContent(sent.submissionId, 0), pdf);

      // A repeat with the same files is the same submission.
      const again = await postMultipart(sent, [
        { part: 'files.proof', name: 'анықтама.pdf', type: 'application/pdf', content: pdf },
        { part: 'files.members[0].memberProof', name: 'member.pdf', type: 'application/pdf', content: memberPdf },
      ]);
      assert.equal(again.statusCode, 200);
      assert.deepEqual(again.json(), response.json());
      assert.equal(await storage.count(), 1);
    });

    it('a file over the definition\'s maxSizeBytes: 422 file_too_large (core)', async () => {
      await refused(await postMultipart(envelope(), [{ part: 'files.proof', name: 'big.pdf', type: 'application/pdf', content: pdfBytes(1500) }]), 422, {
        errors: [{ field: 'proof', code: 'file_too_large', params: { name: 'big.pdf', max: 1000 } }],
      });
    });

    it('a file over the server\'s cap: 422 file_too_large with the cap', async () => {
      await refused(
        await postMultipart(envelope({}, { members: [{ memberName: 'Ерлан' }] }), [{ part: 'files.members[0].memberProof', name: 'huge.pdf', type: 'application/pdf', content: pdfBytes(5000) }]),
        422,
        { errors: [{ field: 'members[0].memberProof', code: 'file_too_large', params: { name: 'huge.pdf', max: 2000 } }] },
      );
    });

    it('a type the server refuses: 422 file_type', async () => {
      await refused(await postMultipart(envelope(), [{ part: 'files.proof', name: 'page.html', type: 'text/html', content: Buffer.from('<script>alert(1)</script>') }]), 422, {
        errors: [{ field: 'proof', code: 'file_type', params: { name: 'page.html', accept: ['application/pdf', 'image/jpeg', 'image/png'] } }],
      });
    });

    it('a file whose bytes are not of its declared type: 422 file_type', async () => {
      await refused(await postMultipart(envelope(), [{ part: 'files.proof', name: 'photo.png', type: 'image/png', content: Buffer.from('MZ\x90\x00 not a png at all') }]), 422, {
        errors: [{ field: 'proof', code: 'file_type', params: { name: 'photo.png', accept: ['application/pdf', 'image/jpeg', 'image/png'] } }],
      });
    });

    it('a type the server takes but the field does not: 422 file_type with the field\'s accept (core)', async () => {
      await refused(
        await postMultipart(envelope({}, { members: [{ memberName: 'Ерлан' }] }), [{ part: 'files.members[0].memberProof', name: 'p.png', type: 'image/png', content: pngBytes(100) }]),
        422,
        { errors: [{ field: 'members[0].memberProof', code: 'file_type', params: { name: 'p.png', accept: ['application/pdf'] } }] },
      );
    });

    it('a file for a field the form does not have: 422 unknown_field', async () => {
      await refused(await postMultipart(envelope(), [{ part: 'files.passport', name: 'p.pdf', type: 'application/pdf', content: pdfBytes(100) }]), 422, {
        errors: [{ field: 'passport', code: 'unknown_field', params: {} }],
      });
    });

    it('a file for a repeated item that does not exist: 422 unknown_field', async () => {
      await refused(await postMultipart(envelope(), [{ part: 'files.members[3].memberProof', name: 'p.pdf', type: 'application/pdf', content: pdfBytes(100) }]), 422, {
        errors: [{ field: 'members[3].memberProof', code: 'unknown_field', params: {} }],
      });
    });

    it('multipart without an envelope part, or with a malformed one: 400', async () => {
      const { payload, contentType } = await multipart('{"broken', []);
      await refused(await app.inject({ method: 'POST', url: '/api/submissions', headers: { 'content-type': contentType }, payload }), 400, {
        error: 'malformed_json',
        message: 'The body is not valid JSON',
      });
      const form = new FormData();
      form.append('files.proof', new Blob([new Uint8Array(pdfBytes(100))], { type: 'application/pdf' }), 'p.pdf');
      const request = new Request('http://localhost/', { method: 'POST', body: form });
      const response = await app.inject({
        method: 'POST',
        url: '/api/submissions',
        headers: { 'content-type': request.headers.get('content-type')! },
        payload: Buffer.from(await request.arrayBuffer()),
      });
      await refused(response, 400, { error: 'bad_multipart', message: 'The `envelope` part comes first, then the files' });
      const late = await multipart(envelope(), [{ part: 'files.proof', name: 'a.pdf', type: 'application/pdf', content: pdfBytes(100) }], false);
      await refused(await app.inject({ method: 'POST', url: '/api/submissions', headers: { 'content-type': late.contentType }, payload: late.payload }), 400, {
        error: 'bad_multipart',
        message: 'The `envelope` part comes first, then the files',
      });
    });

    it('a multipart body that cannot be read (no boundary, cut off, garbage): 400 bad_multipart', async () => {
      const { payload, contentType } = await multipart(envelope(), [{ part: 'files.proof', name: 'a.pdf', type: 'application/pdf', content: pdfBytes(500) }]);
      const cases: [string, string | Buffer][] = [
        ['multipart/form-data', 'xx'],
        [contentType, payload.subarray(0, payload.length - 100)],
        [contentType, 'garbage'],
      ];
      for (const [type, body] of cases) {
        await refused(await app.inject({ method: 'POST', url: '/api/submissions', headers: { 'content-type': type }, payload: body }), 400, {
          error: 'bad_multipart',
          message: 'The multipart body could not be read',
        });
      }
    });

    it('a file name with control characters (evil\\0.pdf) is stored without them', { timeout: 20_000 }, async () => {
      const sent = envelope();
      const boundary = 'sf-boundary-0123456789';
      const payload = Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="envelope"\r\n\r\n${JSON.stringify(sent)}\r\n`),
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files.proof"; filename="evil\u0000\u202Efdp.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
        pdfBytes(100),
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      const response = await app.inject({ method: 'POST', url: '/api/submissions', headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, payload });
      assert.equal(response.statusCode, 201, response.body);
      assert.deepEqual((await storage.bySubmissionId(sent.submissionId))!.files.map((file) => file.name), ['evilfdp.pdf']);
    });

    it('a text part besides the envelope (before or after it): 400 bad_multipart, not 413', { timeout: 20_000 }, async () => {
      for (const order of [['envelope', 'note'], ['note', 'envelope']]) {
        const form = new FormData();
        for (const name of order) form.append(name, name === 'envelope' ? JSON.stringify(envelope()) : 'hello');
        const request = new Request('http://localhost/', { method: 'POST', body: form });
        const response = await app.inject({ method: 'POST', url: '/api/submissions', headers: { 'content-type': request.headers.get('content-type')! }, payload: Buffer.from(await request.arrayBuffer()) });
        await refused(response, 400, { error: 'bad_multipart', message: 'A multipart submission has one text part, `envelope`, then `files.<field>` parts' });
      }
    });

    it('files past what the field takes are refused as they arrive, not kept: too_many_files, and the field\'s own size cap', { timeout: 20_000 }, async () => {
      const two = [0, 1].map((i) => ({ part: 'files.proof', name: `${i}.pdf`, type: 'application/pdf', content: pdfBytes(100) }));
      await refused(await postMultipart(envelope(), two), 422, { errors: [{ field: 'proof', code: 'too_many_files', params: { max: 1 } }] });
      // A form's field that takes no files (fullName), and an item field that is not a file field.
      const wrong = [{ part: 'files.fullName', name: 'a.pdf', type: 'application/pdf', content: pdfBytes(100) }, { part: 'files.members[0].memberName', name: 'b.pdf', type: 'application/pdf', content: pdfBytes(100) }];
      await refused(await postMultipart(envelope({}, { members: [{ memberName: 'A' }] }), wrong), 422, {
        errors: [
          { field: 'fullName', code: 'unknown_field', params: {} },
          { field: 'members[0].memberName', code: 'unknown_field', params: {} },
        ],
      });
    });

    it('more files than the limit: 413', async () => {
      const files = Array.from({ length: 11 }, (_, i) => ({ part: 'files.proof', name: `${i}.pdf`, type: 'application/pdf', content: pdfBytes(50) }));
      const response = await postMultipart(envelope(), files);
      assert.equal(response.statusCode, 413);
      assert.equal(await storage.count(), 0);
    });
  });

  describe('GET /api/submissions/:reference', () => {
    it('tells the applicant the status, without answers; typed loosely it still matches', async () => {
      const { reference, receivedAt } = (await postJson(envelope({}, { iin: '900115300013' }))).json();
      const expected = { reference, formId: 'server-test', status: 'received', receivedAt };
      const response = await app.inject({ url: `/api/submissions/${reference}` });
      assert.equal(response.statusCode, 200);
      assert.deepEqual(response.json(), expected);
      const loose = await app.inject({ url: `/api/submissions/${reference.toLowerCase().replaceAll('-', '')}` });
      assert.deepEqual(loose.json(), expected);
    });

    it('an unknown or malformed reference: 404', async () => {
      for (const reference of ['SF-AAAA-AAAA', 'nothing', 'SF-0000-0000']) {
        const response = await app.inject({ url: `/api/submissions/${reference}` });
        assert.equal(response.statusCode, 404);
        assert.deepEqual(response.json(), { error: 'unknown_reference', message: 'No submission has this reference' });
      }
    });
  });

  describe('export', () => {
    const auth = { authorization: `Bearer ${EXPORT_TOKEN}` };

    it('CSV: formula-like cells neutralised, HTML kept as text, quoting, BOM and CRLF', async () => {
      const comment = '<script>alert("x")</script>';
      const first = (await postJson(envelope({}, { fullName: "=cmd|' /C calc'!A0", comment }))).json();
      const second = (await postJson(envelope({}, { fullName: '+7 701 234 5678', comment: '@SUM(A1:A9), -2' }))).json();
      const third = (await postJson(envelope({}, { fullName: 'Айгүл', comment: '-2+3 and more' }))).json();
      const response = await app.inject({ url: '/api/forms/server-test/submissions.csv', headers: auth });
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers['content-type'], 'text/csv; charset=utf-8');
      assert.equal(response.headers['content-disposition'], 'attachment; filename="server-test-submissions.csv"');
      assert.equal(response.headers['cache-control'], 'no-store');
      const text = response.body;
      assert.ok(text.startsWith('\uFEFF'));
      const lines = text.slice(1).split('\r\n');
      assert.equal(lines.at(-1), '');
      assert.equal(lines[0], 'reference,submissionId,formVersion,locale,createdAt,receivedAt,status,fullName,comment,iin,wantsReply,replyName,agree,members,files');
      const row = (line: string) => line.split(',').slice(7);
      assert.equal(lines.length, 5);
      assert.ok(lines[1]!.startsWith(`${first.reference},`));
      assert.deepEqual(row(lines[1]!), ["'=cmd|' /C calc'!A0", '"<script>alert(""x"")</script>"', '', '', '', '', '', '']);
      assert.ok(lines[2]!.startsWith(`${second.reference},`));
      assert.equal(lines[2]!.split(',').slice(7).join(','), `'+7 701 234 5678,"'@SUM(A1:A9), -2",,,,,,`);
      assert.ok(lines[3]!.startsWith(`${third.reference},`));
      assert.deepEqual(row(lines[3]!), ['Айгүл', "'-2+3 and more", '', '', '', '', '', '']);
    });

    it('JSON: answers exactly as stored, files described', async () => {
      const comment = '<img src=x onerror=alert(1)> =1+1';
      const sent = envelope({}, { comment });
      const pdf = pdfBytes(500);
      const receipt = (await postMultipart(sent, [{ part: 'files.proof', name: 'a.pdf', type: 'application/pdf', content: pdf }])).json();
      const response = await app.inject({ url: '/api/forms/server-test/submissions.json', headers: auth });
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers['content-disposition'], 'attachment; filename="server-test-submissions.json"');
      const body = response.json();
      assert.equal(body.formId, 'server-test');
      assert.match(body.exportedAt, ISO);
      assert.deepEqual(body.submissions, [
        {
          submissionId: sent.submissionId,
          reference: receipt.reference,
          formId: 'server-test',
          formVersion: '1.0.0',
          locale: 'kk',
          answers: { fullName: 'Айгүл Серікқызы', comment },
          files: [{ field: 'proof', name: 'a.pdf', type: 'application/pdf', size: 500, sha256: createHash('sha256').update(pdf).digest('hex') }],
          createdAt: '2026-11-27T10:00:00+05:00',
          receivedAt: receipt.receivedAt,
          status: 'received',
        },
      ]);
    });

    it('a stored file downloads only as an attachment, never inline', async () => {
      const pdf = pdfBytes(400);
      const { reference } = (await postMultipart(envelope(), [{ part: 'files.proof', name: 'справка.pdf', type: 'application/pdf', content: pdf }])).json();
      const response = await app.inject({ url: `/api/submissions/${reference}/files/0`, headers: auth });
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers['content-type'], 'application/octet-stream');
      assert.equal(response.headers['content-disposition'], `attachment; filename="file-0"; filename*=UTF-8''${encodeURIComponent('справка.pdf')}`);
      assert.equal(response.headers['x-content-type-options'], 'nosniff');
      assert.equal(response.headers['content-security-policy'], API_CSP);
      assert.deepEqual(response.rawPayload, pdf);
      assert.equal((await app.inject({ url: `/api/submissions/${reference}/files/1`, headers: auth })).statusCode, 404);
      assert.equal((await app.inject({ url: `/api/submissions/${reference}/files/0` })).statusCode, 401);
    });

    it('the auth scheme is case-insensitive (bearer, BEARER); other schemes are refused', { timeout: 20_000 }, async () => {
      for (const scheme of ['bearer', 'BEARER', 'Bearer', 'bEaReR']) {
        assert.equal((await app.inject({ url: '/api/forms/server-test/submissions.csv', headers: { authorization: `${scheme} ${EXPORT_TOKEN}` } })).statusCode, 200, scheme);
      }
      for (const authorization of [`Basic ${EXPORT_TOKEN}`, `Bearer${EXPORT_TOKEN}`, `Bearer ${EXPORT_TOKEN} extra`]) {
        assert.equal((await app.inject({ url: '/api/forms/server-test/submissions.csv', headers: { authorization } })).statusCode, 401, authorization);
      }
    });

    it('needs the bearer token: 401 without it or with a wrong one', async () => {
      for (const headers of [{}, { authorization: 'Bearer wrong-token-wrong-token' }, { authorization: EXPORT_TOKEN }]) {
        const response = await app.inject({ url: '/api/forms/server-test/submissions.csv', headers });
        assert.equal(response.statusCode, 401);
        assert.equal(response.headers['www-authenticate'], 'Bearer realm="export"');
      }
    });

    it('an unknown form: 404', async () => {
      const response = await app.inject({ url: '/api/forms/no-such-form/submissions.json', headers: auth });
      assert.equal(response.statusCode, 404);
    });
  });

  describe('GET /forms/:id', () => {
    it('serves the newest version with an ETag; 304 when it has not changed', async () => {
      const response = await app.inject({ url: '/forms/server-test' });
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers['content-type'], 'application/json; charset=utf-8');
      assert.equal(response.headers['cache-control'], 'public, max-age=300');
      assert.equal(response.json().version, '2.0.0');
      const etag = response.headers.etag as string;
      assert.match(etag, /^"[A-Za-z0-9_-]{43}"$/);
      const cached = await app.inject({ url: '/forms/server-test', headers: { 'if-none-match': etag } });
      assert.equal(cached.statusCode, 304);
      assert.equal(cached.body, '');
      assert.equal((await app.inject({ url: '/forms/server-test', headers: { 'if-none-match': '"other"' } })).statusCode, 200);
    });

    it('serves a named version, each with its own ETag; 404 for an unknown form or version', async () => {
      const one = await app.inject({ url: '/forms/server-test?version=1.0.0' });
      assert.equal(one.json().version, '1.0.0');
      assert.notEqual(one.headers.etag, (await app.inject({ url: '/forms/server-test' })).headers.etag);
      assert.equal((await app.inject({ url: '/forms/server-test?version=3.0.0' })).statusCode, 404);
      assert.equal((await app.inject({ url: '/forms/nothing' })).statusCode, 404);
    });
  });

  describe('hardening', () => {
    it('GET /favicon.ico: no icon, kept for a day (pages that name none do not log a 404 each)', async () => {
      const response = await app.inject({ url: '/favicon.ico' });
      assert.equal(response.statusCode, 204);
      assert.equal(response.body, '');
      assert.equal(response.headers['cache-control'], 'public, max-age=86400');
    });

    it('GET /health', async () => {
      const response = await app.inject({ url: '/health' });
      assert.equal(response.statusCode, 200);
      assert.deepEqual(response.json(), { status: 'ok', storage: 'sqlite' });
    });

    it('security headers on every answer, and a CSP under which nothing runs', async () => {
      for (const url of ['/health', '/forms/server-test', '/api/submissions/SF-AAAA-AAAA', '/nothing']) {
        const { headers } = await app.inject({ url });
        assert.equal(headers['content-security-policy'], API_CSP, url);
        assert.equal(headers['x-content-type-options'], 'nosniff', url);
        assert.equal(headers['referrer-policy'], 'no-referrer', url);
        assert.equal(headers['x-frame-options'], 'DENY', url);
      }
    });

    it('router refusals (a malformed URL 400, an over-long segment 414) have our shape and headers and quote nothing', { timeout: 20_000 }, async () => {
      const reference = `SF-7K3Q-9M4X${'A'.repeat(300)}`;
      const cases: [string, number, string][] = [
        ['/forms/%E0%A4%A', 400, 'bad_url'],
        ['/api/submissions/%E0%A4%A-SF-7K3Q-9M4X', 400, 'bad_url'],
        [`/api/submissions/${reference}`, 414, 'uri_too_long'],
        [`/forms/${'x'.repeat(201)}`, 414, 'uri_too_long'],
      ];
      for (const [url, status, error] of cases) {
        const response = await app.inject({ url });
        assert.equal(response.statusCode, status, url);
        const body = response.json();
        assert.deepEqual(Object.keys(body), ['error', 'message']);
        assert.equal(body.error, error);
        assert.doesNotMatch(response.body, /SF-7K3Q|%E0|xxxx/);
        assert.equal(response.headers['content-security-policy'], API_CSP);
        assert.equal(response.headers['x-content-type-options'], 'nosniff');
        assert.equal(response.headers['referrer-policy'], 'no-referrer');
        assert.equal(response.headers['x-frame-options'], 'DENY');
      }
      assert.doesNotMatch(logs(), /SF-7K3Q/);
    });

    it('the framework\'s own refusals do not quote the request either (a content type, a length)', { timeout: 20_000 }, async () => {
      const response = await app.inject({ method: 'POST', url: '/api/submissions', headers: { 'content-type': 'text/x-secret-900115300014' }, payload: 'x' });
      assert.deepEqual(response.json(), { error: 'unsupported_media_type', message: 'Send application/json or multipart/form-data' });
    });

    it('logs hold no answers, IINs, references or addresses', async () => {
      const iin = '900115300013';
      const { reference } = (await postJson(envelope({}, { iin, comment: 'A very private comment' }))).json();
      await postJson(envelope({}, { iin: '900115300014', fullName: 'Private Name' }));
      await app.inject({ url: `/api/submissions/${reference}` });
      const text = logs();
      assert.match(text, /"route":"\/api\/submissions","status":201/);
      assert.match(text, /"route":"\/api\/submissions","status":422/);
      for (const secret of [iin, '900115300014', 'A very private comment', 'Private Name', reference, '127.0.0.1']) assert.doesNotMatch(text, new RegExp(secret.replace(/[.]/g, '\\.')), secret);
    });
  });
});

describe('CORS, origins and the rate limit', () => {
  let app: FastifyInstance;
  let storage: Storage;
  before(async () => {
    ({ app, storage } = await testServer({ corsOrigins: ['https://agency.example.kz'], limits: { ratePerMinute: 3, fileBytes: 2000 } }));
  });
  after(async () => {
    await app.close();
    await storage.close();
  });

  it('an allowed origin gets CORS headers on the preflight and the answer', async () => {
    const preflight = await app.inject({
      method: 'OPTIONS',
      url: '/api/submissions',
      headers: { origin: 'https://agency.example.kz', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,idempotency-key' },
    });
    assert.equal(preflight.statusCode, 204);
    assert.equal(preflight.headers['access-control-allow-origin'], 'https://agency.example.kz');
    assert.equal(preflight.headers['access-control-allow-headers'], 'Content-Type, Idempotency-Key, Accept, Authorization');
    const response = await app.inject({
      method: 'POST',
      url: '/api/submissions',
      headers: { origin: 'https://agency.example.kz', 'content-type': 'application/json' },
      payload: JSON.stringify(envelope()),
    });
    assert.equal(response.statusCode, 201);
    assert.equal(response.headers['access-control-allow-origin'], 'https://agency.example.kz');
  });

  it('another origin gets no CORS headers, and its POST is refused before it is read', async () => {
    const before = await storage.count();
    const response = await app.inject({
      method: 'POST',
      url: '/api/submissions',
      headers: { origin: 'https://evil.example.com', 'content-type': 'application/json' },
      payload: JSON.stringify(envelope()),
    });
    assert.equal(response.statusCode, 403);
    assert.deepEqual(response.json(), { error: 'origin_not_allowed', message: 'This origin may not post to this server (see CORS_ORIGINS)' });
    assert.equal(response.headers['access-control-allow-origin'], undefined);
    assert.equal(await storage.count(), before);
  });

  // Each from its own client address: this server allows 3 requests a minute per client.
  let client = 20;
  const postFrom = (origin: string, host: string) =>
    app.inject({ method: 'POST', url: '/api/submissions', remoteAddress: `127.0.0.${client++}`, headers: { origin, host, 'content-type': 'application/json' }, payload: JSON.stringify(envelope()) });

  it('no public origin set: a loopback host\'s own origin may post; a rebinding host\'s own origin may not', { timeout: 20_000 }, async () => {
    for (const host of ['127.0.0.1:8080', 'localhost:8080', '[::1]:8080']) assert.equal((await postFrom(`http://${host}`, host)).statusCode, 201, host);
    // evil.example resolves to this server: the browser sends its own name as Host and Origin.
    const rebound = await postFrom('http://evil.example:8080', 'evil.example:8080');
    assert.equal(rebound.statusCode, 403);
    assert.equal(rebound.json().error, 'origin_not_allowed');
    assert.equal((await postFrom('http://127.0.0.1:9999', '127.0.0.1:8080')).statusCode, 403);
  });

  it('a public origin set: it may post whatever the Host says, and a matching Host is not enough', { timeout: 20_000 }, async () => {
    const { app: server, storage: own } = await testServer({ publicOrigins: ['https://forms.example.kz/'], limits: { ratePerMinute: false, fileBytes: 2000 } });
    try {
      const post = (origin: string, host: string) =>
        server.inject({ method: 'POST', url: '/api/submissions', headers: { origin, host, 'content-type': 'application/json' }, payload: JSON.stringify(envelope()) });
      assert.equal((await post('https://forms.example.kz', 'internal-name:8080')).statusCode, 201);
      assert.equal((await post('http://evil.example:8080', 'evil.example:8080')).statusCode, 403);
      assert.equal((await post('http://127.0.0.1:8080', '127.0.0.1:8080')).statusCode, 403);
    } finally {
      await server.close();
      await own.close();
    }
  });

  it('past the per-client limit: 429 with Retry-After', async () => {
    const statuses = [];
    let last;
    for (let i = 0; i < 4; i++) {
      last = await app.inject({ url: '/api/submissions/SF-AAAA-AAAA', remoteAddress: '127.0.0.9' });
      statuses.push(last.statusCode);
    }
    assert.deepEqual(statuses, [404, 404, 404, 429]);
    assert.equal(last!.json().error, 'rate_limited');
    assert.match(String(last!.headers['retry-after']), /^\d+$/);
    // Another client is counted apart.
    assert.equal((await app.inject({ url: '/api/submissions/SF-AAAA-AAAA', remoteAddress: '127.0.0.10' })).statusCode, 404);
  });
});

describe('over real HTTP', () => {
  let app: FastifyInstance;
  let storage: Storage;
  let base: string;
  before(async () => {
    ({ app, storage } = await testServer());
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  after(async () => {
    await app.close();
    await storage.close();
  });

  it('50 concurrent duplicate posts store one row and all get identical receipts', async () => {
    const sent = envelope({}, { comment: 'sent 50 times at once' });
    const responses = await Promise.all(
      Array.from({ length: 50 }, () =>
        fetch(`${base}/api/submissions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': sent.submissionId, accept: 'application/json' },
          body: JSON.stringify(sent),
        }),
      ),
    );
    const statuses = responses.map((response) => response.status).sort();
    assert.deepEqual(statuses, [...Array<number>(49).fill(200), 201].sort());
    const receipts = await Promise.all(responses.map((response) => response.text()));
    assert.equal(new Set(receipts).size, 1);
    assert.match(JSON.parse(receipts[0]!).reference, REFERENCE_PATTERN);
    assert.equal(await storage.count(), 1);
  });

  it('upload memory is shared: past the cap a request is answered 503 with Retry-After, the one holding it is not hurt', { timeout: 20_000 }, async () => {
    // The cap here is its floor, files × fileBytes = 10 × 2000 bytes; each post keeps 10 × 1500.
    const members = Array.from({ length: 10 }, (_, i) => ({ memberName: `M${i}` }));
    const open = (sent: ReturnType<typeof envelope>) => {
      const boundary = `sf-${randomUUID()}`;
      const request = httpRequest(new URL(`${base}/api/submissions`), { method: 'POST', headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
      const answer = new Promise<{ status: number; retryAfter: string | undefined; body: string }>((resolve, reject) => {
        request.on('response', (response) => {
          let body = '';
          response.on('data', (chunk: Buffer) => (body += String(chunk)));
          response.on('end', () => resolve({ status: response.statusCode!, retryAfter: response.headers['retry-after'], body }));
        });
        request.on('error', reject);
      });
      request.write(`--${boundary}\r\nContent-Disposition: form-data; name="envelope"\r\n\r\n${JSON.stringify(sent)}\r\n`);
      for (let i = 0; i < members.length; i++) {
        request.write(`--${boundary}\r\nContent-Disposition: form-data; name="files.members[${i}].memberProof"; filename="${i}.pdf"\r\nContent-Type: application/pdf\r\n\r\n`);
        request.write(pdfBytes(1500));
        request.write('\r\n');
      }
      return { answer, end: () => request.end(`--${boundary}--\r\n`) };
    };
    const stored = await storage.count();
    const holding = open(envelope({}, { members }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const second = open(envelope({}, { members }));
    second.end();
    const refused = await second.answer;
    assert.equal(refused.status, 503, refused.body);
    assert.equal(JSON.parse(refused.body).error, 'busy');
    assert.equal(refused.retryAfter, '5');
    holding.end();
    assert.equal((await holding.answer).status, 201);
    // Released: the next one fits again.
    const third = open(envelope({}, { members }));
    third.end();
    assert.equal((await third.answer).status, 201);
    assert.equal(await storage.count(), stored + 2);
  });

  it('closing finishes a request in flight (graceful shutdown), then refuses new connections', async () => {
    const sent = envelope();
    const { payload, contentType } = await multipart(sent, [{ part: 'files.proof', name: 'a.pdf', type: 'application/pdf', content: pdfBytes(800) }]);
    const url = new URL(`${base}/api/submissions`);
    const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = httpRequest(url, { method: 'POST', headers: { 'content-type': contentType, 'content-length': payload.length } }, (response) => {
        let body = '';
        response.on('data', (chunk) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode!, body }));
      });
      request.on('error', reject);
      // Half the body now; the rest once the server has started closing.
      request.write(payload.subarray(0, 400));
      setTimeout(() => {
        const closing = app.close();
        setTimeout(() => request.end(payload.subarray(400)), 100);
        void closing;
      }, 100);
    });
    const { status, body } = await answer;
    assert.equal(status, 201, body);
    assert.equal((await storage.bySubmissionId(sent.submissionId))?.reference, JSON.parse(body).reference);
    await assert.rejects(fetch(`${base}/health`));
  });
});
