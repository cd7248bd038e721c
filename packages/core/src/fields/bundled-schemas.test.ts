import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

// core is `"sideEffects": false`, so a bundler keeps only the modules an entry's imports reach.
// Nested field lists must reach the schema of every field through imports, not through a
// module that registers it at import time and that the bundler may drop (issue 12, part 4).
const CORE = fileURLToPath(new URL('../..', import.meta.url));

/** Bundles `import { <name> } from '@service-forms/core'` with esbuild (from source) and loads it. */
async function bundleOnly(name: string): Promise<{ schema: { safeParse(input: unknown): { success: boolean } }; code: string }> {
  const result = await build({
    stdin: { contents: `export { ${name} as schema } from '@service-forms/core';`, resolveDir: CORE, loader: 'js' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    conditions: ['source'],
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  const module = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as { schema: { safeParse(input: unknown): { success: boolean } } };
  return { schema: module.schema, code };
}

const text = (en: string) => ({ en });
const fieldset = {
  type: 'fieldset',
  name: 'address',
  label: text('Address'),
  fields: [
    { type: 'text', name: 'street', label: text('Street') },
    { type: 'radios', name: 'kind', label: text('Kind'), options: [{ value: 'a', label: text('A') }, { value: 'b', label: text('B'), reveals: [{ type: 'text', name: 'other', label: text('Other') }] }] },
  ],
};

describe('one schema imported alone into a bundle', () => {
  it('fieldSchema parses a fieldset with nested fields, without the definition schema in the bundle', { timeout: 30_000 }, async () => {
    const { schema, code } = await bundleOnly('fieldSchema');
    assert.doesNotMatch(code, /formDefinitionSchema/, 'the bundle is tree-shaken to the field schema');
    assert.equal(schema.safeParse(fieldset).success, true);
    assert.equal(schema.safeParse({ ...fieldset, fields: [{ type: 'text', name: 'street' }] }).success, false, 'nested fields are checked');
    assert.equal(schema.safeParse({ ...fieldset, fields: [] }).success, false);
  });

  it('fieldsetFieldSchema, repeatableFieldSchema and radiosFieldSchema parse their nested fields', { timeout: 30_000 }, async () => {
    const fieldsetOnly = await bundleOnly('fieldsetFieldSchema');
    assert.equal(fieldsetOnly.schema.safeParse(fieldset).success, true);
    assert.equal(fieldsetOnly.schema.safeParse({ ...fieldset, fields: [{ type: 'nope', name: 'x', label: text('X') }] }).success, false);

    const repeatableOnly = await bundleOnly('repeatableFieldSchema');
    assert.equal(repeatableOnly.schema.safeParse({ type: 'repeatable', name: 'members', label: text('Members'), itemLabel: text('Member'), fields: [fieldset] }).success, true);

    const radiosOnly = await bundleOnly('radiosFieldSchema');
    assert.equal(radiosOnly.schema.safeParse(fieldset.fields[1]).success, true);
  });
});
