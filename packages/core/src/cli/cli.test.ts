import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `service-forms validate` (cli.ts, the package's bin), run as a person runs it: a process with
 * files on its command line, judged by exit code, stdout and stderr. From source, the way
 * `npm run test:core` loads every module.
 */

const CLI = fileURLToPath(new URL('./cli.ts', import.meta.url));
const FORMS = fileURLToPath(new URL('../../../../examples/forms/', import.meta.url));
const SCHEMA = fileURLToPath(new URL('../../definition.schema.json', import.meta.url));
const EXAMPLES = ['job-seeker.json', 'labour-contract.json', 'large-family-benefit.json', 'service-feedback.json', 'social-assistance.json'];

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--conditions=source', '--import', 'tsx', CLI, ...args], { timeout: 30_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

describe('service-forms validate', () => {
  let dir: string;
  let broken: string;
  let notJson: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'sf-cli-'));
    // A copy of an example with a misspelt field type.
    const definition = JSON.parse(readFileSync(join(FORMS, 'service-feedback.json'), 'utf8'));
    definition.pages[0].fields[0].type = 'txt';
    broken = join(dir, 'broken.json');
    writeFileSync(broken, JSON.stringify(definition, null, 2));
    notJson = join(dir, 'not-json.json');
    writeFileSync(notJson, '{ "id": ');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 0 on the five example forms, naming each as valid', { timeout: 30_000 }, async () => {
    const result = await run('validate', ...EXAMPLES.map((file) => join(FORMS, file)));
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stderr, '');
    assert.deepEqual(result.stdout.trim().split('\n'), EXAMPLES.map((file) => `${join(FORMS, file)}: valid`));
  });

  it('takes a folder as its *.json files', { timeout: 30_000 }, async () => {
    const result = await run('validate', FORMS);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout.trim().split('\n').length, EXAMPLES.length);
  });

  it('exits 1 on a broken copy, naming the file and the path of the problem', { timeout: 30_000 }, async () => {
    const result = await run('validate', join(FORMS, 'job-seeker.json'), broken);
    assert.equal(result.code, 1);
    assert.match(result.stdout, /job-seeker\.json: valid/);
    const lines = result.stderr.trim().split('\n');
    assert.match(lines[0]!, new RegExp(`^${escape(broken)}: pages\\[0\\]\\.fields\\[0\\]\\.type: must be one of "text", `));
    assert.equal(lines.at(-1), '1 of 2 definitions invalid');
  });

  it('reports the meaning checks too (a repeated field name), with their paths', { timeout: 30_000 }, async () => {
    const definition = JSON.parse(readFileSync(join(FORMS, 'service-feedback.json'), 'utf8'));
    const name = definition.pages[0].fields[0].name;
    definition.pages[1].fields[0].name = name;
    const file = join(dir, 'repeated.json');
    writeFileSync(file, JSON.stringify(definition));
    const result = await run('validate', file);
    assert.equal(result.code, 1);
    assert.match(result.stderr, new RegExp(`^${escape(file)}: pages\\[1\\]\\.fields\\[0\\]\\.name: repeats the field name "${name}"`, 'm'));
  });

  it('exits 1 on a file that is not JSON or is missing', { timeout: 30_000 }, async () => {
    const result = await run('validate', notJson, join(dir, 'missing.json'));
    assert.equal(result.code, 1);
    assert.match(result.stderr, new RegExp(`^${escape(notJson)}: is not JSON`, 'm'));
    assert.match(result.stderr, /missing\.json: cannot be read \(ENOENT\)/);
  });

  it('--schema prints the JSON Schema that scripts/definition-schema.mjs generates', { timeout: 30_000 }, async () => {
    const result = await run('validate', '--schema');
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, readFileSync(SCHEMA, 'utf8'));
    assert.equal(JSON.parse(result.stdout).title, 'Service Forms definition');
  });

  it('exits 2 on a wrong command line, with the usage', { timeout: 30_000 }, async () => {
    const cases = [[], ['validate'], ['validate', '--nope'], ['check', 'a.json'], ['validate', '--schema', 'a.json']];
    const results = await Promise.all(cases.map((args) => run(...args)));
    results.forEach((result, i) => {
      assert.equal(result.code, 2, cases[i]!.join(' '));
      assert.match(result.stderr, /usage: service-forms validate/, cases[i]!.join(' '));
    });
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
