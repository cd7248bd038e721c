// `npm run test:pack` (after `npm run build`): the packages as an application gets them. Packs
// every publishable workspace package with `npm pack` into a temporary folder outside the
// repository, installs the tarballs into a fresh app in another one (its package.json names them
// by `file:` path, beside vite, typescript, react, react-dom, @types/react, @types/react-dom, vue
// and vue-tsc at the versions this repository pins), then builds that app as its author would:
// - a Vite + TypeScript page imports `@service-forms/elements/form` and `type FormDefinition`
//   from `@service-forms/core`: `tsc --noEmit` passes and `vite build` writes the `sf-form`
//   definition, with the lazily loaded modules in chunks of their own;
// - a React 19 app uses `<sf-form … onsf-submitted={…} />` through
//   `@service-forms/elements/react`: `tsc -b` passes, and a second project with a wrongly typed
//   property fails, naming it;
// - a Vue 3 app uses `<sf-form … @sf-submitted="onSubmitted" />` in a single-file component
//   through `@service-forms/elements/vue`: `vue-tsc --noEmit` passes, and a wrongly typed
//   property fails, naming it;
// - the commands the packages install answer `--help` through `npx`.
// In the installed tree, what @service-forms/elements brings (its dependencies and theirs) has no
// @service-forms/html and no @lit-labs/ssr: the browser elements do not install the server
// renderer (decision 0011).
// So a file left out of `files`, an export pointing at nothing, a dependency missing from a
// package.json or a declaration that only resolves inside the workspace fails here.
// The install reads npm's cache first (`--prefer-offline`), which `npm ci` filled, and runs no
// install scripts. Both temporary folders are removed at the end, passed or failed.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const rootPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const packages = rootPackage.workspaces
  .map((dir) => ({ dir, pkg: JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) }))
  .filter(({ pkg }) => !pkg.private);

/** The tools the app installs beside the tarballs, at the versions this repository pins. */
const TOOLS = ['vite', 'typescript', 'react', 'react-dom', '@types/react', '@types/react-dom', 'vue', 'vue-tsc'];

/** The commands the packages install, and the start of what each prints for `--help`. */
const COMMANDS = ['service-forms-server', 'service-forms'];

/**
 * npm's environment without what `npm run`/`npm test` set for this repository (its prefix, its
 * package's fields), so the npm started here works on the app's folder and nothing else.
 */
const npmEnv = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) => !/^npm_(?:package_|lifecycle_|config_(?:local_prefix|workspaces?|include_workspace_root|loglevel)$)/i.test(key),
  ),
);
Object.assign(npmEnv, { npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' });

/** Runs a command; resolves to its exit code and output (never rejects). */
function run(command, args, { cwd, timeout }) {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, timeout, env: npmEnv, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : `${error.code ?? ''} ${error.signal ?? ''}`.trim() || 1) : 0;
      resolve({ code, stdout, stderr, output: `${stdout}\n${stderr}`.trim() });
    });
  });
}

/** Every file under `dir`, relative to it, with `/` separators. */
function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath ?? entry.path, entry.name)).split(sep).join('/'));
}

/**
 * The names of the packages installing `name` into `app` brings: its dependencies (optional and
 * peer ones too, when installed) and theirs, each found in the installed tree as Node finds it
 * (the nearest `node_modules` up from the dependant).
 */
function installedDependencies(app, name) {
  /** Installed folder → package name. */
  const found = new Map();
  const visit = (dir) => {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const required = Object.keys(pkg.dependencies ?? {});
    for (const dep of new Set([...required, ...Object.keys(pkg.optionalDependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})])) {
      const candidates = [];
      for (let up = dir; ; up = dirname(up)) {
        if (basename(up) !== 'node_modules') candidates.push(join(up, 'node_modules', dep));
        if (up === app || up === dirname(up)) break;
      }
      const at = candidates.find((candidate) => existsSync(join(candidate, 'package.json')));
      if (!at) {
        assert.ok(!required.includes(dep), `${dep}, a dependency of ${pkg.name}, is installed`);
        continue;
      }
      if (found.has(at)) continue;
      found.set(at, dep);
      visit(at);
    }
  };
  visit(join(app, 'node_modules', name));
  return new Set(found.values());
}

function write(file, text) {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
}

/** The Vue component, exactly as docs/embedding.md shows it ("Vue 3"). */
const VUE_APP = `<script setup lang="ts">
import type {} from '@service-forms/elements/vue';
import '@service-forms/elements/form';
import type { SfSubmittedEvent } from '@service-forms/elements';

function onSubmitted(event: SfSubmittedEvent) {
  console.log(event.receipt.reference);
}
</script>

<template>
  <main>
    <sf-form src="/forms/service-feedback" endpoint="/api/submissions" :no-history="true" @sf-submitted="onSubmitted" />
  </main>
</template>
`;

const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

describe('the packed packages, installed into a fresh app and built', { timeout: 600_000 }, () => {
  /** The temporary folders: the tarballs, and the app. */
  let tarballs;
  let app;
  /** Package name → tarball file name, filled by the first test. */
  const packed = new Map();
  let installed = false;
  const needsInstall = () => assert.ok(installed, 'the app was not installed (see the failure above)');
  const tsc = (args, cwd) => run(process.execPath, [join(app, 'node_modules/typescript/bin/tsc'), ...args], { cwd, timeout: 120_000 });

  before(() => {
    tarballs = realpathSync(mkdtempSync(join(tmpdir(), 'sf-tarballs-')));
    app = realpathSync(mkdtempSync(join(tmpdir(), 'sf-app-')));
    for (const dir of [tarballs, app]) assert.ok(relative(root, dir).startsWith('..'), `${dir} is outside the repository`);
  });
  after(() => {
    for (const dir of [tarballs, app]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('npm pack writes a tarball of every publishable package', { timeout: 180_000 }, async () => {
    assert.equal(packages.length, 5, packages.map(({ pkg }) => pkg.name).join(', '));
    for (const { dir, pkg } of packages) {
      const result = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', tarballs], { cwd: join(root, dir), timeout: 60_000 });
      assert.equal(result.code, 0, `npm pack in ${dir}: ${result.stderr}`);
      const [report] = JSON.parse(result.stdout);
      assert.equal(report.name, pkg.name);
      assert.ok(existsSync(join(tarballs, report.filename)), `${report.filename} written`);
      packed.set(pkg.name, report.filename);
    }
  });

  it('npm install puts the tarballs and the tools into the app', { timeout: 240_000 }, async () => {
    assert.equal(packed.size, packages.length, 'every package was packed (see the failure above)');
    const pins = { ...rootPackage.dependencies, ...rootPackage.devDependencies };
    const tools = Object.fromEntries(TOOLS.map((name) => [name, pins[name]]));
    for (const [name, version] of Object.entries(tools)) assert.match(version ?? '', /^\d+\.\d+\.\d+$/, `the root package.json pins ${name} exactly`);
    const dependencies = Object.fromEntries([...packed].map(([name, file]) => [name, `file:${join(tarballs, file)}`]));
    write(join(app, 'package.json'), json({ name: 'sf-install-test-app', private: true, type: 'module', dependencies: { ...dependencies, ...tools } }));
    const result = await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-update-notifier'], { cwd: app, timeout: 180_000 });
    assert.equal(result.code, 0, `npm install: ${result.output.slice(-3000)}`);
    for (const name of [...packed.keys(), ...TOOLS]) assert.ok(existsSync(join(app, 'node_modules', name, 'package.json')), `${name} installed`);
    // One copy of each of our packages, the tarball's: no second one fetched for a dependency range.
    const lock = JSON.parse(readFileSync(join(app, 'package-lock.json'), 'utf8'));
    for (const name of packed.keys()) {
      const copies = Object.keys(lock.packages).filter((path) => path.endsWith(`node_modules/${name}`));
      assert.deepEqual(copies, [`node_modules/${name}`], `one copy of ${name}`);
    }
    installed = true;
  });

  // Decision 0011, "Where reading a served page lives": the browser elements read a served page
  // with core's code, so what installing them brings (their dependencies and theirs, as npm put
  // them in the app's node_modules) has no server renderer: no @service-forms/html, no
  // @lit-labs/ssr. The app has both (it installed @service-forms/html), so the walk can see them.
  it('what @service-forms/elements brings into the installed tree has neither @service-forms/html nor @lit-labs/ssr', () => {
    needsInstall();
    const brings = installedDependencies(app, '@service-forms/elements');
    for (const name of ['@service-forms/core', '@service-forms/adapters', 'lit', '@lit/localize', 'zod', 'tslib']) assert.ok(brings.has(name), `${name} is among what it brings`);
    for (const name of ['@service-forms/html', '@lit-labs/ssr']) assert.ok(!brings.has(name), `${name} is not among what it brings: ${[...brings].sort().join(', ')}`);
    assert.ok(installedDependencies(app, '@service-forms/html').has('@lit-labs/ssr'), 'the walk finds @lit-labs/ssr under @service-forms/html');
  });

  describe('a Vite + TypeScript page', () => {
    let dir;
    before(() => {
      if (!app) return;
      dir = join(app, 'vite');
      write(join(dir, 'index.html'), `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>Feedback</title></head>
  <body>
    <sf-form endpoint="/api/submissions"></sf-form>
    <script type="module" src="/src/main.ts"></script>
  </body>
</html>
`);
      write(join(dir, 'src/main.ts'), `import '@service-forms/elements/form';
import type { FormDefinition } from '@service-forms/core';
import type { SfSubmittedEvent } from '@service-forms/elements';

const definition: FormDefinition = {
  id: 'feedback',
  version: '1.0.0',
  locales: ['en'],
  title: { en: 'Give feedback' },
  pages: [
    {
      id: 'comments',
      title: { en: 'Your feedback' },
      fields: [{ type: 'textarea', name: 'comments', required: true, label: { en: 'What could we do better?' } }],
    },
  ],
};

const form = document.querySelector('sf-form')!;
form.definition = definition;
form.addEventListener('sf-submitted', (event) => {
  const submitted: SfSubmittedEvent = event;
  console.log(submitted.receipt.reference.toUpperCase());
});
`);
      write(join(dir, 'tsconfig.json'), json({
        compilerOptions: {
          target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          strict: true, noEmit: true, isolatedModules: true, verbatimModuleSyntax: true, skipLibCheck: false, types: [],
        },
        include: ['src'],
      }));
    });

    it('tsc --noEmit passes', { timeout: 120_000 }, async () => {
      needsInstall();
      const result = await tsc(['-p', 'tsconfig.json'], dir);
      assert.equal(result.code, 0, result.output);
    });

    it('vite build writes the sf-form definition, with the lazy modules as chunks of their own', { timeout: 120_000 }, async () => {
      needsInstall();
      const result = await run(process.execPath, [join(app, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: dir, timeout: 120_000 });
      assert.equal(result.code, 0, result.output);
      const out = join(dir, 'dist');
      const html = readFileSync(join(out, 'index.html'), 'utf8');
      const entry = /<script type="module"[^>]* src="\/([^"]+\.js)"/.exec(html)?.[1];
      assert.ok(entry, `index.html loads a script: ${html}`);
      const entryCode = readFileSync(join(out, entry), 'utf8');
      // `defineElement('sf-form', SfForm)`, minified; `customElements.define` itself is in a shared chunk.
      assert.match(entryCode, /\(\s*["'`]sf-form["'`]\s*,\s*[\w$]+\s*\)/, 'the entry defines sf-form');
      const chunks = filesUnder(out).filter((file) => file.endsWith('.js') && file !== entry);
      assert.ok(
        [entry, ...chunks].some((file) => /customElements\.define\(/.test(readFileSync(join(out, file), 'utf8'))),
        'the built JS calls customElements.define',
      );
      const imported = [...entryCode.matchAll(/import\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g)].map((match) => match[1]);
      assert.ok(imported.length >= 3, `the entry imports its lazy chunks (${imported.join(', ') || 'none'})`);
      for (const chunk of imported) assert.ok(chunks.includes(`${entry.split('/').slice(0, -1).join('/')}/${chunk}`), `${chunk} is a file of its own`);
      for (const name of ['form-ending', 'form-services']) {
        assert.ok(chunks.some((file) => file.split('/').pop().startsWith(`${name}-`)), `${name} is a chunk of its own (${chunks.join(', ')})`);
      }
    });
  });

  describe('a React 19 app', () => {
    let dir;
    const config = (files) =>
      json({
        compilerOptions: {
          target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2023', 'DOM', 'DOM.Iterable'], jsx: 'react-jsx',
          strict: true, noEmit: true, isolatedModules: true, verbatimModuleSyntax: true, skipLibCheck: false, types: [],
        },
        files,
      });
    before(() => {
      if (!app) return;
      dir = join(app, 'react');
      write(join(dir, 'src/App.tsx'), `import type {} from '@service-forms/elements/react';
import '@service-forms/elements/form';

export function App() {
  return (
    <main>
      <sf-form src="/forms/service-feedback" endpoint="/api/submissions" onsf-submitted={(event) => console.log(event.receipt.reference)} />
    </main>
  );
}
`);
      write(join(dir, 'src/main.tsx'), `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
`);
      write(join(dir, 'tsconfig.json'), config(['src/main.tsx', 'src/App.tsx']));
      write(join(dir, 'wrong/Wrong.tsx'), `import type {} from '@service-forms/elements/react';

export const wrong = <sf-form noHistory="yes" />;
`);
      write(join(dir, 'wrong/tsconfig.json'), config(['Wrong.tsx']));
    });

    it('tsc -b passes, with the real React types', { timeout: 120_000 }, async () => {
      needsInstall();
      assert.ok(existsSync(join(app, 'node_modules/@types/react/index.d.ts')), '@types/react installed');
      const result = await tsc(['-b'], dir);
      assert.equal(result.code, 0, result.output);
    });

    it('tsc -b fails on a wrongly typed property, naming it', { timeout: 120_000 }, async () => {
      needsInstall();
      const result = await tsc(['-b', '--pretty', 'false'], join(dir, 'wrong'));
      assert.notEqual(result.code, 0, 'tsc accepted noHistory="yes"');
      assert.match(result.output, /Wrong\.tsx\(3,\d+\): error TS2322: Type 'string' is not assignable to type 'boolean/, result.output);
    });
  });

  describe('a Vue 3 app', () => {
    let dir;
    it('docs/embedding.md shows the component this test compiles', () => {
      assert.ok(readFileSync(join(root, 'docs/embedding.md'), 'utf8').includes(VUE_APP.trimEnd()));
    });
    const config = (include) =>
      json({
        compilerOptions: {
          target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          strict: true, noEmit: true, isolatedModules: true, verbatimModuleSyntax: true, skipLibCheck: false, types: [],
        },
        include,
      });
    const vueTsc = (cwd) => run(process.execPath, [join(app, 'node_modules/vue-tsc/bin/vue-tsc.js'), '--noEmit', '-p', 'tsconfig.json', '--pretty', 'false'], { cwd, timeout: 120_000 });
    before(() => {
      if (!app) return;
      dir = join(app, 'vue');
      write(join(dir, 'src/App.vue'), VUE_APP);
      write(join(dir, 'src/main.ts'), `import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
`);
      write(join(dir, 'src/env.d.ts'), `declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
`);
      write(join(dir, 'tsconfig.json'), config(['src/**/*.ts', 'src/**/*.vue']));
      write(join(dir, 'wrong/Wrong.vue'), `<script setup lang="ts">
import type {} from '@service-forms/elements/vue';
</script>

<template>
  <sf-form :no-history="'yes'" />
</template>
`);
      write(join(dir, 'wrong/tsconfig.json'), config(['*.vue']));
    });

    it('vue-tsc passes, with the real Vue types', { timeout: 120_000 }, async () => {
      needsInstall();
      assert.ok(existsSync(join(app, 'node_modules/vue/dist/vue.d.ts')), 'vue installed');
      const result = await vueTsc(dir);
      assert.equal(result.code, 0, result.output);
    });

    it('vue-tsc fails on a wrongly typed property, naming it', { timeout: 120_000 }, async () => {
      needsInstall();
      const result = await vueTsc(join(dir, 'wrong'));
      assert.notEqual(result.code, 0, 'vue-tsc accepted :no-history="\'yes\'"');
      assert.match(result.output, /Wrong\.vue\(6,\d+\): error TS2322: Type 'string' is not assignable to type 'boolean/, result.output);
    });
  });

  it('the commands the packages install answer --help through npx', { timeout: 120_000 }, async () => {
    needsInstall();
    for (const command of COMMANDS) {
      assert.ok(existsSync(join(app, 'node_modules/.bin', command)), `node_modules/.bin/${command}`);
      const result = await run('npx', ['--no', '--', command, '--help'], { cwd: app, timeout: 60_000 });
      assert.equal(result.code, 0, `npx ${command} --help: ${result.output}`);
      assert.match(result.stdout, new RegExp(`^usage: ${command} `), `npx ${command} --help prints its usage`);
    }
  });
});
