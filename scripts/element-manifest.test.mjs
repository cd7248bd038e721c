// `npm run test:pack` (after `npm run build`): the Custom Elements Manifest that
// scripts/element-manifest.mjs writes, as a tool that installed @service-forms/elements reads it.
// No export names the analyzer's misreading of `defineElement` (a tag `tag` defined by
// `constructor`); every element has a `custom-element-definition` export naming its tag, class and
// module; and every module path is a file in the package's tarball (`dist/…js`, not `src/…ts`).
// Then the editor and framework data made from it (scripts/element-typings.mjs): the VS Code and
// JetBrains files list every tag, and `tsc --noEmit` accepts a React TSX file and a Vue file that
// use every tag through the generated typings (and rejects a misspelt property or a wrongly typed
// handler). @types/react and vue are devDependencies of this repository, so the files compile
// against the real React and Vue types. (Without them installed, each falls back to minimal
// stand-ins of the few types the typings use: `DefineComponent`, `GlobalComponents`;
// `HTMLAttributes`, `DetailedHTMLProps`, `JSX.IntrinsicElements`.)
// scripts/install.test.mjs compiles a React app (tsc -b) and a Vue app (vue-tsc, single-file
// components) against the packed package as well.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
  it('lists the fifteen sf- elements', () => {
    assert.equal(elements.length, 15, elements.map(({ declaration }) => declaration.tagName).join(' '));
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

const tags = elements.map(({ declaration }) => declaration.tagName).sort();

describe('editor data made from the manifest', () => {
  it('vscode.html-custom-data.json lists every sf- tag', () => {
    const data = JSON.parse(readFileSync(join(elementsDir, 'vscode.html-custom-data.json'), 'utf8'));
    assert.equal(data.version, 1.1);
    assert.deepEqual(data.tags.map((tag) => tag.name).sort(), tags);
    const form = data.tags.find((tag) => tag.name === 'sf-form');
    assert.ok(form.attributes.some((attribute) => attribute.name === 'src'), 'sf-form lists its src attribute');
  });

  it('web-types.json lists every sf- tag, under the package\'s name', () => {
    const pkg = JSON.parse(readFileSync(join(elementsDir, 'package.json'), 'utf8'));
    const data = JSON.parse(readFileSync(join(elementsDir, 'web-types.json'), 'utf8'));
    assert.equal(data.name, pkg.name);
    assert.equal(data.version, pkg.version);
    assert.deepEqual(data.contributions.html.elements.map((element) => element.name).sort(), tags);
    assert.equal(pkg['web-types'], './web-types.json');
  });

  it('packs the typings and editor data, and exports them', { timeout: 60_000 }, async () => {
    const pkg = JSON.parse(readFileSync(join(elementsDir, 'package.json'), 'utf8'));
    const files = await packedFiles();
    for (const file of ['types/react.d.ts', 'types/vue.d.ts', 'vscode.html-custom-data.json', 'web-types.json']) assert.ok(files.has(file), `${file} is packed`);
    assert.deepEqual(pkg.exports['./react'], { types: './types/react.d.ts' });
    assert.deepEqual(pkg.exports['./vue'], { types: './types/vue.d.ts' });
  });
});

describe('framework typings made from the manifest', () => {
  let dir;
  const realReact = existsSync(join(root, 'node_modules/@types/react/index.d.ts'));
  const realVue = existsSync(join(root, 'node_modules/vue/dist/vue.d.ts'));
  const tsc = (project) =>
    new Promise((resolve) => {
      execFile(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', project], { cwd: dir, timeout: 120_000 }, (error, stdout) =>
        resolve({ code: error ? error.code : 0, stdout }),
      );
    });
  const config = (files, paths) => ({
    compilerOptions: {
      strict: true, noEmit: true, target: 'es2022', module: 'esnext', moduleResolution: 'bundler', jsx: 'react-jsx',
      lib: ['es2023', 'dom', 'dom.iterable'], types: [], skipLibCheck: false, paths,
    },
    files,
  });

  it('writes a React app and a Vue app that use every tag', () => {
    dir = mkdtempSync(join(tmpdir(), 'sf-typings-'));
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    mkdirSync(join(dir, 'shims/react'), { recursive: true });
    writeFileSync(join(dir, 'shims/react/index.d.ts'), `export type Key = string | number | bigint;
export interface RefObject<T> { current: T | null }
export type Ref<T> = RefObject<T> | ((instance: T | null) => void) | null;
export interface ClassAttributes<T> { key?: Key | null; ref?: Ref<T> }
export interface HTMLAttributes<T> { id?: string; className?: string; hidden?: boolean; lang?: string; title?: string; children?: unknown; onClick?: (event: { currentTarget: T }) => void }
export type DetailedHTMLProps<E extends HTMLAttributes<T>, T> = ClassAttributes<T> & E;
export namespace JSX {
  interface Element {}
  interface ElementChildrenAttribute { children: {} }
  interface IntrinsicAttributes { key?: Key | null }
  interface IntrinsicElements { main: HTMLAttributes<HTMLElement> }
}
`);
    writeFileSync(join(dir, 'shims/react/jsx-runtime.d.ts'), `import type { JSX as ReactJSX } from './index';
export namespace JSX {
  interface Element extends ReactJSX.Element {}
  interface ElementChildrenAttribute extends ReactJSX.ElementChildrenAttribute {}
  interface IntrinsicAttributes extends ReactJSX.IntrinsicAttributes {}
  interface IntrinsicElements extends ReactJSX.IntrinsicElements {}
}
export declare function jsx(type: unknown, props: unknown, key?: unknown): JSX.Element;
export declare const jsxs: typeof jsx;
export declare const Fragment: unique symbol;
`);
    writeFileSync(join(dir, 'shims/vue.d.ts'), `export interface GlobalComponents {}
export type DefineComponent<Props = {}> = new () => { $props: Props };
`);
    writeFileSync(join(dir, 'app.tsx'), `import type {} from '@service-forms/elements/react';
import type { FormDefinition } from '@service-forms/core';

declare const definition: FormDefinition;
export const every = [${tags.map((tag) => `<${tag} />`).join(', ')}];
export const form = (
  <main>
    <sf-form src="/forms/service-feedback" no-history />
    <sf-form
      definition={definition}
      drafts="off"
      onsf-submitted={(event) => event.receipt.reference.toUpperCase()}
      onsf-definition-error={(event) => event.problems.length}
    />
    <sf-text-field name="name" label="Full name" required ref={(element) => element?.focus()} />
  </main>
);
// @ts-expect-error sf-form has no property srcc
export const misspelt = <sf-form srcc="/forms/service-feedback" />;
// @ts-expect-error a handler of sf-submitted takes an SfSubmittedEvent
export const wrongHandler = <sf-form onsf-submitted={(event: { nope: true }) => event.nope} />;
`);
    writeFileSync(join(dir, 'app.vue.ts'), `import type {} from '@service-forms/elements/vue';
import type { GlobalComponents } from 'vue';

type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];
export const every: [${tags.map((tag) => `Props<'${tag}'>`).join(', ')}] = [${tags.map(() => '{}').join(', ')}];
export const form: Props<'sf-form'> = {
  src: '/forms/service-feedback',
  'no-history': true,
  onSfSubmitted: (event) => event.receipt.reference,
  onSfPageChange: (event) => event,
};
// @ts-expect-error sf-form has no property srcc
export const misspelt: Props<'sf-form'> = { srcc: '/forms/service-feedback' };
`);
    const reactPaths = realReact ? {} : { react: ['./shims/react/index.d.ts'], 'react/jsx-runtime': ['./shims/react/jsx-runtime.d.ts'] };
    writeFileSync(join(dir, 'tsconfig.react.json'), JSON.stringify(config(['app.tsx'], reactPaths)));
    writeFileSync(join(dir, 'tsconfig.vue.json'), JSON.stringify(config(['app.vue.ts'], realVue ? {} : { vue: ['./shims/vue.d.ts'] })));
  });

  it(`React 19 JSX: every sf- tag, its properties and onsf- handlers${realReact ? '' : ' (React type stand-ins)'}`, { timeout: 120_000 }, async () => {
    const result = await tsc('tsconfig.react.json');
    assert.equal(result.code, 0, result.stdout);
  });

  it(`Vue 3 GlobalComponents: every sf- tag, its properties and onSf handlers${realVue ? '' : ' (Vue type stand-ins)'}`, { timeout: 120_000 }, async () => {
    const result = await tsc('tsconfig.vue.json');
    assert.equal(result.code, 0, result.stdout);
  });
  after(() => dir && rmSync(dir, { recursive: true, force: true }));
});
