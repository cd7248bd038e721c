// Writes packages/core/definition.schema.json, the JSON Schema of the form-definition format,
// from core's zod schema (the one source of both), so editors can autocomplete definitions
// and CI can lint them. Runs after `tsc -b` (it reads packages/core/dist).
// `--check` fails when the committed file differs from what the schema says now.
import { readFileSync, writeFileSync } from 'node:fs';
import process from 'node:process';
import { definitionJsonSchema } from '../packages/core/dist/definition/json-schema.js';

const file = new URL('../packages/core/definition.schema.json', import.meta.url);
// Names and descriptions of every $defs entry and property come from core's metadata registry
// (packages/core/src/definition/json-schema.ts); `$id` is the repository's address.
const schema = definitionJsonSchema();
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
