// Our SDK without JavaScript: the service-forms contestant's definition (the same 50 fields, one
// page), rendered once at page-build time in Node by @service-forms/html (a FormSession started
// on it, renderFormPage of its one page) and written as a static index.html, plus the package's
// stylesheet (@service-forms/html/styles.css) minified like every contestant's CSS. No script on
// the page. Validation is the server's, as GOV.UK's: the form (novalidate) POSTs, and the
// handler below reads the POST with readPagePost, continues the session and renders the page
// again with the error summary and the 50 messages (in the harness's own Node process).
//
// The bench is a separate install: the renderer and core come from the root build
// (packages/html/dist, packages/core/dist; `npm run build` at the root, which `npm run bench`
// runs when they are missing), imported by path. Their own imports (lit, @lit-labs/ssr,
// @service-forms/core) resolve from the root node_modules. They are imported when first needed,
// not when the contestants are listed, so the other contestants run without that build.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { write, minifyCss } from '../../scripts/lib.mjs';
import { fields, FORM_TITLE } from '../../scripts/fields.mjs';
import { REPO, definition } from '../service-forms/contestant.mjs';

const NAME = 'service-forms-html';
export const HTML_DIST = path.join(REPO, 'packages', 'html', 'dist');
const CORE_DIST = path.join(REPO, 'packages', 'core', 'dist');
export const STYLESHEET = path.join(REPO, 'packages', 'html', 'src', 'styles', 'service-forms.css');
export const CSRF = { name: '_csrf', value: 'bench-token' };

let loaded;
/**
 * The session on the bench definition and the renderer, from the root build (once); `who` names
 * the contestant in the error (service-forms-served uses it too).
 */
export function loadHtml(who = NAME) {
  loaded ??= (async () => {
    const from = (dir, file) => import(pathToFileURL(path.join(dir, file)).href);
    const [core, html, render] = await Promise.all([from(CORE_DIST, 'index.js'), from(HTML_DIST, 'index.js'), from(HTML_DIST, 'render.js')]);
    const session = new core.FormSession(core.assertDefinition(definition(fields, FORM_TITLE)));
    return { session, readPagePost: html.readPagePost, renderFormPage: render.renderFormPage };
  })().catch((e) => {
    loaded = undefined;
    throw new Error(`${who}: cannot load packages/html or packages/core from the root build (run \`npm run build\` at the repository root): ${e.message}`);
  });
  return loaded;
}

// What a server gives renderFormPage: the page posts to itself; one page, so no Back and no
// Change links are drawn (changeHref is for check answers, which this form does not have).
export const pageOptions = { action: './', csrf: CSRF, stylesheet: 'service-forms.css', changeHref: () => './' };

export default {
  name: NAME,
  label: 'Service Forms SDK as plain HTML (@service-forms/html, no JS, server validation)',
  async build({ outDir }) {
    const { session, renderFormPage } = await loadHtml();
    const state = session.start();
    if (state.step !== 'all' || session.pages(state).length !== 1) throw new Error(`${NAME}: expected the 50 fields on one page, got step ${state.step}`);
    write(path.join(outDir, 'index.html'), renderFormPage(session, state, pageOptions));
    await minifyCss(STYLESHEET, path.join(outDir, 'service-forms.css'));
    return { rawDist: [{ what: '@service-forms/html styles.css (source, unminified)', file: STYLESHEET }] };
  },
  /** POST /service-forms-html/ : read the page's POST, continue, render the page again (with its errors). */
  async handle(req, res, url, body) {
    if (req.method !== 'POST' || url.pathname !== `/${NAME}/`) return false;
    const { session, readPagePost, renderFormPage } = await loadHtml();
    const form = new URLSearchParams(body);
    if (form.get(CSRF.name) !== CSRF.value) { res.writeHead(403, { 'content-type': 'text/plain' }); res.end('bad csrf token'); return true; }
    // The page is the form's only page, so a fresh session's state is the one it was rendered from.
    const { state, action } = readPagePost(session, session.start(), form, { csrfName: CSRF.name, step: 'all' });
    // Every field is required and the bench submits them empty: `errors`, the page again. (A
    // real server redirects after the POST, decision 0008; like the GOV.UK contestant, this one
    // answers the POST with the page, which saves a GET of no interest here.)
    if (action.kind !== 'continue' || action.outcome !== 'errors') { res.writeHead(303, { location: url.pathname }); res.end(); return true; }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(renderFormPage(session, state, pageOptions));
    return true;
  },
  probe: {
    // Plain HTML, as static: the last field's last control and the submit button are in the DOM.
    ready: `return !!document.getElementById('d5:year') && !!document.querySelector('form .sf-button[value=continue]')`,
    errors: `return document.querySelectorAll('.sf-error').length >= 50`,
    summary: `return document.querySelectorAll('.sf-error-summary-list li').length >= 50`,
    submit: `return document.querySelector('form .sf-button[value=continue]')`,
    navigatesOnSubmit: true,
  },
  notes: 'The service-forms definition rendered once at build time by @service-forms/html (renderFormPage of a FormSession started on it) into a static index.html and the minified package stylesheet; no script. ' +
    'Date = day/month/year boxes. The HTML carries lit-html hydration markers (<!--lit-part-->, <!--lit-node-->). ' +
    'Errors after a full POST round trip: readPagePost + FormSession continue + renderFormPage in the harness server process (not CPU-throttled), answered in the POST response; error summary + 50 inline messages, the summary not focused (no script).',
};
