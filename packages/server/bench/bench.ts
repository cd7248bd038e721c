// `npm run bench:server`: a bounded load test of POST /api/submissions on loopback, with
// autocannon, for SQLite and for PostgreSQL. Each request is a new, valid submission of the
// service-feedback form (JSON, as the fetch adapter sends it); the server validates it with core
// and stores it. Reports submissions per second and latency percentiles, and checks that every
// 201 is a stored row. Bounded: BENCH_SECONDS (default 10) per run, BENCH_CONNECTIONS (default
// 16) connections. PostgreSQL comes from DATABASE_URL or a throwaway cluster
// (scripts/find-postgres.mjs); BENCH_STORAGES=sqlite runs SQLite alone.
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

const load = loadavg()[0]!.toFixed(1);
const results: Figures[] = [];
const dir = mkdtempSync(join(tmpdir(), 'sf-bench-'));
try {
  for (const synchronous of ['FULL', 'NORMAL'] as const) {
    if (!storages.includes('sqlite')) break;
    const storage = new SqliteStorage(join(dir, `bench-${synchronous}.db`), { synchronous });
    try {
      results.push(await run(`SQLite (file, WAL, synchronous=${synchronous})`, storage));
    } finally {
      await storage.close();
    }
  }
  if (storages.includes('postgres')) {
    const postgres = (await ensurePostgres()) as { url: string; source: string; stop(): Promise<void> };
    try {
      const storage = await PostgresStorage.open(postgres.url);
      try {
        results.push(await run(`PostgreSQL (${postgres.source === 'env' ? 'DATABASE_URL' : 'throwaway cluster, default settings'})`, storage));
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
