// The client's own contract suite, with the real FetchAdapter posting over HTTP to this server:
// what the browser sends is what the server takes, and what the server answers is what the
// client understands (receipts, repeats, field errors).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { FetchAdapter, runAdapterContract } from '@service-forms/adapters';
import type { SubmissionEnvelope } from '@service-forms/core';
import type { Storage } from './storage/storage.js';
import { envelope, pdfBytes } from './testing/forms.js';
import { testServer } from './testing/server.js';

let app: FastifyInstance;
let storage: Storage;
let endpoint = '';

before(async () => {
  ({ app, storage } = await testServer());
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  endpoint = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api/submissions`;
});
after(async () => {
  await app.close();
  await storage.close();
});

runAdapterContract(
  'FetchAdapter → reference server',
  () => new FetchAdapter({ endpoint, retries: 0 }),
  {
    stored: async () => (await storage.listByForm('server-test')).map((record) => record.submissionId),
    refuseField: async (_adapter, sent) => ({
      envelope: { ...sent, answers: { ...sent.answers, iin: '900115300014' } },
      field: 'iin',
      code: 'iin_checksum',
    }),
    envelope: (submissionId) => ({ ...(envelope({ submissionId }) as Omit<SubmissionEnvelope, 'files'>), files: {} }) as SubmissionEnvelope,
  },
  { describe, it },
);

describe('FetchAdapter with files → reference server', () => {
  it('sends multipart; the server stores the file and answers a receipt; a refused file comes back as a field error', async () => {
    const adapter = new FetchAdapter({ endpoint, retries: 0 });
    const signal = new AbortController().signal;
    const base = envelope() as Omit<SubmissionEnvelope, 'files'>;
    const pdf = new File([new Uint8Array(pdfBytes(600))], 'proof.pdf', { type: 'application/pdf' });
    const result = await adapter.submit({ ...base, files: { proof: [pdf] } }, { signal });
    if (!result.ok) throw new Error(`expected a receipt, got ${JSON.stringify(result.error)}`);
    const stored = await storage.byReference(result.receipt.reference);
    assert.deepEqual(stored?.files.map((file) => [file.field, file.name, file.size]), [['proof', 'proof.pdf', 600]]);

    const html = new File(['<script>alert(1)</script>'], 'x.html', { type: 'text/html' });
    const refused = await adapter.submit({ ...(envelope() as Omit<SubmissionEnvelope, 'files'>), files: { proof: [html] } }, { signal });
    assert.deepEqual(refused, {
      ok: false,
      error: { kind: 'field-errors', errors: [{ field: 'proof', code: 'file_type', params: { name: 'x.html', accept: ['application/pdf', 'image/jpeg', 'image/png'] } }] },
    });
  });
});
