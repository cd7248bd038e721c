// The demo server as `npm start` runs it (examples/server.mjs, after the build), for e2e tests.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SERVER = fileURLToPath(new URL('../../examples/server.mjs', import.meta.url));

/**
 * Starts the demo server with `env` added to this process's; `url` resolves with its address
 * once it prints it (rejects if it exits first), and `stop()` ends it and waits.
 */
export function startDemo(env) {
  const child = spawn(process.execPath, [SERVER], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = new Promise((resolve, reject) => {
    const read = (chunk) => {
      output += chunk;
      const match = /Service Forms demo: (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]);
    };
    child.stdout.setEncoding('utf8').on('data', read);
    child.stderr.setEncoding('utf8').on('data', read);
    child.on('exit', (code) => reject(new Error(`the demo server exited (${code}) before listening:\n${output}`)));
  });
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  return { child, url, stop };
}
