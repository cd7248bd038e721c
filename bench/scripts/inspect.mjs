// Debug helper: load one contestant, print console/errors, evaluate an expression, screenshot.
// Usage: node scripts/inspect.mjs <name> ["js expression"] ["js to run first, e.g. a click"]
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';
import { CHROMIUM_ARGS } from './chromium-args.mjs';
const name = process.argv[2];
const srv = await startServer({ port: 8555 });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
const ctx = await browser.newContext({ ignoreHTTPSErrors: true });
const page = await ctx.newPage();
page.on('console', m => console.log('console', m.type(), m.text().slice(0, 300)));
page.on('pageerror', e => console.log('pageerror', String(e).slice(0, 300)));
page.on('requestfailed', r => console.log('reqfailed', r.url(), r.failure()?.errorText));
page.on('crash', () => console.log('CRASH'));
const t0 = Date.now();
await page.goto(`${srv.origin}/${name}/`, { waitUntil: 'load' });
console.log('loaded', Date.now() - t0);
await new Promise(r => setTimeout(r, 3000));
if (process.argv[4]) { await page.evaluate(process.argv[4]); await new Promise(r => setTimeout(r, 2000)); }
console.log(await page.evaluate(process.argv[3] || '1'));
await page.screenshot({ path: `results/debug/${name}-dbg.png` });
await browser.close(); await srv.close();
