// Runs axe over every Storybook story (npm run test:stories, after npm run build-storybook),
// and over every Docs page (the welcome pages and each element's page from the manifest).
//
// Serves storybook-static/ from a loopback server, opens each story's iframe in Debian's
// Chromium, waits until Storybook reports the story finished (rendered, play function done;
// the a11y addon's own automatic pass is switched off), then runs axe-core over
// #storybook-root with the WCAG tags every test here uses. Violations AND incomplete results fail a story (an incomplete result is
// often a broken cross-root reference axe could not judge), as do console errors, page errors,
// Storybook's error display, a play function that threw, or a story Storybook marks as errored.
import { createServer } from 'node:http';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findChromium, CHROMIUM_ARGS } from '../../scripts/find-chromium.mjs';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
// STORYBOOK_DIR / STORIES_FILTER let one person check their own build and stories alone.
const STATIC_DIR = resolve(ROOT, process.env.STORYBOOK_DIR ?? 'storybook-static');
const FILTER = process.env.STORIES_FILTER ? new RegExp(process.env.STORIES_FILTER) : null;
const AXE_PATH = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
const RESULTS_FILE = join(ROOT, '.test-results', 'stories.json');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const STORY_TIMEOUT_MS = 20_000;
/** A Docs page renders every story of its element at once: 7–15 s here with two at a time. */
const DOCS_TIMEOUT_MS = 40_000;
/** A story that takes at least this long (seconds) has its time printed beside its name. */
const SLOW_STORY_S = 2;
/**
 * Every story is checked in English; these are checked in Kazakh and Russian too (the
 * Storybook locale toolbar's `globals=locale:…`), where the elements' own text changes the
 * most. STORIES_ALL_LOCALES=1 checks every story in every locale (three times as long).
 */
const LOCALE_STORIES = process.env.STORIES_ALL_LOCALES ? /./ : /--(error|filled|iin-filled|over-limit-error)$/;
const OTHER_LOCALES = ['kk', 'ru'];
/** Stories checked at once (STORIES_CONCURRENCY; 1 for a strictly sequential run). */
const CONCURRENCY = Math.max(1, Number.parseInt(process.env.STORIES_CONCURRENCY ?? '2', 10) || 2);
/** Stories that render a broken definition on purpose: its console.error is the feature. */
const EXPECTS_CONSOLE_ERRORS = /bad-definition|invalid/;
/** The Form's Docs page shows that story too: its one expected console error, and no other. */
const DOCS_EXPECTED_CONSOLE_ERRORS = { 'elements-form--docs': /^<sf-form>: the form definition is invalid:/ };

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** A static file server for `dir` on 127.0.0.1 and a free port. */
async function serve(dir) {
  const server = createServer(async (request, response) => {
    try {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      let file = normalize(join(dir, pathname));
      if (file !== dir && !file.startsWith(dir + sep)) {
        response.writeHead(403).end();
        return;
      }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      if (pathname === '/favicon.ico' && !(await stat(file).catch(() => null))) {
        // The browser asks for it on its own; Storybook ships favicon.svg. Not a story's fault.
        response.writeHead(204).end();
        return;
      }
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': MIME[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    }
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return { server, origin: `http://127.0.0.1:${port}` };
}

/**
 * Runs before Storybook's scripts: hooks the moment Storybook publishes its channel and records
 * the events that say a story went wrong. STORY_FINISHED's status is `error` when errors went
 * unhandled or a reporter (the a11y addon, with `test: 'error'`) failed; a play function's
 * exception arrives as its own event.
 */
function recordStoryEvents() {
  const events = [];
  const hooked = new WeakSet();
  const names = ['storyFinished', 'playFunctionThrewException', 'unhandledErrorsWhilePlaying', 'storyThrewException', 'storyErrored', 'storyMissing'];
  let channel;
  Object.defineProperty(window, '__sfStoryEvents', { value: events });
  Object.defineProperty(globalThis, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set: (value) => {
      channel = value;
      if (!value || typeof value.on !== 'function' || hooked.has(value)) return;
      hooked.add(value);
      for (const name of names) {
        value.on(name, (payload) => {
          const detail = name === 'storyFinished' ? payload?.status : (payload?.message ?? payload?.title ?? JSON.stringify(payload));
          events.push({ name, storyId: payload?.storyId, detail: String(detail ?? '').split('\n')[0] });
        });
      }
    },
  });
}

/**
 * Resolves once Storybook has finished the story (STORY_FINISHED: rendered, play function and
 * afterEach hooks done), or shows its error display. The render's `finished` phase is a second
 * signal in case the event was missed.
 */
async function waitForStory(page, id) {
  await page.waitForFunction(
    (storyId) => {
      if (document.body.classList.contains('sb-show-errordisplay')) return true;
      if (window.__sfStoryEvents.some((event) => event.name === 'storyFinished' && event.storyId === storyId)) return true;
      const render = window.__STORYBOOK_PREVIEW__?.currentRender;
      return render?.id === storyId && render.phase === 'finished';
    },
    id,
    { timeout: 0, polling: 50 }, // bounded by the story's deadline in checkStory
  );
}

const describeNodes = (nodes) => nodes.map((node) => `        ${JSON.stringify(node.target)}`).join('\n');

/** Opens one story, waits for it to finish, and adds what is wrong with it to `problems`. */
async function inspectStory(page, origin, id, locale, problems) {
  // The a11y addon's own automatic pass (a second axe run per story) is switched off: this
  // script runs axe itself, and the addon's pass cost most of a second a story.
  const globals = `&globals=${locale ? `locale:${locale};` : ''}a11y.manual:!true`;
  await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story${globals}`, { waitUntil: 'load' });
  await waitForStory(page, id);
  // The toolbar's loader sets the page's language with the elements' locale: prove it did.
  const lang = await page.evaluate(() => document.documentElement.lang);
  if (lang !== (locale ?? 'en')) problems.push(`page language is "${lang}", not "${locale ?? 'en'}"`);
  const state = await page.evaluate((storyId) => {
    const root = document.querySelector('#storybook-root');
    const events = window.__sfStoryEvents;
    const finished = events.filter((event) => event.name === 'storyFinished' && event.storyId === storyId).at(-1);
    return {
      errorDisplay: document.body.classList.contains('sb-show-errordisplay')
        ? (document.querySelector('#error-message')?.textContent ?? '').trim() || 'Storybook showed its error display'
        : '',
      children: root?.children.length ?? 0,
      status: finished?.detail ?? 'unknown',
      failures: events.filter((event) => event.name !== 'storyFinished').map((event) => `${event.name}: ${event.detail}`),
    };
  }, id);
  if (state.errorDisplay) problems.push(`story error: ${state.errorDisplay}`);
  if (state.children === 0) problems.push('#storybook-root is empty');
  if (state.status !== 'success') problems.push(`Storybook reported the story as "${state.status}"`);
  problems.push(...state.failures);
  if (state.children === 0) return;

  await page.addScriptTag({ path: AXE_PATH });
  const results = await page.evaluate(
    (tags) =>
      window.axe
        .run(document.querySelector('#storybook-root'), {
          runOnly: { type: 'tag', values: tags },
          resultTypes: ['violations', 'incomplete'],
        })
        .then(({ violations, incomplete }) => {
          const slim = (list) =>
            list.map((rule) => ({ id: rule.id, help: rule.help, nodes: rule.nodes.map((node) => ({ target: node.target })) }));
          return { violations: slim(violations), incomplete: slim(incomplete) };
        }),
    WCAG_TAGS,
  );
  for (const [kind, list] of [
    ['violation', results.violations],
    ['incomplete', results.incomplete],
  ]) {
    for (const rule of list) problems.push(`axe ${kind} ${rule.id}: ${rule.help}\n${describeNodes(rule.nodes)}`);
  }
}

/**
 * A Docs page (the welcome pages, and each element's page made from custom-elements.json):
 * rendered without an error, an element's page lists its API, and axe finds nothing in the
 * page's content. Storybook's own argument table (`.docblock-argstable`: its toggles and
 * collapsed rows) is left out: it is Storybook's UI, not ours, and axe finds low-contrast text
 * and a prohibited `aria-label` in it (Storybook 10.6); the stories the page shows are
 * checked one by one above.
 */
async function inspectDocs(page, origin, id, problems) {
  await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=docs&globals=a11y.manual:!true`, { waitUntil: 'load' });
  await page.waitForSelector('#storybook-docs .sbdocs-content h1', { timeout: DOCS_TIMEOUT_MS - 2_000 });
  const state = await page.evaluate(() => ({
    errorDisplay: document.body.classList.contains('sb-show-errordisplay')
      ? (document.querySelector('#error-message')?.textContent ?? '').trim() || 'Storybook showed its error display'
      : '',
    heading: document.querySelector('#storybook-docs .sbdocs-content h1')?.textContent?.trim() ?? '',
    apiRows: document.querySelectorAll('#storybook-docs table.docblock-argstable tbody tr').length,
  }));
  if (state.errorDisplay) problems.push(`docs error: ${state.errorDisplay}`);
  if (!state.heading) problems.push('the docs page has no heading');
  // An element's page: its attributes, properties, events, slots and parts, from the manifest.
  if (id.startsWith('elements-') && state.apiRows < 3) problems.push(`the docs page lists ${state.apiRows} rows of API`);
  await page.addScriptTag({ path: AXE_PATH });
  // A Docs page shows many live sf-form previews (a draft being restored, a chunk arriving):
  // axe runs once they have settled. A finding in a page still moving is checked again after
  // a second, and only what is still there counts: a real defect does not go away by itself.
  await settleElements(page);
  let results = await runDocsAxe(page);
  if (results.violations.length + results.incomplete.length > 0) {
    await page.waitForTimeout(1_000);
    await settleElements(page);
    results = await runDocsAxe(page);
  }
  for (const [kind, list] of [
    ['violation', results.violations],
    ['incomplete', results.incomplete],
  ]) {
    for (const rule of list) problems.push(`axe ${kind} ${rule.id}: ${rule.help}\n${describeNodes(rule.nodes)}`);
  }
}

/** axe over a Docs page's content, Storybook's own argument table left out (see inspectDocs). */
function runDocsAxe(page) {
  return page.evaluate(
    (tags) =>
      window.axe
        .run({ include: [['#storybook-docs']], exclude: [['.docblock-argstable']] }, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'incomplete'] })
        .then(({ violations, incomplete }) => {
          const slim = (list) => list.map((rule) => ({ id: rule.id, help: rule.help, nodes: rule.nodes.map((node) => ({ target: node.target })) }));
          return { violations: slim(violations), incomplete: slim(incomplete) };
        }),
    WCAG_TAGS,
  );
}

/**
 * Waits until every sf-* element on the page, in shadow roots too, is defined and has no
 * update pending, and no finite animation is running; at most ten rounds of that (the story's
 * deadline bounds it as well).
 */
async function settleElements(page) {
  await page.evaluate(async () => {
    const frame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const ours = (root, found = []) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.localName.startsWith('sf-')) found.push(element);
        if (element.shadowRoot) ours(element.shadowRoot, found);
      }
      return found;
    };
    for (let round = 0; round < 10; round++) {
      const elements = ours(document);
      const names = [...new Set(elements.map((element) => element.localName))];
      await Promise.all(names.map((name) => customElements.whenDefined(name)));
      const done = await Promise.all(elements.map((element) => Promise.resolve(element.updateComplete ?? true).catch(() => true)));
      const moving = document
        .getAnimations()
        .filter((animation) => animation.playState === 'running' && animation.effect?.getComputedTiming().iterations !== Infinity);
      await Promise.all(moving.map((animation) => animation.finished.catch(() => {})));
      await frame();
      const again = ours(document);
      if (done.every(Boolean) && moving.length === 0 && again.length === elements.length && again.every((element) => !element.isUpdatePending)) return;
    }
  });
}

async function checkStory(browser, origin, id, locale, docs = false) {
  const problems = [];
  const consoleErrors = [];
  // A fresh context per story: no storage, title or focus left over from the one before.
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  let timer;
  try {
    await context.addInitScript(recordStoryEvents);
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const where = message.location()?.url;
      const text = message.text().split('\n').slice(0, 3).join('\n      ');
      consoleErrors.push(where && text.startsWith('Failed to load resource') ? `${text}: ${where}` : text);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    const deadline = new Promise((_, reject) => {
      const limit = docs ? DOCS_TIMEOUT_MS : STORY_TIMEOUT_MS;
      timer = setTimeout(() => reject(new Error(`timed out after ${limit / 1000} s`)), limit);
    });
    const inspection = docs ? inspectDocs(page, origin, id, problems) : inspectStory(page, origin, id, locale, problems);
    inspection.catch(() => {}); // after a timeout, closing the context rejects it: already reported
    await Promise.race([inspection, deadline]);
  } catch (error) {
    problems.push(`did not finish: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  } finally {
    clearTimeout(timer);
    await context.close().catch(() => {});
  }
  if (!EXPECTS_CONSOLE_ERRORS.test(id)) {
    const expected = docs ? DOCS_EXPECTED_CONSOLE_ERRORS[id] : undefined;
    for (const text of consoleErrors) if (!expected?.test(text)) problems.push(`console error: ${text}`);
  }
  return problems;
}

async function main() {
  const index = JSON.parse(await readFile(join(STATIC_DIR, 'index.json'), 'utf8').catch(() => '{"entries":{}}'));
  const entries = Object.values(index.entries ?? {}).filter((entry) => !FILTER || FILTER.test(entry.id));
  const ids = entries.filter((entry) => entry.type === 'story').map((entry) => entry.id);
  // Docs pages (welcome pages, one per element): checked once each, in English.
  const docsIds = entries.filter((entry) => entry.type === 'docs').map((entry) => entry.id);
  if (ids.length === 0 && docsIds.length === 0) {
    console.error('No stories found in storybook-static/index.json: run `npm run build-storybook` first.');
    await writeResults(0, 0);
    return 1;
  }

  const executablePath = findChromium();
  if (!executablePath) throw new Error("No Chromium found: install Debian's chromium or set CHROMIUM_PATH.");

  const { server, origin } = await serve(STATIC_DIR);
  let browser;
  let passed = 0;
  let failed = 0;
  const failures = [];
  try {
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    const visits = [
      ...ids.flatMap((id) => [
        { id, locale: null },
        ...(LOCALE_STORIES.test(id) ? OTHER_LOCALES.map((locale) => ({ id, locale })) : []),
      ]),
      ...docsIds.map((id) => ({ id, locale: null, docs: true })),
    ];
    // A few stories at a time, each in its own context: most of a visit is waiting (module
    // loads, play functions' delays, the a11y addon), so two overlap well on 2 cores.
    let next = 0;
    const worker = async () => {
      while (next < visits.length) {
        const { id, locale, docs } = visits[next++];
        const started = performance.now();
        const problems = await checkStory(browser, origin, id, locale, docs);
        const took = (performance.now() - started) / 1000;
        // A story that takes long is named with its time: the step's total is watched.
        const label = `${locale ? `${id} [${locale}]` : id}${took >= SLOW_STORY_S ? ` (${took.toFixed(1)} s)` : ''}`;
        if (problems.length === 0) {
          passed++;
          console.log(`✓ ${label}`);
        } else {
          failed++;
          failures.push({ name: label, error: problems[0].split('\n')[0] });
          console.log(`✗ ${label}`);
          for (const problem of problems) console.log(`    ${problem}`);
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  } finally {
    await browser?.close().catch(() => {});
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  }

  await writeResults(passed, failed, failures);
  return failed === 0 ? 0 : 1;
}

async function writeResults(passed, failed, failures = []) {
  await mkdir(dirname(RESULTS_FILE), { recursive: true });
  await writeFile(RESULTS_FILE, `${JSON.stringify({ passed, failed, failures }, null, 2)}\n`);
  console.log(`stories: ${passed} passed, ${failed} failed`);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
