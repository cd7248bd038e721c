// custom-elements.json is generated from the elements' JSDoc (scripts/element-manifest.mjs) and
// shipped in @service-forms/elements: it must be current, cover every `sf-` element the source
// defines, and describe each one's attributes, properties, events, slots, parts and custom properties.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

const elementsDir = new URL('../../packages/elements/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', elementsDir), 'utf8'));
const packageJson = JSON.parse(readFileSync(new URL('package.json', elementsDir), 'utf8'));

/** Every non-test source file of the elements package, path relative to packages/elements/src. */
const sources = readdirSync(new URL('src/', elementsDir), { recursive: true })
  .map((name) => String(name).split('\\').join('/'))
  .filter((path) => path.endsWith('.ts') && !path.endsWith('.test.ts'));

/** Tags the source defines: `defineElement('sf-…', Class)`, with the file that does it. */
const defined = new Map();
for (const path of sources) {
  const text = readFileSync(new URL(`src/${path}`, elementsDir), 'utf8');
  for (const match of text.matchAll(/defineElement\('(sf-[a-z-]+)'/g)) defined.set(match[1], path);
}

const declarations = manifest.modules.flatMap((module) => (module.declarations ?? []).map((declaration) => ({ ...declaration, path: module.path })));
const element = (tag) => {
  const found = declarations.find((declaration) => declaration.customElement && declaration.tagName === tag);
  assert.ok(found, `${tag} is in custom-elements.json`);
  return found;
};

describe('custom-elements.json', () => {
  it('is up to date with the JSDoc in packages/elements/src', () => {
    const run = spawnSync(process.execPath, ['scripts/element-manifest.mjs', '--check'], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
  });

  it('is shipped: the customElements field, an export and the files list point at it', () => {
    assert.equal(packageJson.customElements, 'custom-elements.json');
    assert.equal(packageJson.exports['./custom-elements.json'], './custom-elements.json');
    assert.ok(packageJson.files.includes('custom-elements.json'));
    assert.equal(manifest.schemaVersion, '1.0.0');
  });

  it('has every sf- element the source defines, each described, from the file that defines it', () => {
    assert.equal(defined.size, 15, [...defined.keys()].join(' '));
    for (const [tag, path] of defined) {
      const declaration = element(tag);
      assert.equal(declaration.path, `dist/${path.replace(/\.ts$/, '.js')}`, tag);
      assert.ok(declaration.description?.trim(), `${tag} has a description`);
    }
    const tags = declarations.filter((declaration) => declaration.customElement && declaration.tagName).map((declaration) => declaration.tagName);
    assert.deepEqual(tags.sort(), [...defined.keys()].sort());
  });

  it('describes every public attribute, property, method, event, slot, part and custom property', () => {
    const gaps = [];
    for (const tag of defined.keys()) {
      const declaration = element(tag);
      const lists = {
        attribute: declaration.attributes,
        member: declaration.members,
        event: declaration.events,
        slot: declaration.slots,
        part: declaration.cssParts,
        'custom property': declaration.cssProperties,
      };
      for (const [kind, list] of Object.entries(lists)) {
        for (const item of list ?? []) {
          if (item.privacy === 'private' || item.privacy === 'protected') gaps.push(`${tag}: ${kind} ${item.name} is ${item.privacy}`);
          if (!item.description?.trim()) gaps.push(`${tag}: ${kind} ${item.name || '(default)'} has no description`);
          if (kind === 'event' && !item.name) gaps.push(`${tag}: an event has no name`);
        }
      }
    }
    assert.deepEqual(gaps, []);
  });

  it('lists every custom property an element\'s styles read', () => {
    const read = (file) => readFileSync(new URL(`src/${file}`, elementsDir), 'utf8');
    const resolve = (from, specifier) => new URL(`src/${from}${specifier}.ts`, elementsDir).pathname.split('/src/').pop();
    const folderOf = (file) => file.slice(0, file.lastIndexOf('/') + 1);
    /** The text of one exported css block of a shared style module (`export const name = css\`…\``). */
    const block = (file, name) => {
      const text = read(file);
      const start = text.indexOf(`export const ${name} = css\``);
      assert.ok(start >= 0, `${file} exports ${name} as a css block`);
      return text.slice(start, text.indexOf('`;', start));
    };
    /** A style module's text and, followed, the shared blocks it imports by name. */
    const styleText = (file) => {
      const text = read(file);
      const shared = [...text.matchAll(/import \{([^}]*)\} from '(\.{1,2}\/[^']*styles)\.js'/g)].flatMap((match) =>
        match[1].split(',').map((name) => block(resolve(folderOf(file), match[2]), name.trim())),
      );
      return [text, ...shared].join('\n');
    };
    const missing = [];
    for (const [tag, path] of defined) {
      // The style modules the element imports: its own (with the shared blocks they import by
      // name), and for a FormControl the shared field and choice styles (whose properties
      // FormControl's JSDoc lists and every control inherits).
      const folder = folderOf(path);
      const source = read(path);
      const isControl = ['FormControl', 'ValueControl'].includes(element(tag).superclass?.name);
      const imports = [...source.matchAll(/import \{([^}]*)\} from '(\.{1,2}\/[^']*styles)\.js'/g)].map((match) => ({ names: match[1].split(',').map((name) => name.trim()), file: resolve(folder, match[2]) }));
      const texts = imports.flatMap(({ names, file }) => (file.startsWith(folder) ? [styleText(file)] : isControl ? names.map((name) => block(file, name)) : []));
      assert.ok(texts.length > 0, `${tag} imports its styles`);
      const used = new Set(texts.flatMap((text) => [...text.matchAll(/var\((--sf-[a-z0-9-]+)/g)].map((match) => match[1])));
      const documented = new Set((element(tag).cssProperties ?? []).map((property) => property.name));
      for (const name of used) if (!documented.has(name)) missing.push(`${tag}: ${name}`);
    }
    assert.deepEqual(missing, []);
  });

  it("sf-form passes up every part of the controls it renders (FIELD_PARTS lists each control's @csspart)", () => {
    // FIELD_PARTS (form/field-renderers.ts) is kept in step with the controls' JSDoc by hand: a
    // part a control documents but sf-form does not export cannot be styled inside a form.
    const renderers = readFileSync(new URL('src/form/field-renderers.ts', elementsDir), 'utf8');
    const listed = renderers.match(/export const FIELD_PARTS =\s*'([^']*)'/)?.[1];
    assert.ok(listed, 'FIELD_PARTS is a string literal in field-renderers.ts');
    const exported = new Set(listed.split(',').map((part) => part.trim()));
    const rendered = new Set([...renderers.matchAll(/<(sf-[a-z-]+)/g)].map((match) => match[1]));
    assert.ok(rendered.size >= 11, [...rendered].join(' '));
    const missing = [];
    for (const tag of rendered) {
      for (const part of element(tag).cssParts ?? []) if (!exported.has(part.name)) missing.push(`${tag}: ${part.name}`);
    }
    assert.deepEqual(missing, []);
  });

  it('sf-form: its five events, with their event classes', () => {
    const events = element('sf-form').events.map((event) => [event.name, event.type?.text]);
    assert.deepEqual(events, [
      ['sf-page-change', 'SfPageChangeEvent'],
      ['sf-submit', 'SfSubmitEvent'],
      ['sf-submitted', 'SfSubmittedEvent'],
      ['sf-submit-error', 'SfSubmitErrorEvent'],
      ['sf-definition-error', 'SfDefinitionErrorEvent'],
    ]);
    const properties = Object.fromEntries(element('sf-form').members.map((member) => [member.name, member.type?.text]));
    assert.equal(properties.definition, 'FormDefinition | undefined');
    assert.equal(properties.adapter, 'SubmissionAdapter | undefined');
  });

  it('sf-text-field: name, label, hint, required and format attributes, with their properties', () => {
    const attributes = Object.fromEntries(element('sf-text-field').attributes.map((attribute) => [attribute.name, attribute]));
    const expected = { name: 'string', label: 'string', hint: 'string', required: 'boolean', format: 'TextFieldFormat' };
    for (const [name, type] of Object.entries(expected)) {
      assert.ok(attributes[name], `attribute ${name}`);
      assert.equal(attributes[name].fieldName, name);
      assert.equal(attributes[name].type?.text, type, `type of ${name}`);
    }
    assert.equal(attributes.name.inheritedFrom?.name, 'FormControl');
    assert.equal(attributes.format.default, "'text'");
    assert.match(attributes.format.description, /`iin` or `bin`/);
  });

  it('sf-language-switch: parts list and option, the sf-locale-change event', () => {
    const declaration = element('sf-language-switch');
    assert.deepEqual(
      declaration.cssParts.map((part) => part.name),
      ['list', 'option'],
    );
    assert.deepEqual(
      declaration.events.map((event) => [event.name, event.type?.text]),
      [['sf-locale-change', 'SfLocaleChangeEvent']],
    );
    assert.deepEqual(
      declaration.attributes.map((attribute) => attribute.name),
      ['locales'],
    );
  });
});
