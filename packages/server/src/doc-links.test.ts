// Every same-origin address that a snippet in README.md, docs/*.md or a package's README loads (`src="/…"`,
// `href="/…"`, `fetch('/…')`) is requested from the reference server, started on 127.0.0.1 with
// the example forms as `npm start` serves them, and must answer 200 (issue 18: README's embed
// snippet fetched `/forms/job-seeker.json`, which is 404: definitions are served by their id,
// `/forms/job-seeker-registration`). The only addresses not requested are the embedding application's own files,
// listed below with the reason, so a new snippet address is either served or listed here.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { configFromEnv, startServer, type Started } from './start.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Addresses that name the embedding application's own files, not the reference server's. */
const APPLICATION_FILES: { pattern: RegExp; why: string }[] = [
  {
    pattern: /^\/assets\/(?:service-forms\.js|chunks\/[\w-]+\.js|themes\/[\w-]+\.css)$/,
    why: 'the bundle (dist/), its chunks and the themes, copied by the application to its own /assets/ (the reference server serves the bundle only to its demo page, at /dist/)',
  },
  { pattern: /^\/(?:app|feedback|apply)\.js$/, why: "the example application's own scripts (docs/embedding.md: React, plain HTML, endpoint options)" },
];

interface Found {
  file: string;
  line: number;
  url: string;
}

/** The same-origin addresses a markdown file's snippets load, with where each one is. */
function snippetUrls(file: string, text: string): Found[] {
  const found: Found[] = [];
  const pattern = /(?:\b(?:src|href)\s*=\s*|\bfetch\(\s*)(["'`])(\/[^"'`\s]*)\1/g;
  for (const match of text.matchAll(pattern)) {
    const url = match[2]!;
    // Protocol-relative addresses are another origin; `${…}`, `<…>` and `:id` are placeholders.
    if (url.startsWith('//') || /[$<>]|\/:/.test(url)) continue;
    found.push({ file, line: text.slice(0, match.index).split('\n').length, url });
  }
  return found;
}

function documentedUrls(): Found[] {
  const files = [
    'README.md',
    ...readdirSync(join(ROOT, 'docs')).filter((name) => name.endsWith('.md')).sort().map((name) => `docs/${name}`),
    ...readdirSync(join(ROOT, 'packages')).sort().map((name) => `packages/${name}/README.md`).filter((file) => existsSync(join(ROOT, file))),
  ];
  return files.flatMap((file) => snippetUrls(file, readFileSync(join(ROOT, file), 'utf8')));
}

describe('the addresses in the snippets of README.md, docs/*.md and the packages\' READMEs', () => {
  const urls = documentedUrls();
  const served = urls.filter(({ url }) => !APPLICATION_FILES.some(({ pattern }) => pattern.test(url)));
  let started: Started;
  let dir: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sf-doc-links-'));
    started = await startServer({
      ...configFromEnv({}),
      port: 0,
      host: '127.0.0.1',
      formsDir: join(ROOT, 'examples/forms'),
      sqliteFile: join(dir, 'submissions.db'),
      ratePerMinute: false,
      logLevel: 'silent',
    });
  });
  after(async () => {
    await started?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('finds the snippets: the README embed, the definition fetched, the HTML flow', { timeout: 5_000 }, () => {
    const all = new Set(urls.map(({ url }) => url));
    for (const url of ['/forms/job-seeker-registration', '/forms/service-feedback', '/apply/service-feedback']) assert.ok(all.has(url), `${url} is in a snippet`);
    assert.ok(urls.some(({ file, url }) => file === 'README.md' && url === '/forms/job-seeker-registration'), "README's embed snippet loads /forms/job-seeker-registration");
  });

  it('lists only application files that a snippet still names', { timeout: 5_000 }, () => {
    for (const { pattern, why } of APPLICATION_FILES) assert.ok(urls.some(({ url }) => pattern.test(url)), `no snippet names ${pattern} (${why}): drop it from the list`);
  });

  for (const url of [...new Set(served.map((each) => each.url))]) {
    const where = served.filter((each) => each.url === url).map(({ file, line }) => `${file}:${line}`).join(', ');
    it(`GET ${url} is 200 (${where})`, { timeout: 10_000 }, async () => {
      const response = await fetch(new URL(url, started.url), { signal: AbortSignal.timeout(8_000) });
      await response.arrayBuffer();
      assert.equal(response.status, 200, `${url} (${where}) answered ${response.status}${response.redirected ? ` after redirects to ${response.url}` : ''}`);
    });
  }
});
