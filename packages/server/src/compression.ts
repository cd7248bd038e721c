import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import negotiate from '@fastify/accept-negotiator';
import type { FastifyReply } from 'fastify';

/** A content coding the server sends: brotli, gzip, or none. */
export type Coding = 'br' | 'gzip' | 'identity';

/** The compressed forms of one body that came out smaller than it (none for a tiny or incompressible body). */
export type Coded = Partial<Record<'br' | 'gzip', Buffer>>;

/**
 * Bodies under this many bytes go out as they are: the headers a coding adds (`Content-Encoding`,
 * `Vary`) and the coder's own framing eat most of what it would save.
 */
export const MIN_COMPRESS_BYTES = 1024;

/** Text-like types worth compressing; images other than SVG, archives and fonts are compressed already. */
export function compressible(contentType: string): boolean {
  return /^(text\/|application\/(json|javascript|xml)|image\/svg\+xml)/i.test(contentType);
}

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Compresses once with the best settings (brotli 11, gzip 9): for bodies that are sent many
 * times (definitions, pages, files), so the time is paid once. Off the event loop (zlib's
 * thread pool). A coding that does not make the body smaller is left out.
 */
export async function compressBody(body: Buffer): Promise<Coded> {
  if (body.length < MIN_COMPRESS_BYTES) return {};
  const [br, gz] = await Promise.all([
    brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
    gzipAsync(body, { level: 9 }),
  ]);
  const coded: Coded = {};
  if (br.length < body.length) coded.br = br;
  if (gz.length < body.length) coded.gzip = gz;
  return coded;
}

/**
 * The coding to send, from the request's `Accept-Encoding` and the codings at hand (`br` before
 * `gzip` when the client likes both as much). q-values count: `br;q=0` refuses brotli, also
 * when a `*` follows; no header, an empty one or only refusals give `identity`.
 */
export function chooseCoding(acceptEncoding: string | string[] | undefined, available: readonly ('br' | 'gzip')[]): Coding {
  const header = (Array.isArray(acceptEncoding) ? acceptEncoding.join(',') : acceptEncoding ?? '').toLowerCase();
  if (!header.trim() || available.length === 0) return 'identity';
  // The negotiator reads `*` as the first supported coding even when that one was refused by
  // name (`br;q=0, *`): leave the codings refused by name out of what it may pick.
  const refused = new Set(
    header.split(',').map((part) => part.split(';').map((piece) => piece.trim())).filter(([, ...params]) => params.some((param) => /^q=0(\.0{0,3})?$/.test(param))).map(([name]) => name),
  );
  const allowed = available.filter((coding) => !refused.has(coding));
  if (allowed.length === 0) return 'identity';
  return negotiate(header, allowed) ?? 'identity';
}

/** The codings present in `coded`, brotli first. */
export const codingsOf = (coded: Coded): ('br' | 'gzip')[] => (['br', 'gzip'] as const).filter((coding) => coded[coding] !== undefined);

/**
 * The validator of one coding of a representation: each coding is its own representation with
 * its own ETag (`"abc"` → `"abc-br"`, `W/"abc"` → `W/"abc-br"`), so a cache never answers a
 * gzip request with brotli bytes on the strength of a matching tag.
 */
export function codedEtag(etag: string, coding: Coding): string {
  return coding === 'identity' ? etag : etag.replace(/"$/, `-${coding}"`);
}

/** Adds `field` to the reply's `Vary` header (kept once, whatever else is there). */
export function addVary(reply: FastifyReply, field: string): void {
  const current = reply.getHeader('vary');
  const fields = (Array.isArray(current) ? current.join(',') : String(current ?? '')).split(',').map((f) => f.trim()).filter(Boolean);
  if (fields.includes('*') || fields.some((f) => f.toLowerCase() === field.toLowerCase())) return;
  reply.header('vary', [...fields, field].join(', '));
}

/**
 * Compressed bodies by key, computed once (concurrent requests share one compression) and kept
 * in memory; the oldest entries go past `max`.
 */
export class CodedCache {
  private readonly entries = new Map<string, Promise<Coded>>();
  constructor(private readonly max = 256) {}

  get(key: string, body: () => Promise<Buffer> | Buffer): Promise<Coded> {
    let entry = this.entries.get(key);
    if (!entry) {
      entry = Promise.resolve().then(body).then(compressBody);
      // A failed read or compression is not remembered: the next request tries again.
      entry.catch(() => this.entries.delete(key));
      this.entries.set(key, entry);
      while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
    }
    return entry;
  }
}

/**
 * Compresses a body sent once (a page made for one request: the HTML flow's pages) in the
 * coding chosen, with settings that cost about a millisecond for a page (brotli 5, gzip 6)
 * rather than the best ones {@link compressBody} pays once for what is sent many times. Off
 * the event loop. Undefined when it would not be smaller or the body is under the minimum.
 */
export async function compressOnce(body: Buffer, coding: 'br' | 'gzip'): Promise<Buffer | undefined> {
  if (body.length < MIN_COMPRESS_BYTES) return undefined;
  const coded =
    coding === 'br'
      ? await brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
      : await gzipAsync(body, { level: 6 });
  return coded.length < body.length ? coded : undefined;
}
