// The reference receiver on its own (no demo site): `node packages/server/dist/main.js`.
// Settings come from the environment (docs/server.md).
import { closeOnSignals, configFromEnv, startServer } from './start.js';

const config = configFromEnv();
const started = await startServer(config);
process.stdout.write(`Service Forms server (${started.storage.kind}): ${started.url}\n`);
closeOnSignals(started, () => {}, config.shutdownDrainMs);
