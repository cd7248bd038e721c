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

/**
 * Serves a static site (the demo agency page, the built bundle, the example definitions):
 * GET and HEAD only, known file types only, `Cache-Control: no-cache` (revalidate each time,
 * a demo changes with every build). The security headers come from the server's onSend hook.
 */
export function registerSite(app: FastifyInstance, site: SiteOptions): void {
  const send = async (reply: FastifyReply, file: string | null) => {
    const info = file ? await stat(file).catch(() => null) : null;
    if (!file || !info?.isFile()) return reply.code(404).type('text/plain; charset=utf-8').send('Not found\n');
    reply.header('cache-control', 'no-cache').header('content-length', info.size).type(TYPES[extname(file)]!);
    return reply.send(createReadStream(file));
  };
  app.get('/', (_request, reply) => send(reply, join(resolve(site.root), site.index)));
  app.get('/index.html', (_request, reply) => send(reply, join(resolve(site.root), site.index)));
  for (const folder of site.folders) {
    app.get(`/${folder}/*`, (request: FastifyRequest, reply) => send(reply, resolvePath(site, new URL(request.url, 'http://localhost').pathname)));
  }
}
