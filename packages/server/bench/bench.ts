// `npm run bench:server`: a bounded load test of POST /api/submissions on loopback, with
// autocannon, for SQLite and for PostgreSQL. Each request is a new, valid submission of the
// service-feedback form (JSON, as the fetch adapter sends it); the server validates it with core
// and stores it. Reports submissions per second and latency percentiles, and checks that every
// 201 is a stored row. Bounded: BENCH_SECONDS (default 10) per run, BENCH_CONNECTIONS (default
// 16) connections. PostgreSQL comes from DATABASE_URL or a throwaway cluster
// (scripts/find-postgres.mjs); BENCH_STORAGES=sqlite runs SQLite alone.
//
// Then POST /api/events (issue 16): batches of BENCH_EVENTS_PER_BATCH (default 20) progress
// events of the job-seeker form, as navigator.sendBeacon sends them (text/plain), each a new
// attempt over its pages, locales and regions, a quarter of them failed pages with one or two
// error codes. Bounded in count and time: at most BENCH_EVENT_BATCHES (default 10000) batches
// and BENCH_SECONDS per storage. Reports events per second and checks the counters add up to
// the events of every 204. BENCH_WHAT=submissions or BENCH_WHAT=events runs one of the two.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { buildServer } from '../src/app.js';
import { DefinitionStore } from '../src/definitions.js';
import { PostgresStorage } from '../src/storage/postgres.js';
import { SqliteStorage } from '../src/storage/sqlite.js';
import type { Storage } from '../src/storage/storage.js';
// @ts-expect-error: a plain .mjs script without type declarations
import { ensurePostgres } from '../../../scripts/find-postgres.mjs';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 16);
const storages = (process.env.BENCH_STORAGES ?? 'sqlite,postgres').split(',');
const what = (process.env.BENCH_WHAT ?? 'submissions,events').split(',');
const eventsPerBatch = Number(process.env.BENCH_EVENTS_PER_BATCH ?? 20);
const eventBatches = Number(process.env.BENCH_EVENT_BATCHES ?? 10000);
const formsDir = fileURLToPath(new URL('../../../examples/forms/', import.meta.url));

const body = () =>
  JSON.stringify({
    submissionId: randomUUID(),
    formId: 'service-feedback',
    formVersion: '1.0.0',
    locale: 'kk',
    answers: {
      service: 'job-seeker-registration',
      channel: 'online',
      rating: '2',
      reasons: ['waiting', 'unclear'],
      comment: 'Телефонға екі күн бойы ешкім жауап бермеді. Nobody answered the phone for two days.',
      wantsReply: 'yes',
      replyName: 'Айгүл Серікқызы',
      replyBy: 'email',
      replyEmail: 'aigul@example.kz',
      replyConsent: true,
    },
    createdAt: new Date().toISOString(),
  });

interface Figures {
  storage: string;
  submissionsPerSecond: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  created: number;
  other: number;
  stored: number;
}

async function run(name: string, storage: Storage): Promise<Figures> {
  const definitions = await DefinitionStore.load(formsDir);
  const app = await buildServer({ storage, definitions, limits: { ratePerMinute: false }, log: { level: 'silent' } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api/submissions`;
  try {
    await storage.clear();
    const result = await autocannon({
      url,
      method: 'POST',
      connections,
      duration: seconds,
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      requests: [
        {
          setupRequest: (request) => {
            const text = body();
            return { ...request, body: text, headers: { ...request.headers, 'idempotency-key': JSON.parse(text).submissionId } };
          },
        },
      ],
    });
    const created = result['2xx'];
    const stored = await storage.count();
    return {
      storage: name,
      submissionsPerSecond: Math.round(created / (result.duration || seconds)),
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
      created,
      other: result.non2xx + result.errors + result.timeouts,
      stored,
    };
  } finally {
    await app.close();
  }
}

const STEPS = ['about-you', 'legal-representative', 'contact', 'where-you-live', 'education', 'check-answers'];
const LOCALES = ['kk', 'ru', 'en'];
const REGIONS = ['astana', 'almaty-city', 'shymkent', 'abai', 'akmola'];
const ERRORS = [
  { field: 'iin', code: 'iin_checksum' },
  { field: 'mobilePhone', code: 'phone_format' },
  { field: 'fullName', code: 'required' },
  { field: 'education[0].level', code: 'required' },
];
const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)]!;

/** Failed pages per batch: every 4th event, each with two error codes. */
const failedPerBatch = Math.floor(eventsPerBatch / 4);
/** Counters one batch adds: one per event, one more per error code. */
const countsPerBatch = eventsPerBatch + 2 * failedPerBatch;

/** One beacon's batch: one attempt's events over the pages, one locale and region, a random time this week. */
function eventBatch(): string {
  const attempt = randomUUID();
  const locale = pick(LOCALES);
  const region = pick(REGIONS);
  const at = new Date().toISOString();
  const events = Array.from({ length: eventsPerBatch }, (_, i) => {
    const failed = i % 4 === 3;
    const first = Math.floor(Math.random() * ERRORS.length);
    const errors = failed ? [ERRORS[first]!, ERRORS[(first + 1) % ERRORS.length]!] : undefined;
    const type = failed ? 'page-failed' : i === eventsPerBatch - 1 ? pick(['submitted', 'abandoned']) : 'page-reached';
    // A distinct attempt id per event, so nothing is a repeat to be counted once.
    return { type, formId: 'job-seeker-registration', formVersion: '1.0.0', step: STEPS[i % STEPS.length]!, locale, attempt: `${attempt}-${i}`, at, region, ...(errors ? { errors } : {}) };
  });
  return JSON.stringify({ events });
}

interface EventFigures {
  storage: string;
  eventsPerSecond: number;
  batches: number;
  events: number;
  p50: number;
  p99: number;
  other: number;
  counted: number;
  expected: number;
}

async function runEvents(name: string, storage: Storage): Promise<EventFigures> {
  const definitions = await DefinitionStore.load(formsDir);
  const app = await buildServer({ storage, definitions, limits: { ratePerMinute: false }, log: { level: 'silent' }, htmlFlow: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api/events`;
  try {
    await storage.clear();
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url,
          method: 'POST',
          connections,
          amount: eventBatches,
          headers: { 'content-type': 'text/plain;charset=UTF-8' },
          requests: [{ setupRequest: (request) => ({ ...request, body: eventBatch() }) }],
        },
        (error, done) => (error ? reject(error) : resolve(done)),
      );
      // Bounded in time as well as in count.
      const timer = setTimeout(() => instance.stop(), seconds * 1000);
      instance.on('done', () => clearTimeout(timer));
    });
    const ok = result['2xx'];
    const counted = await storage.countEvents();
    const expected = ok * countsPerBatch;
    return {
      storage: name,
      eventsPerSecond: Math.round((ok * eventsPerBatch) / (result.duration || seconds)),
      batches: ok,
      events: ok * eventsPerBatch,
      p50: result.latency.p50,
      p99: result.latency.p99,
      other: result.non2xx + result.errors + result.timeouts,
      counted,
      expected,
    };
  } finally {
    await app.close();
  }
}

const load = loadavg()[0]!.toFixed(1);
const results: Figures[] = [];
const eventResults: EventFigures[] = [];
/** The runs asked for (BENCH_WHAT) on one storage. */
async function runAll(name: string, storage: Storage): Promise<void> {
  if (what.includes('submissions')) results.push(await run(name, storage));
  if (what.includes('events')) eventResults.push(await runEvents(name, storage));
}
const dir = mkdtempSync(join(tmpdir(), 'sf-bench-'));
try {
  for (const synchronous of ['FULL', 'NORMAL'] as const) {
    if (!storages.includes('sqlite')) break;
    const storage = new SqliteStorage(join(dir, `bench-${synchronous}.db`), { synchronous });
    try {
      await runAll(`SQLite (file, WAL, synchronous=${synchronous})`, storage);
    } finally {
      await storage.close();
    }
  }
  if (storages.includes('postgres')) {
    const postgres = (await ensurePostgres()) as { url: string; source: string; stop(): Promise<void> };
    try {
      const storage = await PostgresStorage.open(postgres.url);
      try {
        await runAll(`PostgreSQL (${postgres.source === 'env' ? 'DATABASE_URL' : 'throwaway cluster, default settings'})`, storage);
      } finally {
        await storage.close();
      }
    } finally {
      await postgres.stop();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

if (results.length > 0) {
  console.log(`\nPOST /api/submissions, new valid submissions, ${connections} connections, ${seconds} s each, loopback, Node ${process.version}, ${cpus().length} cores (client and server share them), load average before the runs ${load}\n`);
  console.log('| storage | submissions/s | p50 ms | p90 ms | p99 ms | max ms | 201s | other answers | rows stored |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of results) console.log(`| ${r.storage} | ${r.submissionsPerSecond} | ${r.p50} | ${r.p90} | ${r.p99} | ${r.max} | ${r.created} | ${r.other} | ${r.stored} |`);
  // Requests still in flight when the run stops are stored without their answer being counted.
  const broken = results.filter((r) => r.other > 0 || r.stored < r.created || r.stored > r.created + connections);
  if (broken.length > 0) {
    console.error(`\nbench:server: ${broken.map((r) => r.storage).join(', ')}: failed requests, or rows stored do not match the 201 answers`);
    process.exitCode = 1;
  }
}

if (eventResults.length > 0) {
  console.log(`\nPOST /api/events, beacons of ${eventsPerBatch} events (${countsPerBatch} counters each), at most ${eventBatches} batches and ${seconds} s per storage, ${connections} connections, loopback, Node ${process.version}, ${cpus().length} cores shared, load average before the runs ${load}\n`);
  console.log('| storage | events/s | batches/s | p50 ms | p99 ms | 204s | events | other answers | counters added (expected) |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of eventResults) console.log(`| ${r.storage} | ${r.eventsPerSecond} | ${Math.round(r.eventsPerSecond / eventsPerBatch)} | ${r.p50} | ${r.p99} | ${r.batches} | ${r.events} | ${r.other} | ${r.counted} (${r.expected}) |`);
  // Batches in flight when a run is stopped by time are counted without their 204 being seen.
  const wrong = eventResults.filter((r) => r.other > 0 || r.counted < r.expected || r.counted > r.expected + connections * countsPerBatch);
  if (wrong.length > 0) {
    console.error(`\nbench:server: ${wrong.map((r) => r.storage).join(', ')}: failed requests, or counters do not add up to the 204 answers`);
    process.exitCode = 1;
  }
}
