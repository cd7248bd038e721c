import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const cache = new Map();
/** raw / gzip -9 / brotli q11 byte counts for a buffer or file. */
export function sizes(bufOrFile) {
  const buf = Buffer.isBuffer(bufOrFile) ? bufOrFile : fs.readFileSync(bufOrFile);
  const key = Buffer.isBuffer(bufOrFile) ? null : bufOrFile + ':' + buf.length;
  if (key && cache.has(key)) return cache.get(key);
  const r = {
    raw: buf.length,
    gzip: zlib.gzipSync(buf, { level: 9 }).length,
    br: zlib.brotliCompressSync(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length } }).length,
  };
  if (key) cache.set(key, r);
  return r;
}
export const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, br: a.br + b.br });
export const ZERO = { raw: 0, gzip: 0, br: 0 };

/** The file under site/ that a same-origin URL of the bench server serves, or null. */
export function siteFile(site, url) {
  const u = new URL(url);
  if (u.hostname !== '127.0.0.1') return null;
  let file = path.join(site, decodeURIComponent(u.pathname));
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  return fs.existsSync(file) ? file : null;
}
