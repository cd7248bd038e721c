import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { DEFINITION_SCHEMA_ID, definitionJsonSchema, definitionSchemaMetadata } from './json-schema.js';
import { parseDefinition } from './parse-definition.js';

/**
 * definition.schema.json, the JSON Schema editors read (issue 18, "Definition authors"): every
 * `$defs` entry and every property, wherever it is, has a description; the committed file is
 * what the zod schema and its metadata generate; the example forms point `$schema` at it.
 */

const SCHEMA_FILE = fileURLToPath(new URL('../../definition.schema.json', import.meta.url));
const FORMS = fileURLToPath(new URL('../../../../examples/forms/', import.meta.url));

type Json = Record<string, unknown>;

/** Every object property in the schema, wherever it is, as `path → property schema`. */
function properties(node: unknown, path = '#'): [string, Json][] {
  if (Array.isArray(node)) return node.flatMap((each, i) => properties(each, `${path}/${i}`));
  if (!node || typeof node !== 'object') return [];
  const object = node as Json;
  const own = Object.entries((object.properties as Record<string, Json> | undefined) ?? {}).map(([key, value]): [string, Json] => [`${path}/properties/${key}`, value]);
  return [...own, ...Object.entries(object).flatMap(([key, value]) => properties(value, `${path}/${key}`))];
}

describe('definition.schema.json', () => {
  const schema = definitionJsonSchema();

  it('has a real $id, a title and a description', () => {
    assert.equal(schema.$id, DEFINITION_SCHEMA_ID);
    assert.match(DEFINITION_SCHEMA_ID, /^https:\/\/[^/]+\/service-forms\/service-forms\/.*definition\.schema\.json$/);
    assert.doesNotMatch(DEFINITION_SCHEMA_ID, /\.example\//);
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.ok(schema.title && schema.description);
  });

  it('describes every $defs entry, each with a name, not a generated __schemaN', () => {
    const defs = Object.entries(schema.$defs as Record<string, Json>);
    assert.ok(defs.length >= 25, `${defs.length} $defs`);
    assert.deepEqual(defs.filter(([name]) => !/^[A-Z][A-Za-z]+$/.test(name)).map(([name]) => name), []);
    assert.deepEqual(defs.filter(([, def]) => typeof def.description !== 'string' || def.description.length < 10).map(([name]) => name), []);
  });

  it('describes every property of every object, wherever it is', () => {
    const all = properties(schema);
    assert.ok(all.length >= 150, `${all.length} properties`);
    assert.deepEqual(all.filter(([, property]) => typeof property.description !== 'string' || property.description.length < 10).map(([path]) => path), []);
    // The generator's marks do not leak into the file.
    assert.doesNotMatch(JSON.stringify(schema), /x-property-notes/);
  });

  it('tells a key apart where it means something else (a page id, a fieldset name, an age test)', () => {
    const defs = schema.$defs as Record<string, { properties: Record<string, Json> }>;
    const root = schema.properties as Record<string, Json>;
    assert.match(String(root.id!.description), /form's id/);
    assert.match(String(defs.Page!.properties.id!.description), /page's id/);
    assert.match(String(defs.FieldsetField!.properties.name!.description), /not an answer key/);
    assert.match(String(defs.AgeTest!.properties.lessThan!.description), /age/);
    assert.doesNotMatch(String(defs.FieldTest!.properties.lessThan!.description), /age/);
  });

  it('gives examples of every field type and the shared shapes, each valid for its schema', () => {
    const defs = schema.$defs as Record<string, Json>;
    const withExamples = Object.keys(defs).filter((name) => Array.isArray(defs[name]!.examples));
    for (const name of ['TextField', 'EmailField', 'TextareaField', 'NumberField', 'MoneyField', 'RadiosField', 'SelectField', 'CheckboxField', 'CheckboxesField', 'DateField', 'FileField', 'FieldsetField', 'RepeatableField', 'Page', 'Condition', 'LocalizedText']) {
      assert.ok(withExamples.includes(name), `${name} has examples`);
    }
    // Each example, as the editor inserts it, is accepted by the zod schema it documents.
    const registered = (definitionSchemaMetadata as unknown as { _idmap: Map<string, z.core.$ZodType> })._idmap;
    for (const name of withExamples) {
      const zodSchema = registered.get(name);
      assert.ok(zodSchema, `${name} is registered`);
      for (const example of defs[name]!.examples as unknown[]) {
        const result = z.safeParse(zodSchema, example);
        assert.ok(result.success, `${name} example ${JSON.stringify(example)}: ${result.error?.message}`);
      }
    }
    // And a wrong one is not (the check can fail).
    assert.equal(z.safeParse(registered.get('DateField')!, { type: 'date', name: 'x' }).success, false);
  });

  it('is the committed file (run `npm run build` and commit it when this fails)', () => {
    assert.equal(readFileSync(SCHEMA_FILE, 'utf8'), `${JSON.stringify(schema, null, 2)}\n`);
  });

  it('every example form points $schema at it, and the format accepts and ignores $schema', () => {
    const files = readdirSync(FORMS).filter((name) => name.endsWith('.json'));
    assert.equal(files.length, 5);
    for (const name of files) {
      const json = JSON.parse(readFileSync(join(FORMS, name), 'utf8')) as Json;
      assert.equal(typeof json.$schema, 'string', `${name} has $schema`);
      assert.equal(resolve(dirname(join(FORMS, name)), json.$schema as string), SCHEMA_FILE, `${name}'s $schema is the schema`);
      const result = parseDefinition(json);
      assert.ok(result.ok, `${name}: ${JSON.stringify(!result.ok && result.problems)}`);
    }
    // Any string is accepted; anything else is not.
    const definition = JSON.parse(readFileSync(join(FORMS, 'service-feedback.json'), 'utf8')) as Json;
    assert.ok(parseDefinition({ ...definition, $schema: DEFINITION_SCHEMA_ID }).ok);
    const { $schema: _dropped, ...without } = definition;
    assert.ok(parseDefinition(without).ok);
    const bad = parseDefinition({ ...definition, $schema: 42 });
    assert.ok(!bad.ok && bad.problems.some((problem) => problem.path === '$schema'), '$schema must be a string');
  });
});
