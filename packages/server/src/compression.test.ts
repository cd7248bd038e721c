import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { chooseCoding, codedEtag } from './compression.js';
import type { Storage } from './storage/storage.js';
import { testServer } from './testing/server.js';

/** Every test here gives up after this long (a hung socket must not hang the suite). */
const T = { timeout: 15_000 };
const REPO = fileURLToPath(new URL('../../../', import.meta.url));

/** A response as it came over the wire: status, headers and the raw (still encoded) body. */
interface Raw {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** One request over real HTTP, without any decompression on the client side. */
function get(base: string, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(new URL(path, base), { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end();
  });
}

/** The body decoded by the response's own Content-Encoding. */
function decoded(response: Raw): Buffer {
  const coding = response.headers['content-encoding'];
  if (coding === 'br') return brotliDecompressSync(response.body);
  if (coding === 'gzip') return gunzipSync(response.body);
  assert.equal(coding, undefined, `unexpected coding ${coding}`);
  return response.body;
}

const varyFields = (response: Raw) => String(response.headers.vary ?? '').split(',').map((field) => field.trim().toLowerCase()).filter(Boolean);

describe('chooseCoding (Accept-Encoding with q-values)', () => {
  const both = ['br', 'gzip'] as const;
  const cases: [string | undefined, string][] = [
    [undefined, 'identity'],
    ['', 'identity'],
    ['identity', 'identity'],
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['BR', 'br'],
    ['br;q=0, gzip', 'gzip'],
    ['br;q=0,gzip;q=0', 'identity'],
    ['br;q=0, *', 'gzip'],
    ['*;q=0', 'identity'],
    ['*', 'br'],
    ['gzip;q=1, br;q=0.5', 'gzip'],
    ['br;q=0.000, gzip;q=0.001', 'gzip'],
    ['deflate, compress', 'identity'],
  ];
  for (const [header, expected] of cases) {
    it(`${JSON.stringify(header)} → ${expected}`, T, () => {
      assert.equal(chooseCoding(header, [...both]), expected);
    });
  }
  it('only picks a coding that is at hand', T, () => {
    assert.equal(chooseCoding('br, gzip', ['gzip']), 'gzip');
    assert.equal(chooseCoding('br', ['gzip']), 'identity');
    assert.equal(chooseCoding('br, gzip', []), 'identity');
  });
  it('gives each coding its own ETag', T, () => {
    assert.equal(codedEtag('"abc"', 'br'), '"abc-br"');
    assert.equal(codedEtag('W/"abc"', 'gzip'), 'W/"abc-gzip"');
    assert.equal(codedEtag('"abc"', 'identity'), '"abc"');
  });
});

describe('compression over real HTTP (127.0.0.1)', () => {
  let app: FastifyInstance;
  let storage: Storage;
  let base: string;
  let definitionBytes: Buffer;
  const root = mkdtempSync(join(tmpdir(), 'sf-compression-'));
  const bundle = Buffer.from(`// a bundle\n${Array.from({ length: 400 }, (_, i) => `export const value${i} = ${JSON.stringify(`text ${i} `.repeat(3))};`).join('\n')}\n`);
  const demo = Buffer.from(`// page glue\n${'console.log("demo");\n'.repeat(200)}`);
  const tiny = Buffer.from('export const tiny = 1;\n');
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(4000, 7)]);

  before(async () => {
    mkdirSync(join(root, 'dist', 'chunks'), { recursive: true });
    mkdirSync(join(root, 'examples'), { recursive: true });
    writeFileSync(join(root, 'dist', 'service-forms.js'), bundle);
    writeFileSync(join(root, 'dist', 'chunks', 'select-AbCdEf12.js'), bundle);
    writeFileSync(join(root, 'dist', 'chunks.json'), JSON.stringify({ entry: 'service-forms.js', chunks: { select: 'chunks/select-AbCdEf12.js' } }));
    writeFileSync(join(root, 'dist', 'tiny.js'), tiny);
    writeFileSync(join(root, 'examples', 'demo.js'), demo);
    writeFileSync(join(root, 'examples', 'logo.png'), png);
    writeFileSync(join(root, 'examples', 'index.html'), `<!doctype html><html lang="en"><head><title>Demo</title></head><body>${'<p>An agency page.</p>\n'.repeat(100)}</body></html>`);
    // The build step itself, on this folder: .br and .gz beside each text file of 1 KiB or more.
    execFileSync(process.execPath, [join(REPO, 'scripts', 'precompress.mjs'), join(root, 'dist')], { stdio: 'ignore' });
    ({ app, storage } = await testServer({ site: { root, folders: ['dist', 'examples'], index: 'examples/index.html', preload: { manifest: 'dist/chunks.json', chunks: ['select'] } } }));
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    definitionBytes = (await get(base, '/forms/server-test')).body;
  });
  after(async () => {
    await app?.close();
    await storage?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('the build step writes .br and .gz beside text files of 1 KiB or more, not beside tiny ones', T, () => {
    assert.deepEqual(brotliDecompressSync(readFileSync(join(root, 'dist', 'service-forms.js.br'))), bundle);
    assert.deepEqual(gunzipSync(readFileSync(join(root, 'dist', 'chunks', 'select-AbCdEf12.js.gz'))), bundle);
    assert.throws(() => statSync(join(root, 'dist', 'tiny.js.br')));
    assert.throws(() => statSync(join(root, 'dist', 'chunks.json.br')));
  });

  for (const [what, path, original] of [
    ['a definition (compressed once, in memory)', '/forms/server-test', () => definitionBytes],
    ['a precompressed bundle file', '/dist/service-forms.js', () => bundle],
    ['a hashed chunk', '/dist/chunks/select-AbCdEf12.js', () => bundle],
    ['a demo file with no .br beside it (compressed once, in memory)', '/examples/demo.js', () => demo],
  ] as const) {
    describe(what, () => {
      it('brotli, gzip or identity as asked, Vary: Accept-Encoding, the same bytes once decoded', T, async () => {
        assert.ok(original().length > 1024);
        const br = await get(base, path, { 'accept-encoding': 'gzip, deflate, br' });
        const gz = await get(base, path, { 'accept-encoding': 'gzip' });
        const plain = await get(base, path);
        assert.equal(br.headers['content-encoding'], 'br');
        assert.equal(gz.headers['content-encoding'], 'gzip');
        assert.equal(plain.headers['content-encoding'], undefined);
        for (const response of [br, gz, plain]) {
          assert.equal(response.status, 200);
          assert.ok(varyFields(response).includes('accept-encoding'), String(response.headers.vary));
          assert.deepEqual(decoded(response), original());
          assert.equal(Number(response.headers['content-length']), response.body.length);
          assert.equal(response.headers['x-content-type-options'], 'nosniff');
        }
        assert.ok(br.body.length < plain.body.length / 2 && gz.body.length < plain.body.length / 2, `${br.body.length} ${gz.body.length} of ${plain.body.length}`);
        if (path.startsWith('/forms/')) assert.ok(varyFields(br).includes('origin'));
      });

      it('an ETag per coding, and a 304 for each coding with its own ETag only', T, async () => {
        const tags: Record<string, string> = {};
        for (const accept of ['br', 'gzip', 'identity']) {
          const first = await get(base, path, { 'accept-encoding': accept });
          tags[accept] = first.headers.etag!;
          const again = await get(base, path, { 'accept-encoding': accept, 'if-none-match': tags[accept] });
          assert.equal(again.status, 304, accept);
          assert.equal(again.body.length, 0);
          assert.equal(again.headers.etag, tags[accept]);
          assert.ok(varyFields(again).includes('accept-encoding'));
        }
        assert.equal(new Set(Object.values(tags)).size, 3, JSON.stringify(tags));
        // A cache holding brotli bytes may not revalidate them for a gzip-only client, nor the reverse.
        const crossed = await get(base, path, { 'accept-encoding': 'gzip', 'if-none-match': tags.br! });
        assert.equal(crossed.status, 200);
        assert.equal(crossed.headers['content-encoding'], 'gzip');
        assert.equal((await get(base, path, { 'if-none-match': tags.gzip! })).status, 200);
        assert.equal((await get(base, path, { 'accept-encoding': 'br', 'if-none-match': `${tags.identity}, ${tags.br}` })).status, 304);
      });

      it('HEAD answers the headers of the coding (its length), with no body', T, async () => {
        const full = await get(base, path, { 'accept-encoding': 'br' });
        const head = await get(base, path, { 'accept-encoding': 'br' }, 'HEAD');
        assert.equal(head.status, 200);
        assert.equal(head.body.length, 0);
        assert.equal(head.headers['content-encoding'], 'br');
        assert.equal(head.headers.etag, full.headers.etag);
        assert.equal(Number(head.headers['content-length']), full.body.length);
      });

      it('honours q=0 refusals', T, async () => {
        assert.equal((await get(base, path, { 'accept-encoding': 'br;q=0, gzip' })).headers['content-encoding'], 'gzip');
        assert.equal((await get(base, path, { 'accept-encoding': 'br;q=0, *' })).headers['content-encoding'], 'gzip');
        const none = await get(base, path, { 'accept-encoding': 'br;q=0, gzip;q=0' });
        assert.equal(none.headers['content-encoding'], undefined);
        assert.deepEqual(none.body, original());
      });
    });
  }

  it('the page at / (with its preload links) is compressed once per content, with an ETag per coding', T, async () => {
    const br = await get(base, '/', { 'accept-encoding': 'br' });
    const plain = await get(base, '/');
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.deepEqual(decoded(br), plain.body);
    assert.match(plain.body.toString(), /<link rel="modulepreload" href="\/dist\/chunks\/select-AbCdEf12\.js">/);
    assert.notEqual(br.headers.etag, plain.headers.etag);
    assert.ok(varyFields(br).includes('accept-encoding'));
    assert.equal((await get(base, '/', { 'accept-encoding': 'br', 'if-none-match': br.headers.etag! })).status, 304);
    assert.equal((await get(base, '/', { 'if-none-match': br.headers.etag! })).status, 200);
  });

  it('tiny files and already-compressed types go out as they are, without Vary: Accept-Encoding', T, async () => {
    for (const [path, original] of [['/dist/tiny.js', tiny], ['/examples/logo.png', png]] as const) {
      const response = await get(base, path, { 'accept-encoding': 'br, gzip' });
      assert.equal(response.status, 200);
      assert.equal(response.headers['content-encoding'], undefined, path);
      assert.ok(!varyFields(response).includes('accept-encoding'), path);
      assert.deepEqual(response.body, original);
    }
    // Small API answers too.
    const health = await get(base, '/health', { 'accept-encoding': 'br, gzip' });
    assert.equal(health.headers['content-encoding'], undefined);
  });

  it('a precompressed file older than its original is not used; the original is compressed instead', T, async () => {
    const file = join(root, 'dist', 'chunks', 'stale-AbCdEf12.js');
    writeFileSync(`${file}.br`, Buffer.from('not the bytes of the file'));
    writeFileSync(file, bundle);
    const old = new Date(Date.now() - 60_000);
    utimesSync(`${file}.br`, old, old);
    const response = await get(base, '/dist/chunks/stale-AbCdEf12.js', { 'accept-encoding': 'br' });
    assert.equal(response.headers['content-encoding'], 'br');
    assert.deepEqual(decoded(response), bundle);
  });

  it('the .br and .gz files themselves are not served', T, async () => {
    assert.equal((await get(base, '/dist/service-forms.js.br')).status, 404);
    assert.equal((await get(base, '/dist/service-forms.js.gz')).status, 404);
  });
});
