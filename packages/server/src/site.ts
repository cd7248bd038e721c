import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { DefinitionStore } from './definitions.js';
import { matchesEtag } from './http-cache.js';
import { CodedCache, MIN_COMPRESS_BYTES, addVary, chooseCoding, codedEtag, codingsOf, compressible, type Coding } from './compression.js';

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
  /**
   * Preload for the page at `/`: the bundle's chunk manifest (`dist/chunks.json`, relative to
   * `root`, as `npm run build` writes it) and the chunks every form needs, by name
   * (`definition-checker`, `form-services`). The page gets a `<link rel="modulepreload">` for
   * the entry and each, before `</head>`, so they download alongside the page instead of one
   * round trip after another.
   */
  preload?: { manifest: string; chunks: readonly string[] };
  /**
   * Fills in the page at `/` from the definitions the server serves (the demo lists its forms
   * this way), after the preload links; `url` is the request's (its query chooses what the page
   * shows, e.g. the demo's `?form=`). Called on every request, so it may not throw.
   */
  render?: (page: string, definitions: DefinitionStore, url: URL) => string;
}

/** The `<link rel="modulepreload">` tags for `preload`, or '' (no manifest yet: no build). */
async function preloadLinks(site: SiteOptions): Promise<string> {
  if (!site.preload) return '';
  const manifestFile = join(resolve(site.root), site.preload.manifest);
  const manifest = JSON.parse(await readFile(manifestFile, 'utf8').catch(() => '{}')) as { entry?: string; chunks?: Record<string, string> };
  const base = `/${dirname(site.preload.manifest)}/`.replace(/\/+/g, '/');
  const files = [manifest.entry, ...site.preload.chunks.map((name) => manifest.chunks?.[name])].filter((file): file is string => typeof file === 'string' && /^[\w./-]+\.js$/.test(file));
  return files.map((file) => `<link rel="modulepreload" href="${base}${file}">`).join('');
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

/** A file's weak validator from its size and modification time. */
const fileEtag = (size: number, mtimeMs: number) => `W/"${size.toString(36)}-${Math.floor(mtimeMs).toString(36)}"`;

/** What goes out for one file and coding: its validator, time and bytes. */
interface Representation {
  coding: Coding;
  etag: string;
  mtime: Date;
  size: number;
  body: () => NodeJS.ReadableStream | Buffer;
}

/** The precompressed file beside `file` (`x.js.br`, `x.js.gz`, as `npm run build` writes them), if it is there and not older than `file`. */
async function precompressed(file: string, info: Stats, coding: 'br' | 'gzip'): Promise<Representation | null> {
  const sibling = `${file}.${coding === 'br' ? 'br' : 'gz'}`;
  const found = await stat(sibling).catch(() => null);
  if (!found?.isFile() || found.mtimeMs < info.mtimeMs) return null;
  return { coding, etag: codedEtag(fileEtag(found.size, found.mtimeMs), coding), mtime: found.mtime, size: found.size, body: () => createReadStream(sibling) };
}

/** Files past this size are never compressed in memory (only served precompressed or as they are). */
const MAX_MEMORY_COMPRESS_BYTES = 4 * 1024 * 1024;

/**
 * Serves a static site (the demo agency page, the built bundle, the example definitions):
 * GET and HEAD only, known file types only. Content-hashed chunks are cached for a year
 * (`immutable`: a new build has new names); everything else is `no-cache` with an ETag and
 * Last-Modified, so a browser on a slow line revalidates with a 304 instead of downloading it
 * again. Text files of 1 KiB or more go out brotli- or gzip-compressed when the client accepts
 * it (`Vary: Accept-Encoding`, an ETag per coding): from the `.br`/`.gz` files `npm run build`
 * writes beside the bundle, otherwise compressed once and kept in memory. The security headers
 * come from the server's onSend hook.
 */
export function registerSite(app: FastifyInstance, site: SiteOptions, definitions: DefinitionStore): void {
  const memory = new CodedCache();
  /** The representation of `file` to send for this request's Accept-Encoding. */
  const represent = async (request: FastifyRequest, reply: FastifyReply, file: string, info: Stats): Promise<Representation> => {
    const identity: Representation = { coding: 'identity', etag: fileEtag(info.size, info.mtimeMs), mtime: info.mtime, size: info.size, body: () => createReadStream(file) };
    if (!compressible(TYPES[extname(file)]!) || info.size < MIN_COMPRESS_BYTES) return identity;
    addVary(reply, 'Accept-Encoding');
    const siblings = { br: await precompressed(file, info, 'br'), gzip: await precompressed(file, info, 'gzip') };
    if (siblings.br || siblings.gzip) {
      const coding = chooseCoding(request.headers['accept-encoding'], (['br', 'gzip'] as const).filter((c) => siblings[c]));
      return coding === 'identity' ? identity : siblings[coding]!;
    }
    if (info.size > MAX_MEMORY_COMPRESS_BYTES) return identity;
    const coded = await memory.get(`${file}\0${info.size}\0${info.mtimeMs}`, () => readFile(file));
    const coding = chooseCoding(request.headers['accept-encoding'], codingsOf(coded));
    if (coding === 'identity') return identity;
    const bytes = coded[coding]!;
    return { coding, etag: codedEtag(identity.etag, coding), mtime: info.mtime, size: bytes.length, body: () => bytes };
  };

  const send = async (request: FastifyRequest, reply: FastifyReply, file: string | null) => {
    const info = file ? await stat(file).catch(() => null) : null;
    if (!file || !info?.isFile()) return reply.code(404).type('text/plain; charset=utf-8').send('Not found\n');
    const chosen = await represent(request, reply, file, info);
    reply
      .header('cache-control', HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache')
      .header('etag', chosen.etag)
      .header('last-modified', chosen.mtime.toUTCString())
      .type(TYPES[extname(file)]!);
    const match = request.headers['if-none-match'];
    if (match !== undefined ? matchesEtag(match, chosen.etag) : request.headers['if-modified-since'] === chosen.mtime.toUTCString()) {
      return reply.code(304).send();
    }
    if (chosen.coding !== 'identity') reply.header('content-encoding', chosen.coding);
    reply.header('content-length', chosen.size);
    return reply.send(chosen.body());
  };
  // The page at `/`, with its preload links and what `render` fills in: an ETag of what is sent,
  // so a new build (new chunk names) or another set of forms is a new page. Compressed once per
  // content and kept in memory.
  const pages = new CodedCache(8);
  const sendIndex = async (request: FastifyRequest, reply: FastifyReply) => {
    if (!site.preload && !site.render) return send(request, reply, join(resolve(site.root), site.index));
    const linked = (await readFile(join(resolve(site.root), site.index), 'utf8')).replace('</head>', `${await preloadLinks(site)}</head>`);
    const page = Buffer.from(site.render ? site.render(linked, definitions, new URL(request.url, 'http://localhost')) : linked);
    const identityEtag = `W/"${createHash('sha256').update(page).digest('base64url').slice(0, 27)}"`;
    const coded = await pages.get(identityEtag, () => page);
    const coding = chooseCoding(request.headers['accept-encoding'], codingsOf(coded));
    const etag = codedEtag(identityEtag, coding);
    reply.header('cache-control', 'no-cache').header('etag', etag).type(TYPES['.html']!);
    if (codingsOf(coded).length > 0) addVary(reply, 'Accept-Encoding');
    if (matchesEtag(request.headers['if-none-match'], etag)) return reply.code(304).send();
    if (coding !== 'identity') reply.header('content-encoding', coding);
    return reply.send(coding === 'identity' ? page : coded[coding]);
  };
  app.get('/', sendIndex);
  app.get('/index.html', sendIndex);
  for (const folder of site.folders) {
    app.get(`/${folder}/*`, (request: FastifyRequest, reply) => send(request, reply, resolvePath(site, new URL(request.url, 'http://localhost').pathname)));
  }
}
