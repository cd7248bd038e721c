// Serves the demo agency page, the built bundle and the example definitions on 127.0.0.1,
// under the strict Content-Security-Policy the SDK promises to work with.
// `npm start` builds first, then runs this. PORT picks the port (default 8080; 0 = any free).
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import process from 'node:process';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Only these folders are served; everything else is 404. */
const PUBLIC = ['dist', 'examples'];

function resolvePath(urlPath) {
  if (urlPath === '/' || urlPath === '/index.html') return join(ROOT, 'examples', 'index.html');
  const relative = normalize(decodeURIComponent(urlPath)).replace(/^[/\\]+/, '');
  const [top] = relative.split(/[/\\]/);
  if (!PUBLIC.includes(top) || relative.includes('..') || extname(relative) === '.mjs') return null;
  const full = join(ROOT, relative);
  return full.startsWith(ROOT + sep) ? full : null;
}

/** Starts the demo server; resolves with its URL and a close function. */
export function startDemoServer({ port = 8080, host = '127.0.0.1' } = {}) {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = resolvePath(url.pathname);
    const headers = {
      'content-security-policy': CSP,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-cache',
    };
    const info = path ? await stat(path).catch(() => null) : null;
    if (!info?.isFile() || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(info ? 405 : 404, { ...headers, 'content-type': 'text/plain; charset=utf-8' });
      response.end(info ? 'Method not allowed\n' : 'Not found\n');
      return;
    }
    response.writeHead(200, { ...headers, 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'content-length': info.size });
    if (request.method === 'HEAD') response.end();
    else createReadStream(path).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolve({ url: `http://${host}:${actual}/`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const wanted = Number(process.env.PORT ?? 8080);
  const started = await startDemoServer({ port: wanted }).catch((error) => {
    if (error.code !== 'EADDRINUSE') throw error;
    console.warn(`Port ${wanted} is taken; using a free one.`);
    return startDemoServer({ port: 0 });
  });
  console.log(`Service Forms demo: ${started.url}`);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => started.close().then(() => process.exit(0)));
  }
}
