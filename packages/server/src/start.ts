import type { FastifyInstance } from 'fastify';
import { buildServer, DEFAULT_LIMITS, type ServerOptions } from './app.js';
import { DefinitionStore } from './definitions.js';
import { DEFAULT_MIN_COUNT } from './analytics/aggregate.js';
import { htmlSessionSettingsFromEnv, type HtmlSessionSettings } from './html-session.js';
import { DEFAULT_SQLITE_FILE, openStorage } from './storage/open-storage.js';
import type { Storage } from './storage/storage.js';

/** Settings from the environment (docs/server.md lists them). */
export interface EnvConfig {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  sqliteFile: string;
  /** `FULL` (default: an accepted submission survives a power cut) or `NORMAL` (faster). */
  sqliteSynchronous: 'FULL' | 'NORMAL';
  formsDir: string;
  exportToken: string | undefined;
  corsOrigins: string[];
  /** The origin(s) the server's own pages are served from, for same-origin POSTs (PUBLIC_ORIGIN). */
  publicOrigins: string[];
  ratePerMinute: number | false;
  fileBytes: number;
  /** Most bytes of uploaded files held in memory at once (MAX_UPLOAD_MEMORY); undefined: 10 × fileBytes. */
  uploadMemoryBytes: number | undefined;
  logLevel: string;
  /** On SIGTERM/SIGINT, how long new requests get `503` while the server still listens (SHUTDOWN_DRAIN_MS). */
  shutdownDrainMs: number;
  /** Behind a reverse proxy: take the client's address from X-Forwarded-For (for the rate limit). */
  trustProxy: boolean;
  /** Sessions of the HTML flow: HTML_SESSION_TTL, HTML_SESSION_MAX_AGE, HTML_SESSION_GRACE (seconds). */
  htmlSession: HtmlSessionSettings;
  /**
   * HTML_ENHANCE_SCRIPT: the bundle's URL on this server (`/dist/service-forms.js` with the
   * demo site); the HTML flow's pages load it and `<sf-form>` takes them over (issue 15). Unset: no script.
   */
  htmlEnhanceScript: string | undefined;
  /** k of the analytics aggregates: cells under it are suppressed (ANALYTICS_MIN_COUNT, default 10). */
  analyticsMinCount: number;
}

/** How long a closing server keeps answering new requests `503` before it stops listening. */
export const DEFAULT_DRAIN_MS = 2000;

function integer(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  if (!/^\d+$/.test(value)) throw new Error(`${name} must be a whole number, got ${JSON.stringify(value)}`);
  return Number(value);
}

/** A comma-separated list of origins (`https://forms.agency.kz`), each checked. */
function origins(name: string, value: string | undefined): string[] {
  const list = (value ?? '').split(',').map((origin) => origin.trim()).filter(Boolean);
  for (const origin of list) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.origin !== origin.replace(/\/$/, '')) throw new Error(`${name} must be origins like https://forms.example.kz (scheme, host, port if not the default; no path), got ${JSON.stringify(origin)}`);
  }
  return list.map((origin) => origin.replace(/\/$/, ''));
}

/** HTML_ENHANCE_SCRIPT: a path on this server (the pages' CSP allows scripts from it only). */
function enhanceScript(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (!/^\/[\w./-]+\.js$/.test(value) || value.includes('..')) throw new Error(`HTML_ENHANCE_SCRIPT must be a path on this server ending in .js, like /dist/service-forms.js, got ${JSON.stringify(value)}`);
  return value;
}

/** ANALYTICS_MIN_COUNT: a whole number from 1 (default 10; under 10 weakens the protection). */
function minCount(value: string | undefined): number {
  const k = integer('ANALYTICS_MIN_COUNT', value, DEFAULT_MIN_COUNT);
  if (k < 1) throw new Error('ANALYTICS_MIN_COUNT must be 1 or more (default 10)');
  return k;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): EnvConfig {
  const rate = integer('RATE_LIMIT_PER_MINUTE', env.RATE_LIMIT_PER_MINUTE, DEFAULT_LIMITS.ratePerMinute || 60);
  const exportToken = env.EXPORT_TOKEN || undefined;
  const synchronous = (env.SQLITE_SYNCHRONOUS || 'FULL').toUpperCase();
  if (synchronous !== 'FULL' && synchronous !== 'NORMAL') throw new Error('SQLITE_SYNCHRONOUS must be FULL or NORMAL');
  if (exportToken !== undefined && exportToken.length < 16) throw new Error('EXPORT_TOKEN must be at least 16 characters');
  return {
    port: integer('PORT', env.PORT, 8080),
    host: env.HOST || '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    sqliteFile: env.SQLITE_FILE || DEFAULT_SQLITE_FILE,
    sqliteSynchronous: synchronous,
    formsDir: env.FORMS_DIR || 'examples/forms',
    exportToken,
    corsOrigins: (env.CORS_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
    publicOrigins: origins('PUBLIC_ORIGIN', env.PUBLIC_ORIGIN),
    ratePerMinute: rate === 0 ? false : rate,
    fileBytes: integer('MAX_FILE_BYTES', env.MAX_FILE_BYTES, DEFAULT_LIMITS.fileBytes),
    uploadMemoryBytes: env.MAX_UPLOAD_MEMORY ? integer('MAX_UPLOAD_MEMORY', env.MAX_UPLOAD_MEMORY, 0) : undefined,
    logLevel: env.LOG_LEVEL || 'info',
    shutdownDrainMs: integer('SHUTDOWN_DRAIN_MS', env.SHUTDOWN_DRAIN_MS, DEFAULT_DRAIN_MS),
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    htmlSession: htmlSessionSettingsFromEnv(env),
    htmlEnhanceScript: enhanceScript(env.HTML_ENHANCE_SCRIPT),
    analyticsMinCount: minCount(env.ANALYTICS_MIN_COUNT),
  };
}

export interface Started {
  app: FastifyInstance;
  storage: Storage;
  /** The definitions loaded from `formsDir`. */
  definitions: DefinitionStore;
  url: string;
  /**
   * Drains, then stops: for `drainMs` (default 0) new requests get `503 shutting_down` with
   * `Retry-After: 1` and `Connection: close` while the server still listens (so connections
   * waiting to be accepted get that answer, not a reset); then it stops listening, closes idle
   * connections, finishes requests in flight, and closes storage.
   */
  close(options?: { drainMs?: number }): Promise<void>;
}

/**
 * Opens storage, loads the definitions, builds the server and listens. `PORT` taken: when
 * `fallbackToFreePort`, listens on a free port instead.
 */
export async function startServer(
  config: EnvConfig,
  extra: Partial<Omit<ServerOptions, 'storage' | 'definitions'>> & { fallbackToFreePort?: boolean; onFallback?: (port: number) => void } = {},
): Promise<Started> {
  const definitions = await DefinitionStore.load(config.formsDir);
  const storage = await openStorage({ databaseUrl: config.databaseUrl, sqliteFile: config.sqliteFile, sqliteSynchronous: config.sqliteSynchronous });
  let app: FastifyInstance | undefined;
  try {
    const { fallbackToFreePort, onFallback, ...rest } = extra;
    app = await buildServer({
      storage,
      definitions,
      exportToken: config.exportToken,
      corsOrigins: config.corsOrigins,
      publicOrigins: config.publicOrigins,
      limits: { ratePerMinute: config.ratePerMinute, fileBytes: config.fileBytes, ...(config.uploadMemoryBytes !== undefined ? { uploadMemoryBytes: config.uploadMemoryBytes } : {}) },
      log: { level: config.logLevel },
      trustProxy: config.trustProxy,
      htmlFlow: { session: config.htmlSession, ...(config.htmlEnhanceScript ? { enhance: { script: config.htmlEnhanceScript } } : {}) },
      analytics: { minCount: config.analyticsMinCount },
      ...rest,
    });
    // While draining, every new request (requests in flight are past this hook) is told to retry.
    let draining = false;
    app.addHook('onRequest', async (_request, reply) => {
      if (!draining) return;
      return reply.code(503).header('retry-after', '1').header('connection', 'close').send({ error: 'shutting_down', message: 'The server is stopping: try again shortly' });
    });
    let port = config.port;
    try {
      await app.listen({ port, host: config.host });
    } catch (error) {
      if ((error as { code?: string }).code !== 'EADDRINUSE' || !fallbackToFreePort) throw error;
      onFallback?.(port);
      port = 0;
      await app.listen({ port, host: config.host });
    }
    const address = app.server.address();
    const actual = typeof address === 'object' && address ? address.port : port;
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    const server = app;
    return {
      app: server,
      storage,
      definitions,
      url: `http://${host}:${actual}/`,
      close: async ({ drainMs = 0 } = {}) => {
        draining = true;
        if (drainMs > 0) await new Promise((resolve) => setTimeout(resolve, drainMs));
        await server.close();
        await storage.close();
      },
    };
  } catch (error) {
    await app?.close();
    await storage.close();
    throw error;
  }
}

/**
 * On SIGINT/SIGTERM: answer new requests `503` for `drainMs` while still listening, then stop
 * listening, let requests in flight finish, close storage, exit.
 */
export function closeOnSignals(started: Started, log: (line: string) => void = () => {}, drainMs = DEFAULT_DRAIN_MS): void {
  let closing = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (closing) return;
      closing = true;
      log(`${signal}: answering new requests 503 for ${drainMs} ms, finishing requests in flight, then stopping`);
      started.close({ drainMs }).then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}
