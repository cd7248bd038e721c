// `npm start` with FORMS_DIR: the demo server (examples/server.mjs, run as `npm start` runs it
// after the build) serves the definitions of that folder, not the examples, and its page lists
// them. No browser: the form list is in the HTML the server sends. Runs after `npm run build`
// (the server package's dist); npm test orders it so.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDemo } from './demo-server.mjs';

const text = (en) => ({ en, kk: en, ru: en });
const DEFINITION = {
  id: 'agency-own-form',
  version: '1.0.0',
  locales: ['en', 'kk', 'ru'],
  title: text('Request a <certificate> & a copy'),
  pages: [{ id: 'about', title: text('About you'), fields: [{ type: 'text', name: 'fullName', required: true, label: text('Full name') }] }],
};

describe('npm start honours FORMS_DIR', { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'sf-forms-dir-'));
  const formsDir = join(dir, 'forms');
  let demo;
  let url;
  before(async () => {
    mkdirSync(formsDir);
    writeFileSync(join(formsDir, 'agency-own-form.json'), JSON.stringify(DEFINITION));
    demo = startDemo({ FORMS_DIR: formsDir, PORT: '0', HOST: '127.0.0.1', SQLITE_FILE: join(dir, 'submissions.db'), DATABASE_URL: '', LOG_LEVEL: 'silent' });
    url = await demo.url;
  });
  after(async () => {
    await demo?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the form in that folder and not the examples', { timeout: 10_000 }, async () => {
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    const response = await fetch(new URL('/forms/agency-own-form', url));
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), DEFINITION);
    assert.equal((await fetch(new URL('/forms/service-feedback', url))).status, 404);
  });

  it('lists that form, and only it, on the demo page', { timeout: 10_000 }, async () => {
    const response = await fetch(url);
    assert.equal(response.status, 200);
    const page = await response.text();
    const nav = /<nav aria-label="Forms" class="forms-nav"[^>]*>([\s\S]*?)<\/nav>/.exec(page)?.[1] ?? '';
    assert.deepEqual(
      [...nav.matchAll(/<a href="([^"]*)"[^>]*>([^<]*)<\/a>/g)].map((match) => [match[1], match[2]]),
      [
        ['/?form=agency-own-form', 'Request a &#60;certificate&#62; &#38; a copy'],
        ['/apply/agency-own-form', 'Request a &#60;certificate&#62; &#38; a copy – without JavaScript'],
        ['/examples/controls.html', 'Every control by hand'],
      ],
    );
  });
});
