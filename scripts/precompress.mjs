// The last step of `npm run build`: writes `x.br` (brotli 11) and `x.gz` (gzip 9) beside every
// text file of 1 KiB or more in the given folders (dist/ by default: the bundle, its chunks,
// their source maps, the chunk manifest and anything else the build puts there), so the reference
// server sends them compressed without compressing on a request (docs/server.md, "Compression").
// A coding that does not make a file smaller is not written.
// Usage: node scripts/precompress.mjs [folder ...]
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const TEXT = /\.(js|mjs|css|json|map|svg|html|txt|xml)$/;
// The same threshold as the server's (packages/server/src/compression.ts, MIN_COMPRESS_BYTES).
const MIN_BYTES = 1024;
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

async function precompress(folder) {
  const names = (await readdir(folder, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath ?? entry.path, entry.name));
  // A sibling left from an earlier build must not outlive its file.
  await Promise.all(names.filter((name) => /\.(br|gz)$/.test(name)).map((name) => rm(name)));
  let files = 0;
  let before = 0;
  let after = { br: 0, gzip: 0 };
  await Promise.all(
    names.filter((name) => TEXT.test(name)).map(async (name) => {
      const bytes = await readFile(name);
      if (bytes.length < MIN_BYTES) return;
      const [br, gz] = await Promise.all([
        brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
        gzipAsync(bytes, { level: 9 }),
      ]);
      if (br.length < bytes.length) await writeFile(`${name}.br`, br);
      if (gz.length < bytes.length) await writeFile(`${name}.gz`, gz);
      files += 1;
      before += bytes.length;
      after = { br: after.br + Math.min(br.length, bytes.length), gzip: after.gzip + Math.min(gz.length, bytes.length) };
    }),
  );
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`precompressed ${files} files in ${relative(root, folder) || '.'}: ${kb(before)} → brotli ${kb(after.br)}, gzip ${kb(after.gzip)}`);
}

const folders = process.argv.slice(2);
for (const folder of folders.length > 0 ? folders : ['dist']) await precompress(resolve(root, folder));
