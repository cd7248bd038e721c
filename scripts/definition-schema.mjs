// Writes packages/core/definition.schema.json, the JSON Schema of the form-definition format,
// from core's zod schema (the one source of both), so editors can autocomplete definitions
// and CI can lint them. Runs after `tsc -b` (it reads packages/core/dist).
// `--check` fails when the committed file differs from what the schema says now.
import { readFileSync, writeFileSync } from 'node:fs';
import process from 'node:process';
import { toJSONSchema } from 'zod/mini';
import { formDefinitionSchema } from '../packages/core/dist/index.js';

const file = new URL('../packages/core/definition.schema.json', import.meta.url);
const schema = {
  ...toJSONSchema(formDefinitionSchema, { target: 'draft-2020-12', unrepresentable: 'any', cycles: 'ref', reused: 'ref' }),
  $id: 'https://service-forms.example/definition.schema.json',
  title: 'Service Forms definition',
  description: 'A form definition for <sf-form>: pages of fields, text per locale, conditions. See docs/definition-format.md.',
};
const text = `${JSON.stringify(schema, null, 2)}\n`;

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    // missing: reported below
  }
  if (current !== text) {
    console.error('packages/core/definition.schema.json is out of date: run `npm run build` and commit it.');
    process.exit(1);
  }
  console.log('definition.schema.json matches the zod schema');
} else {
  writeFileSync(file, text);
  console.log(`wrote packages/core/definition.schema.json (${text.length} bytes)`);
}
