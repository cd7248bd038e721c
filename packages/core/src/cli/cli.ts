#!/usr/bin/env node
/// <reference types="node" />
/**
 * `service-forms`, the definition authors' command (the package's `bin`):
 *
 *   service-forms validate <file or folder>...   check definitions with parseDefinition
 *   service-forms validate --schema              print the JSON Schema of the format
 *
 * Exit codes: 0 every definition is valid; 1 a definition is not (each problem on stderr as
 * `file: path: message`, e.g. `forms/a.json: pages[0].fields[2].type: must be one of …`), or a
 * file cannot be read or is not JSON; 2 the command line is wrong. A folder means every `*.json`
 * directly in it, so a shell without globbing can say `validate forms`.
 * Not imported by the package entry: browsers and bundles never see it.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { parseDefinition } from '../definition/parse-definition.js';

const USAGE = `usage: service-forms validate <definition.json | folder>...
       service-forms validate --schema

  validate    check form definitions; exit 0 when all are valid, 1 naming each problem's
              file and path (forms/a.json: pages[0].fields[2].type: ...)
  --schema    print the JSON Schema of the definition format (for editors and other linters)`;

/** The JSON Schema ships beside dist/ and src/ (`@service-forms/core/definition.schema.json`). */
const SCHEMA = new URL('../../definition.schema.json', import.meta.url);

const out = (text: string) => process.stdout.write(`${text}\n`);
const err = (text: string) => process.stderr.write(`${text}\n`);

/** The files an argument names: itself, or a folder's `*.json` (sorted). */
function filesOf(arg: string): string[] {
  let isFolder = false;
  try {
    isFolder = statSync(arg).isDirectory();
  } catch {
    // a missing file is reported when it is read
  }
  if (!isFolder) return [arg];
  return readdirSync(arg)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(arg, name));
}

/** Problems of one file, each as a line naming the file. */
function check(file: string): string[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return [`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`];
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return [`${file}: is not JSON (${(error as Error).message})`];
  }
  const result = parseDefinition(json);
  return result.ok ? [] : result.problems.map((problem) => `${file}: ${problem.path}: ${problem.message}`);
}

function validate(args: string[]): number {
  const unknown = args.filter((arg) => arg.startsWith('-') && arg !== '--schema');
  if (unknown.length > 0) {
    err(`service-forms: unknown option ${unknown[0]}\n${USAGE}`);
    return 2;
  }
  if (args.includes('--schema')) {
    if (args.length > 1) {
      err(`service-forms: --schema takes no files\n${USAGE}`);
      return 2;
    }
    process.stdout.write(readFileSync(SCHEMA, 'utf8'));
    return 0;
  }
  if (args.length === 0) {
    err(`service-forms: name the definitions to check\n${USAGE}`);
    return 2;
  }
  const files = args.flatMap(filesOf);
  if (files.length === 0) {
    err(`service-forms: no *.json file in ${args.join(', ')}`);
    return 1;
  }
  let invalid = 0;
  for (const file of files) {
    const problems = check(file);
    if (problems.length === 0) {
      out(`${file}: valid`);
    } else {
      invalid += 1;
      for (const line of problems) err(line);
    }
  }
  if (invalid > 0) {
    err(`${invalid} of ${files.length} definition${files.length === 1 ? '' : 's'} invalid`);
    return 1;
  }
  return 0;
}

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (command === 'validate') return validate(rest);
  if (command === '--help' || command === '-h' || command === 'help') {
    out(USAGE);
    return 0;
  }
  err(command ? `service-forms: unknown command ${command}\n${USAGE}` : USAGE);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
