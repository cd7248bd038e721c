import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DefinitionError, assertDefinition, formatPath, parseDefinition } from './parse-definition.js';
import { FIELD_TYPES } from '../fields/field-registry.js';

const example = JSON.parse(readFileSync(new URL('../../../../examples/forms/job-seeker.json', import.meta.url), 'utf8'));
const clone = () => structuredClone(example);

function problemsOf(input: unknown) {
  const result = parseDefinition(input);
  assert.equal(result.ok, false, 'the definition must be refused');
  return result.ok ? [] : result.problems;
}

describe('parseDefinition', () => {
  it('accepts the example job-seeker definition', () => {
    const result = parseDefinition(example);
    assert.equal(result.ok, true);
    assert.equal(result.ok && result.definition.pages[0]!.fields.length, 4);
  });

  it('names the path of an unknown field type', () => {
    const def = clone();
    def.pages[0].fields[2].type = 'datetime';
    const problems = problemsOf(def);
    assert.deepEqual(problems.map((p) => p.path), ['pages[0].fields[2].type']);
    // Lists every field type the format knows, whatever their order.
    const listed = [...problems[0]!.message.matchAll(/"([a-z-]+)"/g)].map((m) => m[1]);
    assert.match(problems[0]!.message, /^must be one of "/);
    assert.deepEqual(listed.sort(), [...FIELD_TYPES].sort());
  });

  it('accepts analytics.region naming a select or radios field (the job seeker\'s region)', () => {
    assert.equal(example.analytics.region, 'region');
    const def = clone();
    def.analytics.region = 'hasDisability';
    assert.equal(parseDefinition(def).ok, true);
  });

  it('names analytics.region when it is no field, a field of another type, or a field inside a repeatable', () => {
    const def = clone();
    def.analytics.region = 'oblast';
    assert.deepEqual(problemsOf(def), [{ path: 'analytics.region', message: 'names "oblast", which is not a field of this form (a field inside a repeatable\'s items cannot be the region)' }]);
    def.analytics.region = 'iin';
    assert.deepEqual(problemsOf(def), [{ path: 'analytics.region', message: 'names "iin", a text field: the region must be a select or radios field' }]);
    def.analytics.region = 'level';
    assert.match(problemsOf(def)[0]!.message, /not a field of this form/, 'a radios field of a repeatable\'s items');
    def.analytics = { region: 'region', city: 'x' };
    assert.deepEqual(problemsOf(def), [{ path: 'analytics', message: 'has unknown key "city"' }]);
  });

  it('names a missing required key', () => {
    const def = clone();
    delete def.pages[0].fields[1].label;
    assert.deepEqual(problemsOf(def), [{ path: 'pages[0].fields[1].label', message: 'is required (record)' }]);
  });

  it('names a misspelt key instead of ignoring it', () => {
    const def = clone();
    def.pages[0].fields[0].requried = true;
    assert.deepEqual(problemsOf(def), [{ path: 'pages[0].fields[0]', message: 'has unknown key "requried"' }]);
  });

  it('names a wrong type and a bad version together', () => {
    const def = clone();
    def.version = 'one';
    def.pages[0].fields[1].maxLength = '100';
    assert.deepEqual(problemsOf(def), [
      { path: 'version', message: 'must be a version like 1.0.0' },
      { path: 'pages[0].fields[1].maxLength', message: 'must be number' },
    ]);
  });

  it('names text missing a declared locale', () => {
    const def = clone();
    assert.deepEqual(def.locales, ['en', 'kk', 'ru']);
    delete def.pages[0].title.kk;
    delete def.pages[0].fields[3].options[1].label.ru;
    const problems = problemsOf(def);
    assert.deepEqual(problems, [
      { path: 'pages[0].title', message: 'has no "kk" text (the form declares "en", "kk", "ru")' },
      { path: 'pages[0].fields[3].options[1].label', message: 'has no "ru" text (the form declares "en", "kk", "ru")' },
    ]);
  });

  it('names repeated field names and option values', () => {
    const def = clone();
    def.pages[0].fields[1].name = 'iin';
    def.pages[0].fields[3].options[1].value = 'yes';
    assert.deepEqual(problemsOf(def), [
      { path: 'pages[0].fields[1].name', message: 'repeats the field name "iin" of pages[0].fields[0]' },
      { path: 'pages[0].fields[3].options[1].value', message: 'repeats the option value "yes"' },
    ]);
  });

  it('refuses something that is not an object at all', () => {
    assert.deepEqual(problemsOf('not json'), [{ path: '(definition)', message: 'must be object' }]);
    assert.deepEqual(problemsOf([]), [{ path: '(definition)', message: 'must be object' }]);
  });

  it('throws a DefinitionError listing every path from assertDefinition', () => {
    const def = clone();
    def.pages[0].fields[2].type = 'datetime';
    assert.throws(() => assertDefinition(def), (error: unknown) => {
      assert.ok(error instanceof DefinitionError);
      assert.match(error.message, /pages\[0\]\.fields\[2\]\.type: must be one of/);
      return true;
    });
  });

  it('formats paths the way authors write them', () => {
    assert.equal(formatPath(['pages', 1, 'fields', 3, 'type']), 'pages[1].fields[3].type');
  });
});
