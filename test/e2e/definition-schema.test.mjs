// The published JSON Schema must say what core's zod schema says (it is generated from it).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

describe('definition.schema.json', () => {
  it('is up to date with the zod schema', () => {
    const run = spawnSync(process.execPath, ['scripts/definition-schema.mjs', '--check'], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
  });

  it('describes the format: pages of fields, every field type, conditions', () => {
    const schema = JSON.parse(readFileSync(new URL('../../packages/core/definition.schema.json', import.meta.url), 'utf8'));
    assert.deepEqual(schema.required, ['id', 'version', 'locales', 'title', 'pages']);
    const text = JSON.stringify(schema);
    for (const type of ['text', 'email', 'textarea', 'number', 'money', 'radios', 'select', 'checkbox', 'checkboxes', 'date', 'file', 'fieldset', 'repeatable']) {
      assert.ok(text.includes(`"const":"${type}"`), `field type ${type}`);
    }
    for (const key of ['showIf', 'ageOf', 'oneOf', 'reveals', 'whatHappensNext']) assert.ok(text.includes(`"${key}"`), key);
  });
});
