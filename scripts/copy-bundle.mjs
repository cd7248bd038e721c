// A step of `npm run build`, after rollup: copies the script-tag bundle (dist/service-forms.js,
// its content-hashed chunks, their source maps and dist/chunks.json) into
// packages/elements/bundle/, so that the published @service-forms/elements holds a bundle that
// runs from a CDN URL as it is: the package's own dist/ is unbundled ES modules that import `lit`
// by bare name, which a browser cannot resolve without an import map (docs/embedding.md, "From a CDN").
import { copyFile, mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const from = join(root, 'dist');
const to = join(root, 'packages', 'elements', 'bundle');

await rm(to, { recursive: true, force: true });
await mkdir(join(to, 'chunks'), { recursive: true });
const wanted = (name) => /\.(js|js\.map)$/.test(name);
const top = (await readdir(from)).filter((name) => wanted(name) || name === 'chunks.json');
const chunks = (await readdir(join(from, 'chunks'))).filter(wanted);
if (!top.includes('service-forms.js')) throw new Error('dist/service-forms.js is missing: run rollup first (npm run build)');
await Promise.all([
  ...top.map((name) => copyFile(join(from, name), join(to, name))),
  ...chunks.map((name) => copyFile(join(from, 'chunks', name), join(to, 'chunks', name))),
]);
console.log(`copied the bundle into packages/elements/bundle/ (${top.length} files and ${chunks.length} chunk files)`);
