import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { DefinitionStore } from '../definitions.js';

const text = (en: string) => ({ en, kk: en, ru: en });

/** A small form with every case the server must handle: text, a condition, a reveal, files, a repeat. */
export function testForm(version: string) {
  return {
    id: 'server-test',
    version,
    locales: ['en', 'kk', 'ru'],
    title: text('Server test'),
    pages: [
      {
        id: 'about',
        title: text('About you'),
        fields: [
          { type: 'text', name: 'fullName', required: true, maxLength: 200, label: text('Full name') },
          { type: 'textarea', name: 'comment', maxLength: 2000, label: text('Comment') },
          { type: 'text', name: 'iin', format: 'iin', label: text('IIN') },
          {
            type: 'radios',
            name: 'wantsReply',
            label: text('Reply?'),
            options: [
              { value: 'no', label: text('No') },
              { value: 'yes', label: text('Yes') },
            ],
          },
          { type: 'text', name: 'replyName', showIf: { field: 'wantsReply', equals: 'yes' }, label: text('Name for the reply') },
          { type: 'checkbox', name: 'agree', label: text('I agree') },
        ],
      },
      {
        id: 'documents',
        title: text('Documents'),
        fields: [
          { type: 'file', name: 'proof', accept: ['application/pdf', 'image/png'], maxSizeBytes: 1000, label: text('Proof') },
          {
            type: 'repeatable',
            name: 'members',
            label: text('Members'),
            itemLabel: text('Member'),
            fields: [
              { type: 'text', name: 'memberName', required: true, label: text('Name') },
              { type: 'file', name: 'memberProof', accept: ['application/pdf'], label: text('Member proof') },
            ],
          },
        ],
      },
    ],
  };
}

/** A folder with the test form in versions 1.0.0 and 2.0.0, loaded. */
export async function testDefinitions(): Promise<{ folder: string; definitions: DefinitionStore }> {
  const folder = mkdtempSync(join(tmpdir(), 'sf-forms-'));
  writeFileSync(join(folder, 'server-test-1.json'), JSON.stringify(testForm('1.0.0'), null, 2));
  writeFileSync(join(folder, 'server-test-2.json'), JSON.stringify(testForm('2.0.0'), null, 2));
  return { folder, definitions: await DefinitionStore.load(folder) };
}

/** A valid envelope for the test form (JSON, no files). */
export function envelope(overrides: Record<string, unknown> = {}, answers: Record<string, unknown> = {}) {
  return {
    submissionId: randomUUID(),
    formId: 'server-test',
    formVersion: '1.0.0',
    locale: 'kk',
    answers: { fullName: 'Айгүл Серікқызы', ...answers },
    createdAt: '2026-11-27T10:00:00+05:00',
    ...overrides,
  };
}

/** The first bytes of a real PDF and PNG, padded to `size`. */
export function pdfBytes(size = 200): Buffer {
  const head = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1');
  return Buffer.concat([head, Buffer.alloc(Math.max(0, size - head.length), 0x20)]);
}
export function pngBytes(size = 200): Buffer {
  const head = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([head, Buffer.alloc(Math.max(0, size - head.length), 0)]);
}

/** A multipart body as the FetchAdapter sends it: `envelope`, then `files.<path>` parts. */
export async function multipart(envelopeJson: unknown, files: { part: string; name: string; type: string; content: Buffer }[], envelopeFirst = true) {
  const form = new FormData();
  const envelopePart = () => form.append('envelope', typeof envelopeJson === 'string' ? envelopeJson : JSON.stringify(envelopeJson));
  if (envelopeFirst) envelopePart();
  for (const file of files) form.append(file.part, new Blob([new Uint8Array(file.content)], { type: file.type }), file.name);
  if (!envelopeFirst) envelopePart();
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return { payload: Buffer.from(await request.arrayBuffer()), contentType: request.headers.get('content-type')! };
}
