// `npm run test:pack` (after `npm run build`): the Custom Elements Manifest that
// scripts/element-manifest.mjs writes, as a tool that installed @service-forms/elements reads it.
// No export names the analyzer's misreading of `defineElement` (a tag `tag` defined by
// `constructor`); every element has a `custom-element-definition` export naming its tag, class and
// module; and every module path is a file in the package's tarball (`dist/…js`, not `src/…ts`).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const elementsDir = join(root, 'packages/elements');
const manifest = JSON.parse(readFileSync(join(elementsDir, 'custom-elements.json'), 'utf8'));
const elements = manifest.modules.flatMap((module) =>
  (module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName).map((declaration) => ({ module, declaration })),
);

/** The paths `npm pack` would put in the elements package's tarball. */
function packedFiles() {
  return new Promise((resolve, reject) => {
    execFile('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: elementsDir, maxBuffer: 64 * 1024 * 1024, timeout: 60_000 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`npm pack failed: ${error.message}\n${stderr}`));
      resolve(new Set(JSON.parse(stdout)[0].files.map((file) => file.path)));
    });
  });
}

/** Every `path` and `module` value anywhere in the manifest. */
function modulePaths(value, found = new Set()) {
  if (Array.isArray(value)) value.forEach((entry) => modulePaths(entry, found));
  else if (value && typeof value === 'object') {
    for (const [key, entry] of Object.entries(value)) {
      if ((key === 'path' || key === 'module') && typeof entry === 'string') found.add(entry);
      else modulePaths(entry, found);
    }
  }
  return found;
}

describe('custom-elements.json, as published', () => {
  it('lists the fourteen sf- elements', () => {
    assert.equal(elements.length, 14, elements.map(({ declaration }) => declaration.tagName).join(' '));
    for (const { declaration } of elements) assert.match(declaration.tagName, /^sf-[a-z-]+$/);
  });

  it('has no export of the analyzer\'s misreading of defineElement (tag → constructor)', () => {
    for (const module of manifest.modules) {
      for (const entry of module.exports ?? []) {
        assert.notEqual(entry.declaration?.name, 'constructor', `${module.path}: export ${entry.name}`);
        if (entry.kind === 'custom-element-definition') assert.match(entry.name, /^sf-[a-z-]+$/, `${module.path}: a definition of ${entry.name}`);
      }
    }
  });

  it('has a custom-element-definition export for every element, in the module that declares it', () => {
    const definitions = manifest.modules.flatMap((module) =>
      (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition').map((entry) => ({ module, entry })),
    );
    assert.equal(definitions.length, elements.length, 'one definition per element');
    for (const { module, declaration } of elements) {
      const found = definitions.find(({ entry }) => entry.name === declaration.tagName);
      assert.ok(found, `${declaration.tagName} has a custom-element-definition export`);
      assert.equal(found.module, module, `${declaration.tagName} is defined by the module that declares it`);
      assert.deepEqual(found.entry.declaration, { name: declaration.name, module: module.path });
    }
  });

  it('names only published JavaScript modules, each in the tarball', { timeout: 60_000 }, async () => {
    const files = await packedFiles();
    const paths = [...modulePaths(manifest)];
    assert.ok(paths.length > 14);
    for (const path of paths) {
      assert.match(path, /^dist\/.*\.js$/, `${path} is a built module`);
      assert.ok(files.has(path), `${path} is packed (run \`npm run build\` first)`);
    }
  });
});
