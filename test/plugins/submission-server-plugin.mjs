/**
 * A @web/test-runner plugin: a small submission receiver on the test server's own origin, under
 * `/test-api/`, so adapter tests send real HTTP requests (no fetch mocks) and can inject faults.
 *
 * - `POST /test-api/submissions`: stores a submission by its `Idempotency-Key` exactly once
 *   (new → 201 with `{ reference, receivedAt }`; a repeat → 200 with the same receipt). Accepts
 *   `application/json` (the envelope) and `multipart/form-data` (a part `envelope` with the JSON,
 *   one part per file named `files.<fieldName>`). The envelope's `submissionId` must equal the key.
 * - `POST /test-api/faults`: a JSON array (or `{ faults: [...] }`) that the next submission
 *   requests run into, one per request, then back to normal. A fault is an object:
 *   `{ drop: true }` destroys the socket without any response; `{ drop: true, afterStore: true }`
 *   stores the submission first (the response is lost, the data is not); `{ delayMs }` waits
 *   before answering (capped, see MAX_DELAY_MS); `{ status, retryAfter?, errors?, body? }`
 *   answers with that status (`retryAfter` is the `Retry-After` header, seconds or an HTTP date;
 *   `errors` makes a 422 body `{ errors }`; `body` is sent as is, a string or JSON) and stores
 *   nothing. `delayMs` combines with the others.
 * - `GET /test-api/stats`: `{ submissions: { [id]: { requests, stored, repeats, reference } },
 *   requests, faultsLeft, lastRequest }`, where `lastRequest` holds the last submission request's
 *   `headers`, `contentType`, parsed `envelope` and `files` (`{ part, name, type, size, text }`).
 * - `POST /test-api/reset`: forgets the scope's submissions, faults and stats.
 *
 * Every route is scoped by an `X-Test-Scope` header (or `?scope=`), default `default`, so test
 * files running at the same time in other pages do not consume each other's faults.
 *
 * The dev server's Koa app is composed before plugins start, so this wraps the Node server's
 * `request` listeners instead: only `/test-api/` paths are answered here, everything else goes
 * to the dev server untouched. Bounded: a body must arrive within BODY_TIMEOUT_MS and a delay is
 * at most MAX_DELAY_MS, so no request hangs for more than a few seconds.
 */
const BASE = '/test-api/';
const MAX_DELAY_MS = 5000;
const BODY_TIMEOUT_MS = 5000;
const MAX_BODY_BYTES = 20 * 1024 * 1024;
/** File contents up to this size are echoed in stats, so a test can check what arrived. */
const ECHO_TEXT_BYTES = 1024;

export function submissionServerPlugin() {
  /** @type {Map<string, ReturnType<typeof newScope>>} */
  const scopes = new Map();
  const newScope = () => ({
    faults: [],
    /** @type {Map<string, { requests: number, stored: number, repeats: number, receipt?: { reference: string, receivedAt: string } }>} */
    submissions: new Map(),
    requests: 0,
    count: 0,
    lastRequest: null,
  });
  const scopeOf = (req, url) => {
    const name = String(req.headers['x-test-scope'] ?? url.searchParams.get('scope') ?? 'default');
    let scope = scopes.get(name);
    if (!scope) scopes.set(name, (scope = newScope()));
    return scope;
  };

  /** @type {import('node:http').Server} */
  let server;

  async function handle(req, res, url, reused) {
    const scope = scopeOf(req, url);
    const route = `${req.method} ${url.pathname.slice(BASE.length)}`;
    if (route === 'POST submissions') return submission(req, res, url, scope, reused);
    if (route === 'POST faults') {
      const body = JSON.parse((await readBody(req)).toString('utf8') || '[]');
      const faults = Array.isArray(body) ? body : body.faults;
      if (!Array.isArray(faults) || faults.some((f) => f === null || typeof f !== 'object')) {
        return json(res, 400, { message: 'faults must be an array of objects' });
      }
      scope.faults = faults;
      // Chromium silently resends a request whose reused keep-alive connection closes before
      // any response (the server may have timed it out), so a drop on a reused connection never
      // reaches the page. Closing the idle connections now makes the next request open a fresh
      // one, where a drop is a network error the adapter sees.
      if (faults.some((f) => f.drop)) server.closeIdleConnections();
      return json(res, 200, { queued: faults.length });
    }
    if (route === 'GET stats') {
      return json(res, 200, {
        submissions: Object.fromEntries(
          [...scope.submissions].map(([id, s]) => [id, { requests: s.requests, stored: s.stored, repeats: s.repeats, reference: s.receipt?.reference ?? null }]),
        ),
        requests: scope.requests,
        faultsLeft: scope.faults.length,
        lastRequest: scope.lastRequest,
      });
    }
    if (route === 'POST reset') {
      await readBody(req);
      scopes.delete(String(req.headers['x-test-scope'] ?? url.searchParams.get('scope') ?? 'default'));
      res.writeHead(204, { connection: 'close' }).end();
      return undefined;
    }
    return json(res, 404, { message: `no test-api route ${route}` });
  }

  async function submission(req, res, url, scope, reused) {
    if (scope.faults[0]?.drop && reused) {
      // Rarely a request still arrives on a reused connection (see faults): Chromium resends it
      // by itself after a drop, so the fault stays for that resend and nothing is counted twice.
      req.socket.destroy();
      return;
    }
    scope.requests++;
    const key = req.headers['idempotency-key'];
    const record = typeof key === 'string' && key ? entry(scope, key) : undefined;
    if (record) record.requests++;
    const fault = scope.faults.shift() ?? {};
    scope.lastRequest = { headers: { ...req.headers }, contentType: req.headers['content-type'] ?? null, envelope: null, files: [] };

    if (fault.drop && !fault.afterStore) {
      req.socket.destroy();
      return;
    }
    const raw = await readBody(req);
    if (fault.delayMs) await new Promise((resolve) => setTimeout(resolve, Math.min(Number(fault.delayMs), MAX_DELAY_MS)));

    if (fault.status !== undefined || fault.body !== undefined) {
      const headers = {};
      if (fault.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter);
      const status = fault.status ?? 200;
      if (fault.body !== undefined) {
        const text = typeof fault.body === 'string' ? fault.body : JSON.stringify(fault.body);
        res.writeHead(status, { 'content-type': 'application/json', connection: 'close', ...headers }).end(text);
        return;
      }
      if (fault.errors !== undefined) return json(res, status, { errors: fault.errors }, headers);
      return json(res, status, { message: `injected fault ${status}` }, headers);
    }

    if (!record) return json(res, 400, { message: 'missing Idempotency-Key header' });
    let parsed;
    try {
      parsed = await parseSubmission(req, url, raw);
    } catch (error) {
      return json(res, 400, { message: `unreadable body: ${error.message}` });
    }
    if (!parsed) return json(res, 415, { message: 'send application/json or multipart/form-data' });
    scope.lastRequest.envelope = parsed.envelope;
    scope.lastRequest.files = parsed.files;
    if (parsed.envelope?.submissionId !== key) {
      return json(res, 400, { message: 'the envelope submissionId differs from the Idempotency-Key' });
    }

    const repeat = Boolean(record.receipt);
    if (repeat) {
      record.repeats++;
    } else {
      record.stored++;
      scope.count++;
      record.receipt = { reference: `TEST-${String(scope.count).padStart(4, '0')}`, receivedAt: new Date().toISOString() };
    }
    if (fault.drop) {
      req.socket.destroy();
      return;
    }
    return json(res, repeat ? 200 : 201, record.receipt);
  }

  return {
    name: 'submission-server',
    serverStart(args) {
      server = args.server;
      if (!server) throw new Error('submission-server: the dev server has no HTTP server (middleware mode is not supported)');
      const others = server.listeners('request');
      server.removeAllListeners('request');
      /** Connections that carried a request before: Chromium treats a drop on those differently. */
      const used = new WeakSet();
      server.on('request', (req, res) => {
        const reused = used.has(req.socket);
        used.add(req.socket);
        const url = new URL(req.url ?? '/', 'http://localhost');
        if (!url.pathname.startsWith(BASE)) {
          for (const listener of others) listener.call(server, req, res);
          return;
        }
        handle(req, res, url, reused).catch((error) => {
          if (!res.headersSent && !req.socket.destroyed) json(res, 500, { message: `test-api failed: ${error.message}` });
          else req.socket.destroy();
        });
      });
    },
  };
}

function entry(scope, key) {
  let record = scope.submissions.get(key);
  if (!record) scope.submissions.set(key, (record = { requests: 0, stored: 0, repeats: 0 }));
  return record;
}

function json(res, status, body, headers = {}) {
  // `connection: close`: test-api responses leave no idle connection behind to be reused (see faults).
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', connection: 'close', ...headers }).end(JSON.stringify(body));
}

/** The whole body, or a rejection when it is too large or does not arrive within BODY_TIMEOUT_MS. */
function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    const timer = setTimeout(() => {
      req.socket.destroy();
      reject(new Error(`body not received within ${BODY_TIMEOUT_MS} ms`));
    }, BODY_TIMEOUT_MS);
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        clearTimeout(timer);
        req.socket.destroy();
        reject(new Error('body too large'));
      } else {
        chunks.push(chunk);
      }
    });
    req.on('end', () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks));
    });
    req.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/** `{ envelope, files }` from a JSON or multipart body; undefined for any other content type. */
async function parseSubmission(req, url, raw) {
  const type = String(req.headers['content-type'] ?? '');
  if (type.startsWith('application/json')) return { envelope: JSON.parse(raw.toString('utf8')), files: [] };
  if (!type.startsWith('multipart/form-data')) return undefined;
  // Node 20's WHATWG Request parses multipart like a browser would; no parser dependency.
  const form = await new Request(url, { method: 'POST', headers: { 'content-type': type }, body: raw }).formData();
  const part = form.get('envelope');
  if (typeof part !== 'string') throw new Error('no text part named "envelope"');
  const files = [];
  for (const [name, value] of form) {
    if (name === 'envelope') continue;
    if (!name.startsWith('files.') || typeof value === 'string') throw new Error(`unexpected part "${name}"`);
    files.push({
      part: name,
      name: value.name,
      type: value.type,
      size: value.size,
      text: value.size <= ECHO_TEXT_BYTES ? await value.text() : null,
    });
  }
  return { envelope: JSON.parse(part), files };
}
