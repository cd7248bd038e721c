import { timingSafeEqual, createHash } from 'node:crypto';
import type { Writable } from 'node:stream';
import Fastify, { LogController, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import cors from '@fastify/cors';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import sjson from 'secure-json-parse';
import type { FieldError, FormDefinition } from '@service-forms/core';
import type { DefinitionStore, LoadedDefinition } from './definitions.js';
import { addVary, chooseCoding, codedEtag, codingsOf, compressBody, type Coded } from './compression.js';
import { toCsv, toJsonExport } from './export.js';
import { DEFAULT_FILE_TYPES, ReceivedFile, filePartPath, fileTypeAllowed } from './files.js';
import { createReference, normalizeReference } from './reference.js';
import { registerSite, type SiteOptions } from './site.js';
import { matchesEtag } from './http-cache.js';
import { cleanFileName, type Storage, type SubmissionRecord } from './storage/storage.js';
import { RequestProblem, checkAnswers, fingerprint, placeFiles, readEnvelope, type ReceivedEnvelope } from './submission.js';
import { BUSY_RETRY_SECONDS, UploadMemory, checkFilePart, drain, readUpTo } from './uploads.js';
import { DEFAULT_HTML_PATH, HtmlSessions, type HtmlSessionSettings } from './html-session.js';
import { DEFAULT_MIN_COUNT, eventTables, parseBy, satisfactionTable, tableCsv, TABLE_COLUMNS, type Aggregates } from './analytics/aggregate.js';
import { BodyProblem, MAX_EVENTS_BYTES, MAX_FEEDBACK_BYTES, readEvents, readFeedback } from './analytics/wire.js';
import { CHECK_ANSWERS } from '@service-forms/core';
import { HTML_FLOW_CSP, HTML_FLOW_ENHANCED_CSP, HTML_FLOW_STYLESHEET, defaultStylesheetFile, registerHtmlFlow } from './html-flow/routes.js';
import { DASHBOARD_PATH } from './dashboard/auth.js';
import { DASHBOARD_CSP, registerDashboard } from './dashboard/routes.js';
import type { AnalyticsDimension } from './storage/storage.js';

/** The Content-Security-Policy of the pages the server serves (the demo site). */
export const PAGE_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
/** The Content-Security-Policy of everything else (JSON, CSV, downloads): nothing may run. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; sandbox";

export interface Limits {
  /** Largest JSON body (and JSON `envelope` part), bytes. Default 256 KiB. */
  jsonBytes: number;
  /** Largest file, bytes. Default 10 MiB. */
  fileBytes: number;
  /** Most files in one submission. Default 10. */
  files: number;
  /** Requests to `/api/` per client per minute, or `false` for no limit. Default 60. */
  ratePerMinute: number | false;
  /**
   * Most bytes of uploaded files the server holds in memory at once, over all requests; a
   * request that would go past it is answered `503` with `Retry-After` (the FetchAdapter
   * retries). Never less than `files × fileBytes`, so one request alone always fits. Default
   * `files × fileBytes` (100 MiB).
   */
  uploadMemoryBytes?: number;
}

export const DEFAULT_LIMITS: Limits = { jsonBytes: 256 * 1024, fileBytes: 10 * 1024 * 1024, files: 10, ratePerMinute: 60 };

export { BUSY_RETRY_SECONDS };

export interface ServerOptions {
  storage: Storage;
  definitions: DefinitionStore;
  /** The bearer token the export needs; export is off without one. */
  exportToken?: string | undefined;
  /** Origins (`https://agency.example.kz`) allowed to post and read from other sites. */
  corsOrigins?: readonly string[];
  /**
   * The origin(s) this server's own pages are served from (`https://forms.agency.kz`), whose POSTs
   * are same-origin. Without one, only a loopback host's own origin counts (`http://127.0.0.1:8080`,
   * `http://localhost:8080`): never compared with a `Host` header an attacker's DNS can point here.
   */
  publicOrigins?: readonly string[];
  limits?: Partial<Limits>;
  /** File types accepted at all (a definition's `accept` narrows it further). */
  fileTypes?: readonly string[];
  /** Serve a static site (the demo) too. */
  site?: SiteOptions;
  /** Log level (`info` by default, `silent` for none) and where logs go (stdout by default). */
  log?: { level?: string; stream?: Writable };
  /** Today's date `YYYY-MM-DD` for past/future date rules (default: the server's local date). */
  today?: () => string;
  /** Whether to trust `X-Forwarded-For` (behind a reverse proxy) for the client's address. */
  trustProxy?: boolean;
  /**
   * The no-JavaScript flow (every form as HTML pages under `/apply/<form id>`, docs/server.md,
   * "The HTML flow"): on unless `false`.
   */
  htmlFlow?: false | HtmlFlowSettings;
  /** Feedback and progress events (docs/analytics.md). */
  analytics?: AnalyticsSettings;
}

/** Settings of feedback and progress events. */
export interface AnalyticsSettings {
  /** k: every aggregate cell under it is suppressed (ANALYTICS_MIN_COUNT, default 10). */
  minCount?: number;
  /** The server's clock for weeks, epoch ms (tests). */
  now?: () => number;
}

/** Settings of the HTML flow. */
export interface HtmlFlowSettings {
  /** Where the pages are mounted (default `/apply`); each form's cookie is scoped to `<basePath>/<form id>`. */
  basePath?: string;
  /** Session lifetimes (HTML_SESSION_TTL, HTML_SESSION_MAX_AGE, HTML_SESSION_GRACE), seconds. */
  session?: Partial<HtmlSessionSettings>;
  /** The clock of the sessions, epoch ms (tests). */
  now?: () => number;
  /** The stylesheet served at `/assets/service-forms.css` (default: @service-forms/html's `src/styles/service-forms.css`). */
  stylesheetFile?: string;
  /** How often expired session rows are purged, ms (default 10 minutes); `0`: no timer. */
  purgeIntervalMs?: number;
  /**
   * Progressive enhancement (issue 15): the URL of the bundle (`service-forms.js`, served by the
   * site or a CDN of the same origin) that each page of questions and check answers loads as a
   * module; `<sf-form>` then takes the page over, keeping what was typed, and posts the
   * application to `endpoint` (default `/api/submissions`) with the session's submission id.
   * The pages' CSP allows scripts from this origin. Unset: the pages run no script.
   */
  enhance?: { script: string; endpoint?: string };
}

/** The JSON body of every refusal that is not a field error; `path` where in the body the problem is. */
function problem(reply: FastifyReply, statusCode: number, error: string, message: string, path?: string) {
  return reply.code(statusCode).send(path === undefined ? { error, message } : { error, path, message });
}

/** Most field errors one 422 lists; `total` then says how many there were. */
export const MAX_FIELD_ERRORS = 50;
/** Longest field path a 422 repeats (an unknown key is the client's own text): longer ones are cut. */
export const MAX_ERROR_FIELD = 200;

/** The body of a 422: at most {@link MAX_FIELD_ERRORS} errors, field paths cut to {@link MAX_ERROR_FIELD}. */
export function fieldErrorsBody(errors: readonly FieldError[]): { errors: FieldError[]; total?: number } {
  const listed = errors.slice(0, MAX_FIELD_ERRORS).map((error) => (error.field.length > MAX_ERROR_FIELD ? { ...error, field: `${error.field.slice(0, MAX_ERROR_FIELD - 1)}…` } : error));
  return errors.length > MAX_FIELD_ERRORS ? { errors: listed, total: errors.length } : { errors: listed };
}

/**
 * Messages for the framework's and plugins' refusals, by code: theirs may quote the request
 * (a URL, a content type), ours never do.
 */
const FRAMEWORK_MESSAGES: Record<string, string> = {
  FST_ERR_BAD_URL: 'The URL is not valid (a malformed percent-encoding)',
  FST_ERR_MAX_PARAM_LENGTH: 'A part of the URL is longer than 200 characters',
  FST_ERR_CTP_BODY_TOO_LARGE: 'The body is larger than the limit',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Send application/json or multipart/form-data',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'The body size does not match Content-Length',
  FST_FILES_LIMIT: 'More files than the limit',
  FST_PARTS_LIMIT: 'More parts than the limit',
};
const STATUS_MESSAGES: Record<number, string> = {
  413: 'The request is larger than the limit',
  415: 'Send application/json or multipart/form-data',
  429: 'Too many requests: try again later',
};
const STATUS_CODES: Record<number, string> = { 413: 'too_large', 414: 'uri_too_long', 415: 'unsupported_media_type', 429: 'rate_limited' };

/**
 * Whether an `Accept` header puts HTML before JSON (a browser's navigation does; sf-form and the
 * FetchAdapter ask for JSON or nothing).
 */
export function prefersHtml(accept: string | undefined): boolean {
  if (!accept) return false;
  const quality = (type: string) => {
    for (const part of accept.split(',')) {
      const [name = '', ...params] = part.trim().toLowerCase().split(';');
      if (name.trim() !== type) continue;
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return q === undefined ? 1 : Number(q);
    }
    return 0;
  };
  const html = quality('text/html');
  return html > 0 && html >= quality('application/json');
}

/** A host (with or without its port) that only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  const name = host.replace(/:\d+$/, '').toLowerCase();
  return name === 'localhost' || name === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name);
}

/** Security headers on every answer; the page CSP for the demo's pages, a nothing-runs CSP elsewhere. */
function securityHeaders(reply: FastifyReply, page: boolean | 'flow' | 'enhanced-flow' | 'dashboard'): void {
  reply.header('content-security-policy', page === 'flow' ? HTML_FLOW_CSP : page === 'enhanced-flow' ? HTML_FLOW_ENHANCED_CSP : page === 'dashboard' ? DASHBOARD_CSP : page ? PAGE_CSP : API_CSP);
  reply.header('x-content-type-options', 'nosniff');
  // The HTML flow's pages post forms: under `no-referrer` a browser sends `Origin: null` with
  // them (Fetch, "serializing a request origin"), which the same-origin check must refuse.
  // `same-origin` sends the origin to this server only, and no referrer to anyone else.
  reply.header('referrer-policy', page === 'flow' || page === 'enhanced-flow' || page === 'dashboard' ? 'same-origin' : 'no-referrer');
  reply.header('x-frame-options', 'DENY');
  reply.header('cross-origin-opener-policy', 'same-origin');
  reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=()');
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/** `Authorization: Bearer <token>` (the scheme in any case, RFC 9110), compared in constant time. */
function authorised(request: FastifyRequest, token: string): boolean {
  const match = /^bearer +([^\s]+)$/i.exec(request.headers.authorization ?? '');
  return match !== null && timingSafeEqual(sha256(match[1]!), sha256(token));
}

/** The receipt the client gets: reference and time received. */
const receipt = (record: SubmissionRecord) => ({ reference: record.reference, receivedAt: record.receivedAt });

/** JSON parsed without prototype pollution: a `__proto__` or `constructor.prototype` key is refused. */
function parseJson(text: string): unknown {
  try {
    return sjson.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' });
  } catch (error) {
    if (error instanceof SyntaxError && /prototype/.test(error.message)) throw new RequestProblem(400, 'forbidden_key', 'The JSON holds a forbidden key (__proto__ or constructor.prototype)');
    // The parser's message quotes the body, which may hold answers: never pass it on or log it.
    throw new RequestProblem(400, 'malformed_json', 'The body is not valid JSON');
  }
}

/**
 * Reads a multipart submission as it arrives: the `envelope` text part first (`open` checks it
 * and names the definition), then each `files.<path>` part. A part for no file field of that
 * form, one file too many, or a type the server or the field does not take is read and dropped
 * without being kept; the others are kept up to the smaller of the server's and the field's size
 * cap, taking their bytes from the shared upload memory.
 */
async function readMultipart(
  request: FastifyRequest,
  limits: Limits,
  fileTypes: readonly string[],
  take: (bytes: number) => void,
  open: (envelopeText: string) => FormDefinition,
) {
  let definition: FormDefinition | undefined;
  const files: ReceivedFile[] = [];
  const fileErrors: FieldError[] = [];
  const counts = new Map<string, number>();
  const refuse = (error: FieldError) => {
    if (!fileErrors.some((known) => known.field === error.field)) fileErrors.push(error);
  };
  try {
    for await (const part of request.parts()) {
      if (part.type === 'field') {
        if (part.fieldname !== 'envelope' || definition !== undefined) throw new RequestProblem(400, 'bad_multipart', 'A multipart submission has one text part, `envelope`, then `files.<field>` parts');
        if (part.valueTruncated) throw new RequestProblem(413, 'too_large', 'The envelope part is too large');
        definition = open(String(part.value));
        continue;
      }
      const path = filePartPath(part.fieldname);
      if (!path) {
        await drain(part.file);
        throw new RequestProblem(400, 'bad_multipart', 'File parts are named files.<field path>, e.g. files.proof');
      }
      if (!definition) {
        await drain(part.file);
        throw new RequestProblem(400, 'bad_multipart', 'The `envelope` part comes first, then the files');
      }
      const name = cleanFileName(part.filename || 'file');
      const type = part.mimetype.toLowerCase().split(';')[0]!.trim();
      const count = (counts.get(path) ?? 0) + 1;
      counts.set(path, count);
      const checked = checkFilePart(definition, { path, name, type, count }, limits, fileTypes);
      if (!checked.ok) {
        await drain(part.file);
        refuse(checked.error);
        continue;
      }
      const fieldCap = checked.cap;
      const content = await readUpTo(part.file, fieldCap, take);
      if (!content || part.file.truncated) {
        refuse({ field: path, code: 'file_too_large', params: { name, max: fieldCap } });
      } else if (!fileTypeAllowed({ type, content }, fileTypes)) {
        refuse({ field: path, code: 'file_type', params: { name, accept: [...fileTypes] } });
      } else {
        files.push(new ReceivedFile(path, name, type, content));
      }
    }
  } catch (error) {
    // A second text part: the plugin's field limit (1) refuses it as 413; it is a malformed submission.
    if ((error as { code?: string }).code === 'FST_FIELDS_LIMIT') throw new RequestProblem(400, 'bad_multipart', 'A multipart submission has one text part, `envelope`, then `files.<field>` parts');
    // Our refusals and the plugin's limits (413) as they are; a body busboy cannot read is the client's fault.
    if (error instanceof RequestProblem || (error as { statusCode?: number }).statusCode) throw error;
    throw new RequestProblem(400, 'bad_multipart', 'The multipart body could not be read', { cause: error });
  }
  if (definition === undefined) throw new RequestProblem(400, 'bad_multipart', 'The multipart submission has no `envelope` part');
  return { files, fileErrors };
}

/**
 * Builds the reference receiver (not listening yet: call `listen`). See docs/server.md for the
 * endpoints, limits and headers.
 */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  const fileTypes = options.fileTypes ?? DEFAULT_FILE_TYPES;
  const corsOrigins = options.corsOrigins ?? [];
  const uploadMemory = new UploadMemory(Math.max(limits.uploadMemoryBytes ?? 0, limits.files * limits.fileBytes));
  const publicOrigins = (options.publicOrigins ?? []).map((origin) => new URL(origin).origin);
  const { storage, definitions } = options;

  const app = Fastify({
    logger: {
      level: options.log?.level ?? 'info',
      ...(options.log?.stream ? { stream: options.log.stream } : {}),
      // Requests are logged by the onResponse hook below, without addresses, queries or bodies.
      serializers: { req: () => ({}), res: () => ({}) },
    },
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: limits.jsonBytes,
    trustProxy: options.trustProxy ?? false,
    forceCloseConnections: 'idle',
    return503OnClosing: true,
    routerOptions: { maxParamLength: 200 },
    // The router's own refusals (a malformed URL 400, an over-long segment 414) in our shape and
    // with our headers; the framework's default quotes the URL (which may hold a reference).
    frameworkErrors: (error, request, reply) => {
      const code = (error as { code?: string }).code ?? '';
      const status = code === 'FST_ERR_BAD_URL' ? 400 : code === 'FST_ERR_MAX_PARAM_LENGTH' ? 414 : 500;
      request.log.info({ method: request.method, route: '(no route)', status, code }, 'request refused');
      securityHeaders(reply, false);
      if (status === 500) return problem(reply, 500, 'server_error', 'The server could not handle the request; try again later');
      return problem(reply, status, status === 400 ? 'bad_url' : 'uri_too_long', FRAMEWORK_MESSAGES[code]!);
    },
  });

  // Structured logs with no personal data: the route pattern (not the URL: it may hold a
  // reference), the status and the time taken. Never answers, files, addresses or tokens.
  app.addHook('onResponse', async (request, reply) => {
    request.log.info({ method: request.method, route: request.routeOptions.url ?? '(no route)', status: reply.statusCode, ms: Math.round(reply.elapsedTime) }, 'request');
  });

  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, request, reply) => {
    if (error instanceof RequestProblem) {
      if (error.statusCode === 503) reply.header('retry-after', String(BUSY_RETRY_SECONDS));
      return problem(reply, error.statusCode, error.code, error.message, error instanceof BodyProblem ? error.path : undefined);
    }
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) {
      request.log.error({ code: error.code, name: error.name, message: error.message }, 'request failed');
      return problem(reply, status, 'server_error', 'The server could not handle the request; try again later');
    }
    request.log.info({ code: error.code, status }, 'request refused');
    const message = (error.code && FRAMEWORK_MESSAGES[error.code]) ?? STATUS_MESSAGES[status] ?? 'The request could not be read';
    return problem(reply, status, STATUS_CODES[status] ?? 'bad_request', message);
  });
  app.setNotFoundHandler((_request, reply) => problem(reply, 404, 'not_found', 'Not found'));

  // Security headers on everything; the strict page CSP on the pages, a nothing-runs CSP elsewhere.
  const flowPath = options.htmlFlow === false ? undefined : (options.htmlFlow?.basePath ?? DEFAULT_HTML_PATH);
  const enhancedFlow = options.htmlFlow !== false && options.htmlFlow?.enhance !== undefined;
  app.addHook('onSend', async (request, reply, payload) => {
    const type = String(reply.getHeader('content-type') ?? '');
    const flow = flowPath !== undefined && /^text\/html/.test(type) && (request.url === flowPath || request.url.startsWith(`${flowPath}/`) || request.url.startsWith(`${flowPath}?`));
    // The analytics dashboard's pages (sign-in included): no script, styles from here, forms post here.
    const dashboard = /^text\/html/.test(type) && (request.url === DASHBOARD_PATH || request.url.startsWith(`${DASHBOARD_PATH}/`) || request.url.startsWith(`${DASHBOARD_PATH}?`));
    const page = options.site !== undefined && !request.url.startsWith('/api/') && /^(text\/html|text\/javascript|text\/css|image\/svg)/.test(type);
    securityHeaders(reply, flow ? (enhancedFlow ? 'enhanced-flow' : 'flow') : dashboard ? 'dashboard' : page);
    return payload;
  });

  await app.register(cors, {
    origin: (origin, callback) => callback(null, origin !== undefined && corsOrigins.includes(origin)),
    methods: ['GET', 'HEAD', 'POST'],
    allowedHeaders: ['Content-Type', 'Idempotency-Key', 'Accept', 'Authorization'],
    maxAge: 600,
  });

  // A cross-site page may send a "simple" POST (multipart) without a preflight: refuse any
  // origin that is neither this server's own nor on the allow-list before reading the body.
  // "Own" is the configured public origin, not the request's Host: a name the attacker's DNS
  // points at this server (rebinding) would otherwise be same-origin. Without one configured,
  // only a loopback host's origin (the demo on 127.0.0.1) counts.
  app.addHook('onRequest', async (request) => {
    if (request.method !== 'POST') return;
    const origin = request.headers.origin;
    if (origin === undefined || corsOrigins.includes(origin) || publicOrigins.includes(origin)) return;
    if (publicOrigins.length === 0 && isLoopbackHost(request.host) && origin === `${request.protocol}://${request.host}`) return;
    // Thrown, so that the route's own error handler answers (JSON for the API, a page for the HTML flow).
    throw new RequestProblem(403, 'origin_not_allowed', 'This origin may not post to this server (see CORS_ORIGINS)');
  });

  await app.register(rateLimit, { global: false });
  const rateLimited: { rateLimit?: { max: number; timeWindow: number } } =
    limits.ratePerMinute === false ? {} : { rateLimit: { max: limits.ratePerMinute, timeWindow: 60_000 } };

  app.get('/health', async () => ({ status: 'ok', storage: storage.kind }));

  // Browsers ask for /favicon.ico on every page that names no icon (the HTML flow's pages name
  // none): "no icon" as an answer they keep for a day, not a 404 in every console and log.
  app.get('/favicon.ico', async (_request, reply) => reply.code(204).header('cache-control', 'public, max-age=86400').send());

  // ------------------------------------------------------------ definitions

  // Each definition compressed once (brotli and gzip), on its first request, and kept with it.
  const codedDefinitions = new WeakMap<LoadedDefinition, Promise<Coded>>();
  const codedDefinition = (loaded: LoadedDefinition) => {
    let coded = codedDefinitions.get(loaded);
    if (!coded) {
      codedDefinitions.set(loaded, (coded = compressBody(loaded.body)));
      // A failed compression is not remembered: the next request tries again.
      coded.catch(() => codedDefinitions.delete(loaded));
    }
    return coded;
  };

  app.get<{ Params: { id: string }; Querystring: { version?: string } }>('/forms/:id', async (request, reply) => {
    const version = typeof request.query.version === 'string' ? request.query.version : undefined;
    const loaded = definitions.get(request.params.id, version);
    if (!loaded) return problem(reply, 404, 'unknown_form', 'No such form (or version)');
    // A browser opening the address (it asks for HTML first): the form's pages. sf-form asks for JSON.
    if (flowPath !== undefined && version === undefined && prefersHtml(request.headers.accept)) {
      return reply.code(303).header('vary', 'Accept').header('cache-control', 'no-cache').header('location', `${flowPath}/${encodeURIComponent(loaded.definition.id)}`).send();
    }
    const coded = await codedDefinition(loaded);
    const coding = chooseCoding(request.headers['accept-encoding'], codingsOf(coded));
    const etag = codedEtag(loaded.etag, coding);
    reply.header('etag', etag).header('cache-control', 'public, max-age=300').header('vary', 'Origin');
    if (codingsOf(coded).length > 0) addVary(reply, 'Accept-Encoding');
    if (matchesEtag(request.headers['if-none-match'], etag)) {
      return reply.code(304).send();
    }
    if (coding !== 'identity') reply.header('content-encoding', coding);
    return reply.type('application/json; charset=utf-8').send(coding === 'identity' ? loaded.body : coded[coding]);
  });

  // ------------------------------------------------------------ submissions

  await app.register(async (api) => {
    api.removeAllContentTypeParsers();
    api.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: limits.jsonBytes }, (_request, body, done) => {
      try {
        done(null, parseJson(body as string));
      } catch (error) {
        done(error as Error, undefined);
      }
    });
    await api.register(multipart, {
      throwFileSizeLimit: false,
      limits: { fileSize: limits.fileBytes, files: limits.files, fields: 1, fieldSize: limits.jsonBytes, parts: limits.files + 1, headerPairs: 50 },
    });

    api.post('/api/submissions', { config: rateLimited }, async (request, reply) => {
      const key = request.headers['idempotency-key'];
      const idempotencyKey = typeof key === 'string' ? key : undefined;
      // The envelope checked and its form and version looked up: before any file is read.
      const open = (body: unknown) => {
        const envelope = readEnvelope(body, idempotencyKey);
        if (!definitions.has(envelope.formId)) throw new RequestProblem(404, 'unknown_form', 'No form with this formId here');
        const loaded = definitions.get(envelope.formId, envelope.formVersion);
        if (!loaded) throw new RequestProblem(409, 'unknown_form_version', 'This form has no such formVersion here: reload the form');
        if (!loaded.definition.locales.includes(envelope.locale)) throw new RequestProblem(400, 'bad_envelope', `locale must be one of the form's: ${loaded.definition.locales.join(', ')}`);
        return { envelope, loaded };
      };
      const memory = uploadMemory.reserve();
      try {
        let opened: ReturnType<typeof open> | undefined;
        const files: ReceivedFile[] = [];
        const fileErrors: FieldError[] = [];
        if (request.isMultipart()) {
          const received = await readMultipart(request, limits, fileTypes, memory.take, (text) => (opened = open(parseJson(text))).loaded.definition);
          files.push(...received.files);
          fileErrors.push(...received.fileErrors);
        } else {
          opened = open(request.body);
        }
        return await store(reply, opened!.envelope, opened!.loaded, files, fileErrors);
      } finally {
        memory.release();
      }
    });

    /** Repeat, field errors, or stored: what happens once the envelope and the files are read. */
    const store = async (reply: FastifyReply, envelope: ReceivedEnvelope, loaded: LoadedDefinition, files: ReceivedFile[], fileErrors: FieldError[]) => {
      const print = fingerprint(envelope, files);
      const repeat = (record: SubmissionRecord) => {
        if (record.fingerprint !== print) {
          return problem(reply, 409, 'idempotency_key_reused', 'This submission id was used for a different submission');
        }
        return reply.code(200).header('cache-control', 'no-store').send(receipt(record));
      };
      const earlier = await storage.bySubmissionId(envelope.submissionId);
      if (earlier) return repeat(earlier);

      const placeErrors = placeFiles(envelope.answers, files);
      const checked = checkAnswers(loaded.definition, envelope.answers, options.today?.());
      const refused = new Set([...fileErrors, ...placeErrors].map((error) => error.field));
      const errors = [...fileErrors, ...placeErrors, ...(checked.ok ? [] : checked.errors.filter((error) => !refused.has(error.field)))];
      if (errors.length > 0 || !checked.ok) return reply.code(422).header('cache-control', 'no-store').send(fieldErrorsBody(errors));

      const { created, record } = await storage.insert(
        {
          submissionId: envelope.submissionId,
          formId: envelope.formId,
          formVersion: envelope.formVersion,
          locale: envelope.locale,
          answers: checked.answers,
          files: checked.files,
          createdAt: envelope.createdAt,
          receivedAt: new Date().toISOString(),
          fingerprint: print,
        },
        createReference,
      );
      if (!created) return repeat(record);
      return reply.code(201).header('cache-control', 'no-store').header('location', `/api/submissions/${record.reference}`).send(receipt(record));
    };
  });

  app.get<{ Params: { reference: string } }>('/api/submissions/:reference', { config: rateLimited }, async (request, reply) => {
    const reference = normalizeReference(request.params.reference);
    const record = reference ? await storage.byReference(reference) : undefined;
    if (!record) return problem(reply, 404, 'unknown_reference', 'No submission has this reference');
    return reply.header('cache-control', 'no-store').send({ reference: record.reference, formId: record.formId, status: record.status, receivedAt: record.receivedAt });
  });

  // ------------------------------------------------------------ export (token)

  const guard = (request: FastifyRequest, reply: FastifyReply): boolean => {
    if (!options.exportToken) {
      void problem(reply, 403, 'export_disabled', 'Export is turned off: start the server with EXPORT_TOKEN set');
      return false;
    }
    if (!authorised(request, options.exportToken)) {
      void problem(reply.header('www-authenticate', 'Bearer realm="export"'), 401, 'unauthorised', 'Export needs Authorization: Bearer <EXPORT_TOKEN>');
      return false;
    }
    return true;
  };
  const exportRecords = async (formId: string, reply: FastifyReply) => {
    const records = await storage.listByForm(formId);
    if (records.length === 0 && !definitions.has(formId)) {
      await problem(reply, 404, 'unknown_form', 'No such form');
      return undefined;
    }
    return records;
  };
  const attachment = (reply: FastifyReply, formId: string, extension: string) =>
    reply.header('cache-control', 'no-store').header('content-disposition', `attachment; filename="${formId.replace(/[^A-Za-z0-9_-]/g, '_')}-submissions.${extension}"`);

  app.get<{ Params: { formId: string } }>('/api/forms/:formId/submissions.csv', { config: rateLimited }, async (request, reply) => {
    if (!guard(request, reply)) return reply;
    const records = await exportRecords(request.params.formId, reply);
    if (!records) return reply;
    return attachment(reply, request.params.formId, 'csv').type('text/csv; charset=utf-8').send(toCsv(records, definitions.get(request.params.formId)?.definition));
  });

  app.get<{ Params: { formId: string } }>('/api/forms/:formId/submissions.json', { config: rateLimited }, async (request, reply) => {
    if (!guard(request, reply)) return reply;
    const records = await exportRecords(request.params.formId, reply);
    if (!records) return reply;
    return attachment(reply, request.params.formId, 'json').type('application/json; charset=utf-8').send(toJsonExport(request.params.formId, records, new Date().toISOString()));
  });

  // A stored file, only as a download: never inline, never sniffed, never run.
  app.get<{ Params: { reference: string; index: string } }>('/api/submissions/:reference/files/:index', { config: rateLimited }, async (request, reply) => {
    if (!guard(request, reply)) return reply;
    const reference = normalizeReference(request.params.reference);
    const record = reference ? await storage.byReference(reference) : undefined;
    const index = /^\d{1,3}$/.test(request.params.index) ? Number(request.params.index) : -1;
    const meta = record?.files[index];
    const content = record && meta ? await storage.fileContent(record.submissionId, index) : undefined;
    if (!meta || !content) return problem(reply, 404, 'not_found', 'No such file');
    return reply
      .header('cache-control', 'no-store')
      .header('content-disposition', `attachment; filename="file-${index}"; filename*=UTF-8''${encodeURIComponent(meta.name)}`)
      .type('application/octet-stream')
      .send(content);
  });

  // ------------------------------------------------------------ feedback and progress events (issue 16)

  const minCount = options.analytics?.minCount ?? DEFAULT_MIN_COUNT;
  const clock = options.analytics?.now ?? Date.now;
  await app.register(async (beacons) => {
    // What navigator.sendBeacon sends for a string (text/plain: no preflight), or JSON.
    beacons.removeAllContentTypeParsers();
    beacons.addContentTypeParser(['application/json', 'text/plain'], { parseAs: 'string' }, (_request, body, done) => {
      try {
        done(null, parseJson(body as string));
      } catch (error) {
        done(error as Error, undefined);
      }
    });
    beacons.post('/api/events', { config: rateLimited, bodyLimit: MAX_EVENTS_BYTES }, async (request, reply) => {
      await storage.addEventCounts(readEvents(request.body, definitions, clock()));
      return reply.code(204).header('cache-control', 'no-store').send();
    });
    beacons.post('/api/feedback', { config: rateLimited, bodyLimit: MAX_FEEDBACK_BYTES }, async (request, reply) => {
      await storage.insertFeedback(readFeedback(request.body, definitions, clock()));
      return reply.code(201).header('cache-control', 'no-store').send({ status: 'received' });
    });
  });

  /** Steps in page order (of the newest version), then check answers, then any other. */
  const stepOrder = (formId: string) => {
    const pages = definitions.get(formId)?.definition.pages.map((page) => page.id) ?? [];
    return (step: string) => (pages.includes(step) ? pages.indexOf(step) : step === CHECK_ANSWERS ? pages.length : pages.length + 1);
  };
  /** The aggregates of a known form by these dimensions: what analytics.json, the CSVs and the dashboard show. */
  const computeAggregates = async (formId: string, by: AnalyticsDimension[]): Promise<Aggregates> => {
    const [counts, feedback] = await Promise.all([storage.eventCounts(formId, by), storage.feedbackCounts(formId, by)]);
    return { formId, k: minCount, by, generatedAt: new Date().toISOString(), ...eventTables(counts, by, minCount, stepOrder(formId)), satisfaction: satisfactionTable(feedback, by, minCount) };
  };
  /** The aggregates of a known form, behind the token; undefined when refused (the reply sent). */
  const aggregates = async (request: FastifyRequest<{ Params: { formId: string }; Querystring: { by?: string } }>, reply: FastifyReply): Promise<Aggregates | undefined> => {
    if (!guard(request, reply)) return undefined;
    const { formId } = request.params;
    if (!definitions.has(formId)) {
      await problem(reply, 404, 'unknown_form', 'No such form');
      return undefined;
    }
    const by = parseBy(request.query.by);
    if (!by) {
      await problem(reply, 400, 'bad_query', 'by: a comma list of formVersion, week, locale, region', 'by');
      return undefined;
    }
    return computeAggregates(formId, by);
  };
  const download = (reply: FastifyReply, formId: string, name: string) =>
    reply.header('cache-control', 'no-store').header('content-disposition', `attachment; filename="${formId.replace(/[^A-Za-z0-9_-]/g, '_')}-${name}"`);

  app.get<{ Params: { formId: string }; Querystring: { by?: string } }>('/api/forms/:formId/analytics.json', { config: rateLimited }, async (request, reply) => {
    const result = await aggregates(request, reply);
    if (!result) return reply;
    return download(reply, result.formId, 'analytics.json').type('application/json; charset=utf-8').send(result);
  });
  for (const table of ['funnel', 'errors', 'satisfaction'] as const) {
    app.get<{ Params: { formId: string }; Querystring: { by?: string } }>(`/api/forms/:formId/analytics/${table}.csv`, { config: rateLimited }, async (request, reply) => {
      const result = await aggregates(request, reply);
      if (!result) return reply;
      const csv = tableCsv(result[table] as Record<string, unknown>[], [...result.by, ...TABLE_COLUMNS[table]]);
      return download(reply, result.formId, `${table}.csv`).type('text/csv; charset=utf-8').send(csv);
    });
  }
  const COMMENT_COLUMNS = ['formVersion', 'week', 'locale', 'region', 'given', 'rating', 'comment'] as const;
  const commentRows = async (formId: string) =>
    (await storage.listFeedback(formId)).filter((row) => row.comment !== undefined).map((row) => Object.fromEntries(COMMENT_COLUMNS.map((column) => [column, row[column]])));
  for (const extension of ['json', 'csv'] as const) {
    app.get<{ Params: { formId: string } }>(`/api/forms/:formId/feedback/comments.${extension}`, { config: rateLimited }, async (request, reply) => {
      if (!guard(request, reply)) return reply;
      const { formId } = request.params;
      if (!definitions.has(formId)) return problem(reply, 404, 'unknown_form', 'No such form');
      const comments = await commentRows(formId);
      download(reply, formId, `comments.${extension}`);
      if (extension === 'csv') return reply.type('text/csv; charset=utf-8').send(tableCsv(comments, COMMENT_COLUMNS));
      return reply.type('application/json; charset=utf-8').send({ formId, exportedAt: new Date().toISOString(), comments });
    });
  }

  // The dashboard (pages for a browser without script) over the same aggregates and comments.
  await registerDashboard(app, {
    exportToken: options.exportToken,
    definitions,
    rateLimited,
    publicOrigins,
    aggregates: computeAggregates,
    commentsCsv: async (formId) => tableCsv(await commentRows(formId), COMMENT_COLUMNS),
  });

  // ------------------------------------------------------------ the HTML flow (no JavaScript)

  if (options.htmlFlow !== false) {
    const settings = options.htmlFlow ?? {};
    const sessions = new HtmlSessions(storage, {
      ...(settings.session ? { settings: settings.session } : {}),
      ...(settings.now ? { now: settings.now } : {}),
      ...(settings.basePath ? { basePath: settings.basePath } : {}),
      publicOrigins,
    });
    await registerHtmlFlow(app, {
      definitions,
      sessions,
      limits,
      fileTypes,
      uploadMemory,
      rateLimited,
      today: options.today,
      now: clock,
      stylesheet: { href: HTML_FLOW_STYLESHEET, file: settings.stylesheetFile ?? defaultStylesheetFile() },
      enhance: settings.enhance ? { script: settings.enhance.script, endpoint: settings.enhance.endpoint ?? '/api/submissions' } : undefined,
    });
    if (settings.purgeIntervalMs !== 0) {
      const stop = sessions.purgeEvery(settings.purgeIntervalMs, (error) => app.log.warn({ message: (error as Error).message }, 'purging sessions failed'));
      app.addHook('onClose', async () => stop());
    }
  }

  if (options.site) registerSite(app, options.site, definitions);
  return app;
}
