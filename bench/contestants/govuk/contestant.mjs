// (3) GOV.UK Frontend: markup rendered by the official Nunjucks macros (in Node),
// govuk-frontend CSS + `initAll()` JS bundled with esbuild. Validation is
// server-side, as GOV.UK documents: the form POSTs, the server validates and
// re-renders the page with an error summary and per-field error messages.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nunjucks from 'nunjucks';
import { NM, write, copy, bundleJs, minifyCss } from '../../scripts/lib.mjs';
import { fields, FORM_TITLE } from '../../scripts/fields.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const GOVUK = path.join(NM, 'govuk-frontend', 'dist');
const env = new nunjucks.Environment(new nunjucks.FileSystemLoader([GOVUK, here]), { autoescape: true });
const render = (ctx) => env.render('form.njk', { title: FORM_TITLE, fields, errors: {}, values: {}, errorList: [], ...ctx });

function validate(body) {
  const errors = {}; const errorList = [];
  for (const f of fields) {
    let msg = null;
    if (f.kind === 'date') {
      const [d, m, y] = ['day', 'month', 'year'].map((p) => (body[`${f.name}-${p}`] || '').trim());
      if (!d || !m || !y || Number.isNaN(Date.parse(`${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`))) msg = f.error;
    } else {
      const v = (body[f.name] || '').trim();
      if (f.required && !v) msg = f.error;
      else if (f.pattern && !new RegExp(`^(?:${f.pattern})$`).test(v)) msg = f.patternError;
    }
    if (msg) {
      errors[f.name] = msg;
      const href = f.kind === 'date' ? `#${f.id}-day` : f.kind === 'radios' || f.kind === 'checkbox' ? `#${f.id}` : `#${f.id}`;
      errorList.push({ text: msg, href });
    }
  }
  return { errors, errorList };
}

export default {
  name: 'govuk',
  label: 'GOV.UK Frontend (Nunjucks SSR + server validation)',
  async build({ outDir }) {
    await bundleJs({ contents: "import { initAll } from 'govuk-frontend'; initAll();" }, path.join(outDir, 'app.js'));
    // Compiled CSS uses absolute /assets/ URLs; point them at this contestant's copy
    // (equivalent to setting $govuk-assets-path when compiling the Sass).
    await minifyCss(path.join(GOVUK, 'govuk', 'govuk-frontend.min.css'), path.join(outDir, 'govuk-frontend.min.css'),
      (t) => t.replaceAll('/assets/', '/govuk/assets/'));
    copy(path.join(GOVUK, 'govuk', 'assets'), path.join(outDir, 'assets'));
    write(path.join(outDir, 'index.html'), render({}));
    return {
      rawDist: [
        { what: 'govuk-frontend.min.js', file: path.join(GOVUK, 'govuk', 'govuk-frontend.min.js') },
        { what: 'govuk-frontend.min.css', file: path.join(GOVUK, 'govuk', 'govuk-frontend.min.css') },
      ],
    };
  },
  /** POST /govuk/ : validate on the server and re-render with errors. */
  async handle(req, res, url, body) {
    if (req.method !== 'POST' || url.pathname !== '/govuk/') return false;
    const data = Object.fromEntries(new URLSearchParams(body));
    const { errors, errorList } = validate(data);
    const html = render({ errors, errorList, values: data });
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(html);
    return true;
  },
  probe: {
    // Last field in the DOM and initAll() has run (it initialises modules in
    // document order; the submit button is the last module on the page).
    ready: `return !!document.getElementById('d5-year') && !!document.querySelector('.govuk-button[data-govuk-button-init]')`,
    errors: `return document.querySelectorAll('.govuk-error-message').length >= 50`,
    summary: `return document.querySelectorAll('.govuk-error-summary__list li').length >= 50 && !!document.querySelector('.govuk-error-summary[data-govuk-error-summary-init]')`,
    submit: `return document.querySelector('form .govuk-button')`,
    navigatesOnSubmit: true,
  },
  notes: 'Errors appear after a full POST round trip + server render (Nunjucks, in the harness server process, not CPU-throttled).',
};
