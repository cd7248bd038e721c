import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** What the demo site serves from its root: only these folders, and `/` is `index`. */
export interface SiteOptions {
  /** The folder the paths are relative to (the repository root for the demo). */
  root: string;
  /** Top-level folders served as they are, e.g. `['dist', 'examples']`. */
  folders: readonly string[];
  /** The page served at `/`, relative to `root`. */
  index: string;
}

/** Resolves a URL path to a file under one of the served folders, or null. Never `..`, never `.mjs` (server code). */
function resolvePath(site: SiteOptions, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = normalize(decoded).replace(/^[/\\]+/, '');
  const [top] = relative.split(/[/\\]/);
  const type = TYPES[extname(relative)];
  if (!top || !site.folders.includes(top) || relative.includes('..') || !type) return null;
  const root = resolve(site.root);
  const full = join(root, relative);
  return full.startsWith(root + sep) ? full : null;
}

/** A chunk rollup names by its content (`dist/chunks/select-D2Ox0DaV.js`): it never changes. */
const HASHED = /[\\/]chunks[\\/][\w.-]+-[\w-]{8}\.js(\.map)?$/;

/**
 * Serves a static site (the demo agency page, the built bundle, the example definitions):
 * GET and HEAD only, known file types only. Content-hashed chunks are cached for a year
 * (`immutable`: a new build has new names); everything else is `no-cache` with an ETag and
 * Last-Modified, so a browser on a slow line revalidates with a 304 instead of downloading it
 * again. The security headers come from the server's onSend hook.
 */
export function registerSite(app: FastifyInstance, site: SiteOptions): void {
  const send = async (request: FastifyRequest, reply: FastifyReply, file: string | null) => {
    const info = file ? await stat(file).catch(() => null) : null;
    if (!file || !info?.isFile()) return reply.code(404).type('text/plain; charset=utf-8').send('Not found\n');
    const etag = `W/"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}"`;
    reply
      .header('cache-control', HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache')
      .header('etag', etag)
      .header('last-modified', info.mtime.toUTCString())
      .type(TYPES[extname(file)]!);
    const match = request.headers['if-none-match'];
    if (match !== undefined ? match.split(',').some((tag) => tag.trim() === etag) : request.headers['if-modified-since'] === info.mtime.toUTCString()) {
      return reply.code(304).send();
    }
    reply.header('content-length', info.size);
    return reply.send(createReadStream(file));
  };
  app.get('/', (request, reply) => send(request, reply, join(resolve(site.root), site.index)));
  app.get('/index.html', (request, reply) => send(request, reply, join(resolve(site.root), site.index)));
  for (const folder of site.folders) {
    app.get(`/${folder}/*`, (request: FastifyRequest, reply) => send(request, reply, resolvePath(site, new URL(request.url, 'http://localhost').pathname)));
  }
}
