// `npm start`: the reference server (packages/server) serving the demo agency page, the built
// bundle and the example definitions on 127.0.0.1, under the strict Content-Security-Policy the
// SDK promises to work with. The page's <sf-form endpoint="/api/submissions"> posts through the
// fetch adapter behind the offline outbox to this same server, which stores in SQLite
// (data/submissions.db) or in PostgreSQL when DATABASE_URL is set.
// `npm start` builds first, then runs this. Settings: docs/server.md (PORT, HOST, DATABASE_URL,
// FORMS_DIR, EXPORT_TOKEN, CORS_ORIGINS, ...). PORT 0 picks any free port. The forms are those in
// FORMS_DIR when it is set, else examples/forms; the page at `/` lists every one of them.
import { fileURLToPath } from 'node:url';
import process from 'node:process';
import { PAGE_CSP, closeOnSignals, configFromEnv, startServer } from '@service-forms/server';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The Content-Security-Policy of the demo pages. */
export const CSP = PAGE_CSP;

/** The example definitions, served unless FORMS_DIR names another folder. */
export const EXAMPLE_FORMS = fileURLToPath(new URL('forms/', import.meta.url));

const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Two links per form the server serves (the form on this page; its HTML pages without
 * JavaScript), newest version's English title (else its first locale's);
 * its titles in Kazakh and Russian ride along as `data-title-kk`/`data-title-ru`, for the page to
 * speak the language the person chooses (examples/demo.js).
 */
function formLinks(definitions) {
  return definitions
    .ids()
    .map((id) => {
      const { title, locales } = definitions.get(id).definition;
      const text = title.en ?? title[locales[0]] ?? id;
      const others = ['kk', 'ru'].filter((lang) => title[lang]).map((lang) => ` data-title-${lang}="${escapeHtml(title[lang])}"`).join('');
      // Each form twice: the elements on this page, and the server's own HTML pages, which work
      // without JavaScript (`/apply/<id>`, docs/server.md, "The HTML flow").
      return (
        `<li><a href="/?form=${encodeURIComponent(id)}" data-form="${escapeHtml(id)}"${others}>${escapeHtml(text)}</a>` +
        ` <a href="/apply/${encodeURIComponent(id)}" data-html-form="${escapeHtml(id)}"${others}>${escapeHtml(text)} – without JavaScript</a></li>`
      );
    })
    .join('\n          ');
}

/**
 * What the page's `<sf-form>` holds for when its script does not run (docs/html-first.md, "When
 * the script does not load"): the form `?form=` names (as examples/demo.js chooses it: else the
 * first), linked to its HTML pages. A `<noscript>` for a browser with JavaScript off; for one
 * whose bundle did not arrive, a message that examples/site.css shows only after a while and
 * only while `<sf-form>` is still undefined. Neither is slotted: once the element upgrades, its
 * shadow root draws the form and they are not shown.
 */
function formFallback(definitions, url) {
  const ids = definitions.ids();
  const id = ids.find((each) => each === url.searchParams.get('form')) ?? ids[0];
  if (id === undefined) return '';
  const { title, locales } = definitions.get(id).definition;
  const link = `<a href="/apply/${encodeURIComponent(id)}">${escapeHtml(title.en ?? title[locales[0]] ?? id)} – without JavaScript</a>`;
  return (
    `<noscript><p class="form-fallback">This form needs JavaScript, which is turned off in this browser. The same form on plain web pages: ${link}.</p></noscript>` +
    `<p class="form-fallback form-fallback--failed">The form has not loaded. Check your connection and reload the page, or fill it in on plain web pages: ${link}.</p>`
  );
}

/**
 * The demo site: `/` is examples/index.html with a link to each form served; /dist/ (the bundle)
 * and /examples/ as files.
 */
export const SITE = {
  root: ROOT,
  folders: ['dist', 'examples'],
  index: 'examples/index.html',
  // Every example form needs the checker and the form services (drafts, endpoint): fetched with
  // the page, not after the entry has run (docs/embedding.md, "Slow connections").
  preload: { manifest: 'dist/chunks.json', chunks: ['definition-checker', 'form-services'] },
  render: (page, definitions, url) => page.replace('<!-- forms -->', formLinks(definitions)).replace('<!-- fallback -->', formFallback(definitions, url)),
};

/**
 * The bundle the demo's HTML pages (`/apply/<id>`) load, for `<sf-form>` to take each over when it
 * arrives (issue 15, docs/html-first.md, "Taken over by sf-form"): on unless HTML_ENHANCE_SCRIPT
 * says otherwise (`HTML_ENHANCE_SCRIPT=` turns it off: the pages then run no script). Without
 * script, or until the take-over, an enhanced page is the plain one (decision 0012, "The served
 * page's structure").
 */
export const DEMO_ENHANCE_SCRIPT = '/dist/service-forms.js';

/**
 * Starts the server with the demo site; resolves with its URL, the storage and a close function.
 * `overrides` replace settings from the environment (tests pass a temporary SQLite file).
 */
export async function startDemoServer(overrides = {}, { fallbackToFreePort = false, onFallback } = {}) {
  const fromEnv = configFromEnv();
  const htmlEnhanceScript = process.env.HTML_ENHANCE_SCRIPT === undefined ? DEMO_ENHANCE_SCRIPT : fromEnv.htmlEnhanceScript;
  const config = { ...fromEnv, formsDir: process.env.FORMS_DIR ? fromEnv.formsDir : EXAMPLE_FORMS, htmlEnhanceScript, ...overrides };
  return startServer(config, { site: SITE, fallbackToFreePort, onFallback });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = await startDemoServer(
    {},
    { fallbackToFreePort: true, onFallback: (port) => console.warn(`Port ${port} is taken; using a free one.`) },
  );
  console.log(`Service Forms demo: ${started.url}`);
  const storage = started.storage.kind === 'sqlite' ? `SQLite (${configFromEnv().sqliteFile})` : 'PostgreSQL (DATABASE_URL)';
  console.log(`Submissions are stored in ${storage}; export: ${configFromEnv().exportToken ? `${started.url}api/forms/<form id>/submissions.csv with the EXPORT_TOKEN` : 'set EXPORT_TOKEN to turn it on'}.`);
  closeOnSignals(started, (line) => console.log(line), configFromEnv().shutdownDrainMs);
}
