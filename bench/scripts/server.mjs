// Tiny static server for site/: HTTPS + HTTP/2 on 127.0.0.1 (HTTP/1.1 fallback),
// brotli or gzip by Accept-Encoding (precompressed once, cached in memory),
// plus contestant POST handlers (e.g. GOV.UK server-side validation).
// Usage: node scripts/server.mjs [port]   (or import { startServer })
import fs from 'node:fs';
import http2 from 'node:http2';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { SITE, ROOT } from './lib.mjs';
import { loadContestants } from './contestants.mjs';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
  '.woff': 'font/woff', '.woff2': 'font/woff2', '.ttf': 'font/ttf', '.map': 'application/json', '.txt': 'text/plain' };
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.map', '.txt', '.ico', '.ttf']);

function cert() {
  const dir = path.join(ROOT, '.cert');
  const key = path.join(dir, 'key.pem'); const crt = path.join(dir, 'cert.pem');
  if (!fs.existsSync(crt)) {
    fs.mkdirSync(dir, { recursive: true });
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', crt, '-days', '3650',
      '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost'], { stdio: 'ignore' });
  }
  return { key: fs.readFileSync(key), cert: fs.readFileSync(crt) };
}

const cache = new Map();
function encoded(file, enc) {
  const st = fs.statSync(file);
  const k = `${file}:${enc}:${st.mtimeMs}:${st.size}`;
  if (!cache.has(k)) {
    const buf = fs.readFileSync(file);
    cache.set(k, enc === 'br' ? zlib.brotliCompressSync(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } })
      : enc === 'gzip' ? zlib.gzipSync(buf, { level: 9 }) : buf);
  }
  return cache.get(k);
}

export async function startServer({ port = 8443, encoding = 'auto', log = false } = {}) {
  const contestants = await loadContestants();
  const handlers = contestants.filter((c) => c.handle);
  const stats = { requests: 0 };
  const server = http2.createSecureServer({ ...cert(), allowHTTP1: true }, async (req, res) => {
    stats.requests++;
    const url = new URL(req.url, `https://127.0.0.1:${port}`);
    try {
      if (req.method === 'POST') {
        const chunks = []; for await (const c of req) chunks.push(c);
        const body = Buffer.concat(chunks).toString('utf8');
        for (const h of handlers) if (await h.handle(req, res, url, body)) return;
        res.writeHead(303, { location: url.pathname }); res.end(); return;
      }
      let p = path.normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
      let file = path.join(SITE, p);
      if (!file.startsWith(SITE)) { res.writeHead(403); res.end(); return; }
      if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
      if (!fs.existsSync(file)) { res.writeHead(404, { 'content-type': 'text/plain' }); res.end('not found'); return; }
      const ext = path.extname(file);
      const ae = String(req.headers['accept-encoding'] || '');
      let enc = 'identity';
      if (COMPRESSIBLE.has(ext)) {
        if ((encoding === 'auto' || encoding === 'br') && /\bbr\b/.test(ae)) enc = 'br';
        else if ((encoding === 'auto' || encoding === 'gzip') && /\bgzip\b/.test(ae)) enc = 'gzip';
      }
      const buf = encoded(file, enc);
      const headers = { 'content-type': TYPES[ext] || 'application/octet-stream', 'content-length': buf.length,
        'cache-control': ext === '.html' ? 'no-cache' : 'public, max-age=31536000', vary: 'accept-encoding' };
      if (enc !== 'identity') headers['content-encoding'] = enc;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : buf);
      if (log) console.log(req.method, url.pathname, enc, buf.length);
    } catch (e) {
      console.error(e); try { res.writeHead(500); res.end(String(e)); } catch { /* the response is already gone */ }
    }
  });
  await new Promise((r) => server.listen(port, '127.0.0.1', r));
  return { server, port, origin: `https://127.0.0.1:${port}`, stats, close: () => new Promise((r) => server.close(r)) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const s = await startServer({ port: Number(process.argv[2] || 8443), log: true });
  console.log(`serving ${SITE} at ${s.origin}/<contestant>/`);
}
