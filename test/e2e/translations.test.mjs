// Every message has a Kazakh and a Russian translation (no silent English fallback), and the
// check that says so can fail: on a fixture with a deliberately removed string, and on a copy
// of the real XLIFF with one translation taken out.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkTranslations } from '../../scripts/check-translations.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = join(root, 'test/fixtures/translations');
const script = join(root, 'scripts/check-translations.mjs');
const run = (...args) => spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8' });

describe('translations', () => {
  it('every message in the elements is translated into kk and ru, and built', () => {
    const result = run();
    assert.equal(result.stderr, '');
    assert.equal(result.status, 0);
    assert.match(result.stdout, /^translations: all \d+ messages translated in kk, ru\n$/);
    // The elements have well over 90 messages: a check that found none would pass vacuously.
    assert.ok(Number(/all (\d+)/.exec(result.stdout)[1]) >= 90);
  });

  it('fails on the fixture whose Russian file lacks one translation, naming it', () => {
    const result = run('--src', join(fixture, 'src'), '--xliff', join(fixture, 'xliff'), '--generated', 'none');
    assert.equal(result.status, 1);
    assert.equal(
      result.stderr,
      'ru: 1 message(s) not translated in ru.xlf:\n  ru missing s0f8217f07c54b541 (test/fixtures/translations/src/messages.ts:5)\n',
    );
    const data = checkTranslations({ src: join(fixture, 'src'), xliff: join(fixture, 'xliff'), generated: null, locales: ['kk', 'ru'] });
    assert.equal(data.count, 3);
    assert.deepEqual(data.missing.kk, []);
    assert.deepEqual(data.missing.ru.map((entry) => entry.id), ['s0f8217f07c54b541']);
  });

  it('fails when one translation is taken out of the real Kazakh file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sf-xliff-'));
    try {
      cpSync(join(root, 'xliff'), dir, { recursive: true });
      const file = join(dir, 'kk.xlf');
      const xml = readFileSync(file, 'utf8');
      const without = xml.replace('<target>Қате:</target>', '');
      assert.notEqual(without, xml, 'the Kazakh "Error:" translation is in kk.xlf');
      writeFileSync(file, without);
      const result = run('--xliff', dir);
      assert.equal(result.status, 1);
      assert.match(result.stderr, /^kk: 1 message\(s\) not translated in kk\.xlf:\n {2}kk missing sb05eac6313ad4f91 \(packages\/elements\/src\/[^)]+\)\n$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
