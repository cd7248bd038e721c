#!/usr/bin/env node
/**
 * `service-forms-server`, the package's `bin` (`npx @service-forms/server --forms ./forms`): the
 * reference receiver serving a folder of form definitions. Flags override the environment's
 * settings (docs/server.md, "Settings"); every other setting (EXPORT_TOKEN, CORS_ORIGINS, …)
 * comes from the environment as for `node dist/main.js`.
 *
 * Exit codes: 1 when it cannot start (no such folder, no definition in it, a bad definition
 * named by file and path, the port taken); 2 when the command line is wrong; 0 after `--help`
 * and after a clean stop on SIGINT/SIGTERM.
 */
import { readdirSync, statSync } from 'node:fs';
import process from 'node:process';
import type { EnvConfig, Started } from './start.js';

const USAGE = `usage: service-forms-server --forms <folder> [--port 8080] [--host 127.0.0.1] [--db <file or URL>]

Serves the form definitions in <folder> (every *.json directly in it, checked at start):
each as JSON at /forms/<id> for <sf-form src> and as HTML pages without JavaScript at
/apply/<id>, and receives submissions at POST /api/submissions.

  --forms <folder>   the definitions (default: FORMS_DIR)
  --port <n>         port to listen on; 0 picks a free one (default: PORT, else 8080)
  --host <address>   address to listen on (default: HOST, else 127.0.0.1)
  --db <file | URL>  SQLite file, created on first run (default: SQLITE_FILE, else
                     data/submissions.db), or a postgres:// URL (default: DATABASE_URL)
  -h, --help         print this and exit

Other settings come from the environment: EXPORT_TOKEN, CORS_ORIGINS, PUBLIC_ORIGIN,
RATE_LIMIT_PER_MINUTE, MAX_FILE_BYTES, LOG_LEVEL, ... (docs/server.md in the repository).`;

const out = (text: string) => process.stdout.write(`${text}\n`);
const err = (text: string) => process.stderr.write(`${text}\n`);

class UsageError extends Error {}

interface Flags {
  help: boolean;
  forms?: string;
  port?: string;
  host?: string;
  db?: string;
}

const VALUED = ['forms', 'port', 'host', 'db'] as const;

function parseFlags(argv: string[]): Flags {
  const flags: Flags = { help: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help') {
      flags.help = true;
      continue;
    }
    const match = /^--([a-z]+)(?:=(.*))?$/s.exec(arg);
    const name = VALUED.find((each) => each === match?.[1]);
    if (!match || !name) throw new UsageError(arg.startsWith('-') ? `unknown option ${arg}` : `unexpected argument ${arg} (the folder goes after --forms)`);
    const value = match[2] ?? argv[(i += 1)];
    if (value === undefined || value === '' || (match[2] === undefined && value.startsWith('--'))) throw new UsageError(`--${name} needs a value`);
    if (flags[name] !== undefined) throw new UsageError(`--${name} is given twice`);
    flags[name] = value;
  }
  return flags;
}

/** The folder of definitions the flags or the environment name; a usage error for a bad command line. */
function checkFlags(flags: Flags, env: NodeJS.ProcessEnv): string {
  const formsDir = flags.forms ?? env.FORMS_DIR;
  if (!formsDir) throw new UsageError('name the folder of definitions: --forms <folder>');
  if (flags.port !== undefined && !/^\d+$/.test(flags.port)) throw new UsageError(`--port must be a whole number, got ${JSON.stringify(flags.port)}`);
  return formsDir;
}

/** The environment's settings with the flags applied. */
function configOf(flags: Flags, env: NodeJS.ProcessEnv, formsDir: string, configFromEnv: typeof import('./start.js').configFromEnv): EnvConfig {
  const config = configFromEnv({ ...env, ...(flags.port !== undefined ? { PORT: flags.port } : {}) });
  const db = flags.db;
  return {
    ...config,
    formsDir,
    ...(flags.host !== undefined ? { host: flags.host } : {}),
    ...(db !== undefined ? (/^postgres(?:ql)?:\/\//.test(db) ? { databaseUrl: db } : { databaseUrl: undefined, sqliteFile: db }) : {}),
  };
}

/** Why a folder of definitions cannot be served, or undefined when it can. */
function folderProblem(folder: string): string | undefined {
  let isFolder: boolean;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    return `${folder}: no such folder (--forms names a folder of *.json form definitions)`;
  }
  if (!isFolder) return `${folder}: not a folder (--forms names a folder of *.json form definitions, not one file)`;
  if (!readdirSync(folder).some((name) => name.endsWith('.json'))) return `${folder}: no form definitions in it (no *.json file)`;
  return undefined;
}

async function main(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  let config: EnvConfig;
  // The server's modules (fastify, the storage) load only once the command line holds: --help
  // and a usage error answer at once.
  let start: typeof import('./start.js');
  try {
    const flags = parseFlags(argv);
    if (flags.help) {
      out(USAGE);
      return 0;
    }
    const formsDir = checkFlags(flags, env);
    start = await import('./start.js');
    config = configOf(flags, env, formsDir, start.configFromEnv);
  } catch (error) {
    err(`service-forms-server: ${(error as Error).message}`);
    if (error instanceof UsageError) err(`\n${USAGE}`);
    return error instanceof UsageError ? 2 : 1;
  }
  const problem = folderProblem(config.formsDir);
  if (problem) {
    err(`service-forms-server: ${problem}`);
    return 1;
  }
  let started: Started;
  try {
    started = await start.startServer(config);
  } catch (error) {
    // A bad definition: DefinitionStore names its file and the path of each problem.
    const code = (error as NodeJS.ErrnoException).code;
    const message = code === 'EADDRINUSE' ? `port ${config.port} on ${config.host} is taken (--port 0 picks a free one)` : (error as Error).message;
    err(`service-forms-server: ${message}`);
    return 1;
  }
  const storage = started.storage.kind === 'sqlite' ? `SQLite ${config.sqliteFile}` : 'PostgreSQL';
  out(`Service Forms server (${storage}): ${started.url}`);
  for (const id of started.definitions.ids()) out(`  ${id}: ${started.url}forms/${encodeURIComponent(id)} (JSON, for <sf-form src>), ${started.url}apply/${encodeURIComponent(id)} (HTML pages)`);
  out(`  submissions: POST ${started.url}api/submissions`);
  start.closeOnSignals(started, (line) => out(line), config.shutdownDrainMs);
  return 0;
}

process.exitCode = await main(process.argv.slice(2), process.env);
