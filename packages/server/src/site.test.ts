import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Storage } from './storage/storage.js';
import { testServer } from './testing/server.js';

const T = { timeout: 15_000 };

describe('the site page at / is rendered for the request', () => {
  const root = mkdtempSync(join(tmpdir(), 'sf-site-'));
  let app: FastifyInstance;
  let storage: Storage;
  const seen: string[] = [];
  before(async () => {
    mkdirSync(join(root, 'examples'), { recursive: true });
    writeFileSync(join(root, 'examples', 'index.html'), '<!doctype html><html lang="en"><head><title>Demo</title></head><body><p><!-- chosen --></p></body></html>');
    ({ app, storage } = await testServer({
      site: {
        root,
        folders: ['examples'],
        index: 'examples/index.html',
        render: (page, definitions, url) => {
          seen.push(url.pathname);
          const wanted = url.searchParams.get('form');
          const chosen = definitions.ids().find((id) => id === wanted) ?? 'none';
          return page.replace('<!-- chosen -->', chosen.replace(/[&<>"']/g, ''));
        },
      },
    }));
  });
  after(async () => {
    await app?.close();
    await storage?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('render gets the request URL: the query chooses what the page shows, each its own ETag', T, async () => {
    const chosen = await app.inject({ method: 'GET', url: '/?form=server-test' });
    const other = await app.inject({ method: 'GET', url: '/index.html?form=no-such-form' });
    assert.equal(chosen.statusCode, 200);
    assert.match(chosen.body, /<p>server-test<\/p>/);
    assert.match(other.body, /<p>none<\/p>/);
    assert.notEqual(chosen.headers.etag, other.headers.etag);
    assert.deepEqual(seen, ['/', '/index.html']);
    const again = await app.inject({ method: 'GET', url: '/?form=server-test', headers: { 'if-none-match': String(chosen.headers.etag) } });
    assert.equal(again.statusCode, 304);
  });
});
