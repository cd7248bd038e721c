// Writes packages/elements/custom-elements.json, the Custom Elements Manifest of every `sf-`
// element (attributes, properties, events, slots, CSS parts and custom properties), from the
// JSDoc in packages/elements/src, with @custom-elements-manifest/analyzer in its LitElement mode
// (what `cem analyze --litelement` does). Editors, Storybook's docs pages and other tools read it.
// It then writes the React and Vue typings and the VS Code and JetBrains data made from the
// manifest (scripts/element-typings.mjs). `--check` fails when a committed file differs from what
// the source says now.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import process from 'node:process';
import { create, ts } from '@custom-elements-manifest/analyzer';
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';
import { typingsFiles } from './element-typings.mjs';

const root = fileURLToPath(new URL('../packages/elements/', import.meta.url));

/** Source modules, relative to packages/elements, sorted so the output does not depend on the file system. */
const paths = readdirSync(`${root}src`, { recursive: true })
  .map((name) => `src/${String(name).split('\\').join('/')}`)
  .filter((path) => path.endsWith('.ts') && !path.endsWith('.test.ts') && !path.endsWith('.d.ts'))
  // Generated translation tables (lit-localize): data, not API.
  .filter((path) => !path.startsWith('src/locales/'))
  .sort();

const modules = paths.map((path) => ts.createSourceFile(path, readFileSync(`${root}${path}`, 'utf8'), ts.ScriptTarget.ES2015, true));
const manifest = create({ modules, plugins: litPlugin(), context: { dev: false } });

for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    // The public API only: private and protected members are implementation (and would triple the file).
    if (declaration.members) declaration.members = declaration.members.filter((member) => member.privacy !== 'private' && member.privacy !== 'protected');
    if (declaration.events) declaration.events = mergeEvents(declaration.events);
  }
}
// Keep only the modules that declare or export something.
manifest.modules = manifest.modules.filter((module) => (module.declarations?.length ?? 0) > 0 || (module.exports?.length ?? 0) > 0);

// Which module defines which tag. The analyzer sees `customElements.define(tag, constructor)`
// inside `defineElement` (internal/define.ts) and records a definition of a tag named `tag` by a
// class named `constructor`; the elements' own `defineElement('sf-…', SfClass)` calls it does
// not read. Drop the misread entries and add one per element, in the module that declares it
// (which is also the module whose import defines it).
for (const module of manifest.modules) {
  if (module.exports) module.exports = module.exports.filter((entry) => entry.kind !== 'custom-element-definition');
  for (const declaration of module.declarations ?? []) {
    if (!declaration.customElement || !declaration.tagName) continue;
    (module.exports ??= []).push({
      kind: 'custom-element-definition',
      name: declaration.tagName,
      declaration: { name: declaration.name, module: module.path },
    });
  }
}

// Paths name the published JavaScript (`dist/form/form.js`, what the package's `exports`
// resolve to), not the TypeScript sources the analyzer read. The analyzer writes a reference to
// another module as the import said it (`./checkbox/checkbox.js`, `/src/internal/form-control.js`):
// resolve those against the module they are in first.
const toDist = (reference, from) => {
  let path = reference;
  if (path.startsWith('./') || path.startsWith('../')) path = posix.join(posix.dirname(from), path);
  else if (path.startsWith('/src/')) path = path.slice(1);
  const match = /^src\/(.*)\.(?:ts|js)$/.exec(path);
  return match ? `dist/${match[1]}.js` : reference;
};
for (const module of manifest.modules) {
  const from = module.path;
  (function rewrite(value) {
    if (Array.isArray(value)) return value.forEach(rewrite);
    if (!value || typeof value !== 'object') return;
    for (const [key, entry] of Object.entries(value)) {
      if ((key === 'path' || key === 'module') && typeof entry === 'string') value[key] = toDist(entry, from);
      else rewrite(entry);
    }
  })(module);
}

/**
 * The analyzer reads `this.dispatchEvent(new SfSubmittedEvent(receipt))` as an event named after
 * the constructor's first argument (`receipt`), or with no name at all. The real name is in the
 * class's `@event` JSDoc, whose description names the class in backticks: give that entry the type
 * and drop the misread one. Any other nameless event is an error (document it with `@event`).
 */
function mergeEvents(events) {
  const documented = events.filter((event) => event.description && event.name);
  const kept = [];
  for (const event of events) {
    const type = event.type?.text;
    const match = !event.description && type && documented.find((other) => other.description.includes(`\`${type}\``));
    if (match) {
      match.type ??= { text: type };
      continue;
    }
    if (!event.name) throw new Error(`an event of type ${type ?? 'unknown'} has no name: document it with @event`);
    kept.push(event);
  }
  return kept;
}
const text = `${JSON.stringify(manifest, null, 2)}\n`;
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
/** Every generated file, by path relative to packages/elements: the manifest, then what is made from it. */
const files = { 'custom-elements.json': text, ...typingsFiles(manifest, pkg) };

if (process.argv.includes('--check')) {
  const stale = Object.entries(files).filter(([path, content]) => {
    try {
      return readFileSync(`${root}${path}`, 'utf8') !== content;
    } catch {
      return true; // missing
    }
  });
  if (stale.length > 0) {
    console.error(`${stale.map(([path]) => `packages/elements/${path}`).join(', ')} out of date: run \`npm run build\` and commit.`);
    process.exit(1);
  }
  console.log('custom-elements.json and the typings made from it match the JSDoc in packages/elements/src');
} else {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(`${root}${path}`), { recursive: true });
    writeFileSync(`${root}${path}`, content);
  }
  const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName);
  console.log(`wrote packages/elements/custom-elements.json (${elements.length} elements, ${text.length} bytes) and ${Object.keys(files).slice(1).join(', ')}`);
}
