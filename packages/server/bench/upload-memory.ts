// `npm run bench:upload`: how much memory the server takes for multipart uploads it receives.
// Starts the server (source, SQLite in a temporary folder) as its own process on 127.0.0.1,
// sends CONCURRENT multipart posts at once, each an envelope then FILES parts of MIB MiB
// (generated as they are sent, so this process stays small), and reads the server's resident
// memory from /proc (VmRSS before, VmHWM: the peak) on Linux. Bounded: 2 scenarios, a
// 120-second timeout each.
//   1. a form with no file field (service-feedback), files.proof parts: nothing to keep
//   2. a form whose field takes files (targeted-social-assistance incomeProof: 5 files of 5 MB at most)
// Env: CONCURRENT (4), FILES (10), MIB (10), MAX_UPLOAD_MEMORY (passed to the server).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const concurrent = Number(process.env.CONCURRENT ?? 4);
const files = Number(process.env.FILES ?? 10);
const mib = Number(process.env.MIB ?? 10);
const root = fileURLToPath(new URL('../../../', import.meta.url));

function memory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)![1]);
  return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
}

async function startServer(dir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'packages/server/src/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', SQLITE_FILE: join(dir, 'submissions.db'), RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server did not start in 60 s')), 60_000);
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += String(chunk);
      const match = /(http:\/\/\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code})`)));
  });
  return { child, url };
}

/** One multipart post: the envelope, then `files` parts of `mib` MiB each, streamed. */
function post(url: string, formId: string, part: string): Promise<number> {
  const boundary = `sf-bench-${randomUUID()}`;
  const envelope = { submissionId: randomUUID(), formId, formVersion: '1.0.0', locale: 'en', answers: {}, createdAt: new Date().toISOString() };
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  Buffer.from('%PDF-1.7\n').copy(chunk);
  return new Promise((resolve, reject) => {
    const req = request(new URL('/api/submissions', url), { method: 'POST', headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode!));
    });
    req.on('error', reject);
    void (async () => {
      const write = (data: Buffer | string) => (req.write(data) ? Promise.resolve() : new Promise<void>((done) => req.once('drain', done)));
      await write(`--${boundary}\r\nContent-Disposition: form-data; name="envelope"\r\n\r\n${JSON.stringify(envelope)}\r\n`);
      for (let i = 0; i < files; i++) {
        await write(`--${boundary}\r\nContent-Disposition: form-data; name="${part}"; filename="${i}.pdf"\r\nContent-Type: application/pdf\r\n\r\n`);
        for (let sent = 0; sent < mib * 1024 * 1024; sent += chunk.length) await write(chunk);
        await write('\r\n');
      }
      req.end(`--${boundary}--\r\n`);
    })().catch(reject);
  });
}

async function scenario(name: string, formId: string, part: string) {
  const dir = mkdtempSync(join(tmpdir(), 'sf-upload-bench-'));
  const { child, url } = await startServer(dir);
  const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
  try {
    await post(url, formId, part); // warm up
    const before = memory(child.pid!);
    const started = performance.now();
    const statuses = await Promise.all(Array.from({ length: concurrent }, () => post(url, formId, part)));
    const seconds = (performance.now() - started) / 1000;
    const after = memory(child.pid!);
    console.log(
      `${name}: ${concurrent} posts × ${files} × ${mib} MiB: RSS before ${before.rss.toFixed(0)} MiB, peak ${after.peak.toFixed(0)} MiB ` +
        `(+${(after.peak - before.rss).toFixed(0)} MiB), statuses ${statuses.join(' ')}, ${seconds.toFixed(1)} s`,
    );
  } finally {
    clearTimeout(timer);
    child.kill('SIGTERM');
    await new Promise((done) => child.once('exit', done));
    rmSync(dir, { recursive: true, force: true });
  }
}

await scenario('form with no file field (service-feedback, files.proof)', 'service-feedback', 'files.proof');
await scenario('field that takes files (targeted-social-assistance, files.incomeProof)', 'targeted-social-assistance', 'files.incomeProof');
