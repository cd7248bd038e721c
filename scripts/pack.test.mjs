// `npm run test:pack` (after `npm run build`): what `npm pack` would put in each publishable
// package's tarball. Runs `npm pack --dry-run --json --ignore-scripts` in every workspace package
// that is not `private` and checks the file list: the build output is there for every source
// module it ships, README and LICENSE are there, no test file or build info is, and every path that
// package.json names (exports, types, typesVersions, bin) is in it. Scripts are ignored so the
// test reads the build it was given; `prepack` (checked to exist) builds when a person packs.
// Each package's command (`bin`) is in its tarball and, built, answers `--help`. The elements
// package holds the script-tag bundle (bundle/, copied from dist/ by the build) with nothing
// imported by bare name, so a CDN URL runs it as it is.
// Last, TypeScript resolves the declarations of every entry under the older resolution modes
// (node10 reads `typesVersions` and `types`, node16 reads `exports`), as an application would.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const rootPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const packages = rootPackage.workspaces
  .map((dir) => ({ dir, pkg: JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) }))
  .filter(({ pkg }) => !pkg.private);

/** The commands the packages install (`npx service-forms`, `npx @service-forms/server`). */
const BINS = {
  '@service-forms/core': { 'service-forms': 'dist/cli/cli.js' },
  '@service-forms/server': { 'service-forms-server': 'dist/cli.js' },
};

/** The paths `npm pack` would put in the package's tarball. */
function packedFiles(dir) {
  return new Promise((resolve, reject) => {
    execFile(
      'npm',
      ['pack', '--dry-run', '--json', '--ignore-scripts'],
      { cwd: join(root, dir), maxBuffer: 64 * 1024 * 1024, timeout: 60_000 },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`npm pack in ${dir} failed: ${error.message}\n${stderr}`));
        try {
          const [report] = JSON.parse(stdout);
          resolve(new Set(report.files.map((file) => file.path)));
        } catch (parseError) {
          reject(new Error(`npm pack in ${dir} printed no JSON report: ${parseError.message}\n${stdout.slice(0, 500)}`));
        }
      },
    );
  });
}

/** Every string target of an `exports` value, with the conditions that lead to it. */
function exportTargets(value, conditions = []) {
  if (typeof value === 'string') return [{ target: value, conditions }];
  if (value === null) return [];
  if (Array.isArray(value)) return value.flatMap((entry) => exportTargets(entry, conditions));
  return Object.entries(value).flatMap(([key, entry]) => exportTargets(entry, key.startsWith('.') ? conditions : [...conditions, key]));
}

/** Whether a target (`./dist/x.js`, or a pattern `./themes/*.css`) names at least one packed file. */
function isPacked(target, files) {
  const path = target.replace(/^\.\//, '');
  if (!path.includes('*')) return files.has(path);
  const pattern = new RegExp(`^${path.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.+')}$`);
  return [...files].some((file) => pattern.test(file));
}

describe('npm pack: every publishable package', () => {
  it('finds the publishable packages', () => {
    assert.deepEqual(
      packages.map(({ pkg }) => pkg.name).sort(),
      ['@service-forms/adapters', '@service-forms/core', '@service-forms/elements', '@service-forms/html', '@service-forms/server'],
    );
  });

  for (const { dir, pkg } of packages) {
    describe(pkg.name, () => {
      /** Packed once, shared by the checks below. */
      let files;
      const packed = async () => (files ??= await packedFiles(dir));

      it('has the metadata a registry page and an installer read', () => {
        assert.equal(pkg.license, 'MIT');
        assert.equal(pkg.repository?.directory, dir);
        assert.match(pkg.repository?.url ?? '', /^git\+https:\/\//);
        assert.ok(pkg.homepage, 'homepage');
        assert.ok(pkg.bugs?.url, 'bugs.url');
        assert.ok(pkg.description, 'description');
        assert.ok(Array.isArray(pkg.keywords) && pkg.keywords.length > 0, 'keywords');
        assert.deepEqual(pkg.publishConfig, { access: 'public' });
        assert.match(pkg.scripts?.prepack ?? '', /\btsc -b\b/, 'a prepack script that builds');
        assert.equal(pkg.exports['./package.json'], './package.json');
        assert.equal(pkg.types, pkg.exports['.'].types, 'top-level types: the entry\'s declarations');
        // Every runtime dependency a caret range, not an exact pin (docs/decisions/0011-package-dependencies.md).
        for (const [dep, range] of Object.entries(pkg.dependencies ?? {})) assert.match(range, /^\^\d/, `${dep} as a caret range, not an exact pin`);
        if (pkg.bin) assert.equal(pkg.engines?.node, '>=20', 'a package with a command says which Node it needs');
        assert.equal(pkg.peerDependencies, undefined, 'no peer dependencies (decision 0011)');
      });

      it('packs README.md, LICENSE and package.json', { timeout: 60_000 }, async () => {
        const list = await packed();
        for (const file of ['README.md', 'LICENSE', 'package.json']) assert.ok(list.has(file), `${file} is packed`);
      });

      it('packs the build output of every source module it ships', { timeout: 60_000 }, async () => {
        const list = await packed();
        assert.ok(list.has('dist/index.js'), 'dist/index.js is packed: run `npm run build` first');
        const modules = [...list].filter((path) => path.startsWith('src/') && path.endsWith('.ts') && !path.endsWith('.d.ts'));
        assert.ok(modules.length > 0, 'src is packed (the `source` condition and declaration maps point into it)');
        const missing = modules
          .flatMap((path) => {
            const out = path.replace(/^src\//, 'dist/').replace(/\.ts$/, '');
            return [`${out}.js`, `${out}.d.ts`];
          })
          .filter((path) => !list.has(path));
        assert.deepEqual(missing, [], 'source modules shipped without their build (run `npm run build`, or keep them out of `files`)');
      });

      it('packs no test file, benchmark or build info', { timeout: 60_000 }, async () => {
        const list = await packed();
        assert.deepEqual([...list].filter((path) => /\.test\.|(^|\/)__tests__\/|^bench\/|\.tsbuildinfo$/.test(path)), []);
      });

      it('installs the commands it should, and each answers --help when built', { timeout: 60_000 }, async () => {
        assert.deepEqual(pkg.bin ?? {}, BINS[pkg.name] ?? {}, 'bin');
        const list = await packed();
        for (const [name, path] of Object.entries(pkg.bin ?? {})) {
          assert.ok(list.has(path), `bin ${name} → ${path} is packed`);
          const result = await new Promise((resolve) => {
            execFile(process.execPath, [join(root, dir, path), '--help'], { cwd: tmpdir(), timeout: 30_000 }, (error, stdout, stderr) =>
              resolve({ code: error ? error.code : 0, stdout, stderr }),
            );
          });
          assert.equal(result.code, 0, `${name} --help: ${result.stderr}`);
          assert.match(result.stdout, new RegExp(`^usage: ${name} `), `${name} --help prints its usage`);
        }
      });

      it('packs every file package.json names: exports, types, typesVersions, bin', { timeout: 60_000 }, async () => {
        const list = await packed();
        const targets = exportTargets(pkg.exports);
        for (const { target, conditions } of targets) {
          assert.ok(isPacked(target, list), `exports target ${target} (${conditions.join(' > ') || 'default'}) is packed`);
        }
        // The source condition is for this repository's tools; anything else resolves to built files.
        for (const { target, conditions } of targets) {
          if (!conditions.includes('source') && /\.(?:js|d\.ts)$/.test(target)) {
            assert.match(target, /^\.\/(?:dist|types)\//, `exports target ${target} is built output (or the typings generated from the manifest)`);
          }
        }
        for (const [subpath, value] of Object.entries(pkg.exports)) {
          if (value && typeof value === 'object' && 'source' in value) {
            assert.ok(value.default && value.types, `exports ${subpath}: a source condition never stands alone`);
          }
        }
        assert.ok(list.has(pkg.types.replace(/^\.\//, '')), `types ${pkg.types} is packed`);
        for (const [subpath, paths] of Object.entries(pkg.typesVersions?.['*'] ?? {})) {
          for (const path of paths) assert.ok(list.has(path), `typesVersions ${subpath} → ${path} is packed`);
          assert.equal(`./${paths[0]}`, pkg.exports[`./${subpath}`]?.types, `typesVersions ${subpath} agrees with exports`);
        }
        const bins = typeof pkg.bin === 'string' ? { [pkg.name]: pkg.bin } : (pkg.bin ?? {});
        for (const [name, path] of Object.entries(bins)) {
          assert.ok(list.has(path.replace(/^\.\//, '')), `bin ${name} → ${path} is packed`);
          const firstLine = readFileSync(join(root, dir, path), 'utf8').split('\n', 1)[0];
          assert.equal(firstLine, '#!/usr/bin/env node', `bin ${name} starts with a node shebang`);
        }
      });
    });
  }

  describe('@service-forms/elements: the script-tag bundle, for a CDN URL', () => {
    const elements = packages.find(({ pkg }) => pkg.name === '@service-forms/elements');
    const bundleDir = join(root, elements.dir, 'bundle');

    it('packs the bundle, its chunk manifest and every chunk it names; unpkg and jsdelivr point at it', { timeout: 60_000 }, async () => {
      const list = await packedFiles(elements.dir);
      const manifest = JSON.parse(readFileSync(join(bundleDir, 'chunks.json'), 'utf8'));
      assert.equal(manifest.entry, 'service-forms.js');
      for (const file of ['bundle/service-forms.js', 'bundle/chunks.json', ...Object.values(manifest.chunks).map((chunk) => `bundle/${chunk}`)]) {
        assert.ok(list.has(file), `${file} is packed`);
      }
      assert.ok(Object.keys(manifest.chunks).length >= 10, `${Object.keys(manifest.chunks).length} chunks`);
      assert.equal(elements.pkg.unpkg, 'bundle/service-forms.js');
      assert.equal(elements.pkg.jsdelivr, 'bundle/service-forms.js');
    });

    it('imports nothing by bare name: every import in the bundle and its chunks is a relative URL', () => {
      const files = ['service-forms.js', ...readdirSync(join(bundleDir, 'chunks')).filter((name) => name.endsWith('.js')).map((name) => `chunks/${name}`)];
      for (const file of files) {
        const code = readFileSync(join(bundleDir, file), 'utf8');
        // Static imports and re-exports (`from"…"`, `import"…"`) and dynamic `import("…")`, as terser writes them.
        const specifiers = [...code.matchAll(/\b(?:from|import)\s*\(?\s*["'`]([^"'`]+)["'`]/g)].map((match) => match[1]);
        for (const specifier of specifiers) assert.match(specifier, /^\.\.?\//, `${file} imports ${specifier}`);
      }
      const entry = readFileSync(join(bundleDir, 'service-forms.js'), 'utf8');
      assert.match(entry, /import\s*\(\s*["']\.\/chunks\//, 'the entry loads its chunks by relative URL');
    });
  });

  describe('declarations resolve in every TypeScript resolution mode', () => {
    /** `import type * as` every entry with declarations, from outside the workspace's own config. */
    const imports = packages.flatMap(({ pkg }) =>
      Object.entries(pkg.exports)
        .filter(([, value]) => value && typeof value === 'object' && value.types)
        .map(([subpath]) => (subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`)),
    );
    let dir;
    const tsc = (file, resolution, module) =>
      new Promise((resolve) => {
        const args = [join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '--skipLibCheck', '--strict', '--target', 'es2022',
          '--lib', 'es2023,dom,dom.iterable', '--types', 'node', '--moduleResolution', resolution, '--module', module, file];
        execFile(process.execPath, args, { cwd: dir, timeout: 120_000 }, (error, stdout) => resolve({ code: error ? error.code : 0, stdout }));
      });

    it('writes a file importing every entry', () => {
      dir = mkdtempSync(join(tmpdir(), 'sf-types-'));
      symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
      const text = `${imports.map((name, i) => `import type * as m${i} from '${name}';`).join('\n')}\nexport type All = [${imports.map((_, i) => `typeof m${i}`).join(', ')}];\n`;
      writeFileSync(join(dir, 'node10.ts'), text);
      writeFileSync(join(dir, 'node16.mts'), text);
      assert.ok(imports.length >= 18, `${imports.length} entries`);
    });

    it('node10 (typesVersions and types)', { timeout: 120_000 }, async () => {
      const result = await tsc('node10.ts', 'node10', 'esnext');
      assert.equal(result.code, 0, result.stdout);
    });

    it('node16 (exports, from an ES module)', { timeout: 120_000 }, async () => {
      const result = await tsc('node16.mts', 'node16', 'node16');
      assert.equal(result.code, 0, result.stdout);
    });
    after(() => dir && rmSync(dir, { recursive: true, force: true }));
  });
});
