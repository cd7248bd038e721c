// An application that imports one control from @service-forms/elements must not ship the others.
// Builds one-control entries with rollup in a temp dir, as an application's bundler would (the
// built packages/*/dist through their `default` export condition, package.json `sideEffects`
// honoured), minifies, and checks what went in. Needs `npm run build` (packages/*/dist) first.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync } from 'node:zlib';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const elements = join(repo, 'packages/elements/');
const packageJson = JSON.parse(readFileSync(join(elements, 'package.json'), 'utf8'));

/** The tags other than sf-text-field: none may appear in a text-field-only bundle. */
const OTHER_TAGS = [
  'sf-form',
  'sf-date-input',
  'sf-file-upload',
  'sf-radio-group',
  'sf-checkbox',
  'sf-checkbox-group',
  'sf-select',
  'sf-textarea',
  'sf-number-field',
  'sf-fieldset',
  'sf-repeatable',
  'sf-error-summary',
  'sf-language-switch',
  'sf-feedback',
];

let dir;

/** Bundles `source` as an application's entry; returns the files loaded up front and all files. */
async function build(name, source) {
  const input = join(dir, `${name}.js`);
  writeFileSync(input, source);
  const bundle = await rollup({
    input,
    plugins: [nodeResolve({ exportConditions: ['default'], browser: true }), terser({ module: true, format: { comments: false } })],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const chunks = output.filter((file) => file.type === 'chunk');
  // What a page downloads before the control works: the entry and its static imports (the
  // language tables load only when another language is chosen).
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const upFront = new Set();
  const visit = (name) => {
    if (upFront.has(name)) return;
    upFront.add(name);
    for (const imported of byName.get(name).imports) visit(imported);
  };
  visit(chunks.find((chunk) => chunk.isEntry).fileName);
  const code = [...upFront].map((name) => byName.get(name).code).join('\n');
  return {
    code,
    all: chunks.map((chunk) => chunk.code).join('\n'),
    modules: chunks.flatMap((chunk) => Object.keys(chunk.modules)),
    brotli: brotliCompressSync(Buffer.from(code)).length,
    size: Buffer.byteLength(code),
    lazy: chunks.filter((chunk) => !upFront.has(chunk.fileName)).map((chunk) => chunk.name).sort(),
  };
}

/** Whether the code names the tag: a string ('sf-form', "sf-form") or markup (<sf-form …>). */
const mentions = (code, tag) => new RegExp(`["'\`<]${tag}["'\`\\s>/]`).test(code);

function assertOnlyTextField(result) {
  assert.ok(mentions(result.all, 'sf-text-field'), 'defines sf-text-field');
  for (const tag of OTHER_TAGS) assert.ok(!mentions(result.all, tag), `${tag} is not in the bundle`);
  const pulled = result.modules.filter((id) => /[\\/]node_modules[\\/]zod[\\/]/.test(id) || /definition-checker|field-renderers|element-loader|adapters[\\/]dist/.test(id));
  assert.deepEqual(pulled, [], 'no zod, no definition checker, no form, no lazy loader, no adapters');
  // The only lazily loaded chunks are the other two languages of the control's own text and
  // the error messages' wording, which the control fetches when it first finds its value invalid.
  assert.deepEqual(result.lazy, ['error-messages', 'kk', 'ru']);
}

describe('tree-shaking: one control from @service-forms/elements', () => {
  before(() => {
    assert.ok(existsSync(join(elements, 'dist/index.js')), 'packages/elements/dist is missing: run `npm run build` first');
    dir = mkdtempSync(join(tmpdir(), 'sf-tree-shaking-'));
    // The application's node_modules: this repository's, where the workspaces are linked.
    symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'), 'dir');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('sideEffects: in dist, the bundle entry and every module that defines an element, nothing else', () => {
    const defining = readdirSync(join(elements, 'src'), { recursive: true })
      .map((name) => String(name).split('\\').join('/'))
      .filter((path) => path.endsWith('.ts') && !path.endsWith('.test.ts'))
      .filter((path) => /^defineElement\(/m.test(readFileSync(join(elements, 'src', path), 'utf8')))
      .sort();
    const expected = ['./dist/service-forms.js', ...defining.map((path) => `./dist/${path.replace(/\.ts$/, '.js')}`)];
    assert.deepEqual(packageJson.sideEffects.filter((entry) => entry.startsWith('./dist/')).sort(), expected.sort());
    // The `source` condition (tests, Storybook) keeps every module: a bare import of the
    // package entry registers every element there, and Storybook's build must keep them all.
    assert.deepEqual(
      packageJson.sideEffects.filter((entry) => entry.startsWith('./src/')),
      ['./src/**/*.ts'],
    );
    assert.equal(defining.length, 15);
  });

  it('each element has a subpath export whose files exist', () => {
    // Every subpath with code (`default`); `./react` and `./vue` are typings only (types/*.d.ts).
    const subpaths = Object.entries(packageJson.exports).filter(([key, value]) => key !== '.' && typeof value === 'object' && 'default' in value);
    assert.equal(subpaths.length, 15);
    for (const [key, value] of subpaths) {
      const name = key.slice(2);
      assert.deepEqual(value, { source: `./src/${name}/${name}.ts`, types: `./dist/${name}/${name}.d.ts`, default: `./dist/${name}/${name}.js` }, key);
      for (const file of Object.values(value)) assert.ok(existsSync(join(elements, file)), `${key}: ${file}`);
      assert.ok(packageJson.sideEffects.includes(value.default), `${key} is side-effectful (it defines <sf-${name}>)`);
    }
  });

  it("import { SfTextField } from '@service-forms/elements' bundles the text field alone", async (t) => {
    const result = await build('named', "import { SfTextField } from '@service-forms/elements';\nexport const field = SfTextField;\n");
    assertOnlyTextField(result);
    t.diagnostic(`one control (package entry): ${(result.size / 1024).toFixed(1)} KB minified, ${(result.brotli / 1024).toFixed(1)} KB brotli up front`);
  });

  it("import '@service-forms/elements/text-field' defines sf-text-field alone", async (t) => {
    const result = await build('subpath', "import '@service-forms/elements/text-field';\n");
    assertOnlyTextField(result);
    t.diagnostic(`one control (subpath): ${(result.size / 1024).toFixed(1)} KB minified, ${(result.brotli / 1024).toFixed(1)} KB brotli up front`);
  });

  it("a bare import '@service-forms/elements' registers nothing: the entry is side-effect free", async () => {
    const result = await build('bare', "import '@service-forms/elements';\n");
    for (const tag of ['sf-text-field', ...OTHER_TAGS]) assert.ok(!mentions(result.all, tag), tag);
  });

  it('the whole package entry, for comparison, holds every control', async (t) => {
    const result = await build('everything', "export * from '@service-forms/elements';\n");
    for (const tag of ['sf-text-field', ...OTHER_TAGS]) assert.ok(mentions(result.all, tag), tag);
    t.diagnostic(`every export of the package entry: ${(result.size / 1024).toFixed(1)} KB minified, ${(result.brotli / 1024).toFixed(1)} KB brotli up front`);
  });
});
