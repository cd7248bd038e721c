// Our SDK: the 50 fields as a form definition (JSON), rendered by <sf-form src="form.json">
// from the root build (dist/service-forms.js + dist/chunks/*), copied as built: the entry
// imports its content-hashed chunks by relative URL, so they keep working as they are.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { esc, write, page } from '../../scripts/lib.mjs';

// bench/ sits in the repository: the root build is two levels up from this folder's parent.
export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const DIST = path.join(REPO, 'dist');

const en = (text) => ({ en: text });

/** One field of scripts/fields.mjs as a field of the definition format (docs/definition-format.md). */
export function toField(f) {
  const base = { name: f.name, label: en(f.label), hint: en(f.hint), required: f.required };
  const messages = { required: en(f.error) };
  switch (f.kind) {
    case 'text':
      // The format has no `pattern`: the nearest is the pattern's length range (2 to 60).
      if (f.pattern) {
        Object.assign(messages, { too_short: en(f.patternError), too_long: en(f.patternError) });
        return { type: 'text', ...base, minLength: 2, maxLength: 60, messages };
      }
      return { type: 'text', ...base, messages };
    case 'select':
      return { type: 'select', ...base, placeholder: en('Select an option'), options: f.options.map((o) => ({ value: o.value, label: en(o.label) })), messages };
    case 'radios':
      return { type: 'radios', ...base, options: f.options.map((o) => ({ value: o.value, label: en(o.label) })), messages };
    case 'checkbox':
      return { type: 'checkbox', ...base, messages };
    case 'date':
      return { type: 'date', ...base, messages };
  }
  throw new Error(`no field type for ${f.kind}`);
}

export function definition(fields, title) {
  return { id: 'bench-permit', version: '1.0.0', locales: ['en'], title: en(title), pages: [{ id: 'all', title: en(title), fields: fields.map(toField) }] };
}

/**
 * Copies the built bundle (entry + chunks, no source maps) into outDir; fails if it is not built.
 * `dist`: another build's folder (the baseline contestant's, `npm run bench -- --baseline REF`).
 */
export function copyBundle(outDir, dist = DIST) {
  const entry = path.join(dist, 'service-forms.js');
  if (!fs.existsSync(entry)) throw new Error(`${entry} is missing: run \`npm run build\` at the repository root (npm run bench does)`);
  fs.copyFileSync(entry, path.join(outDir, 'service-forms.js'));
  fs.mkdirSync(path.join(outDir, 'chunks'), { recursive: true });
  const chunks = fs.readdirSync(path.join(dist, 'chunks')).filter((f) => f.endsWith('.js'));
  for (const f of chunks) fs.copyFileSync(path.join(dist, 'chunks', f), path.join(outDir, 'chunks', f));
  return [
    { what: 'dist/service-forms.js (entry)', file: entry },
    { what: `dist/chunks/*.js (${chunks.length} chunks, loaded on demand)`, files: chunks.map((f) => path.join(dist, 'chunks', f)) },
  ];
}

// Controls are checked in order; Lit renders them in document order, so the last one rendering
// means every one has, but all 50 are checked anyway (cheap: 50 lookups a frame until ready).
const FORM = `document.querySelector('sf-form')?.shadowRoot`;

/**
 * Writes the page: the bundle, form.json and index.html with `<sf-form src="form.json">`.
 * `attrs`: more attributes for sf-form; `preload`: chunk name prefixes to preload (variants);
 * `dist`: the build to copy (default the repository's dist/).
 */
export async function buildPage({ outDir, fields, title }, { attrs = '', preload = null, dist = DIST } = {}) {
  const rawDist = copyBundle(outDir, dist);
  write(path.join(outDir, 'form.json'), JSON.stringify(definition(fields, title)));
  let hints = '';
  if (preload) {
    // Chunk names are content-hashed: a page (or its build step) reads them from the dist folder.
    const names = fs.readdirSync(path.join(outDir, 'chunks'));
    const chunks = preload.flatMap((prefix) => names.filter((n) => n.startsWith(`${prefix}-`) && n.endsWith('.js')));
    hints = ['service-forms.js', ...chunks.map((n) => `chunks/${n}`)].map((href) => `<link rel="modulepreload" href="${href}">\n`).join('') +
      '<link rel="preload" href="form.json" as="fetch" crossorigin>\n';
  }
  const head = `${hints}<script type="module" src="service-forms.js"></script>`;
  const body = `<main>
<h1>${esc(title)}</h1>
<sf-form src="form.json"${attrs}></sf-form>
</main>`;
  write(path.join(outDir, 'index.html'), page({ title, head, body }));
  return { rawDist };
}

export default {
  name: 'service-forms',
  label: 'Service Forms SDK (<sf-form> from a definition)',
  build: (ctx) => buildPage(ctx),
  probe: {
    ready: `const r = ${FORM}; if (!r || !r.querySelector('button[type=submit]')) return false;
      const cs = r.querySelectorAll('[data-sf-field]'); if (cs.length < 50) return false;
      for (const c of cs) if (!c.shadowRoot || !c.shadowRoot.querySelector('input,select')) return false;
      return true`,
    errors: `const r = ${FORM}; if (!r) return false; let n = 0;
      for (const c of r.querySelectorAll('[data-sf-field]')) if (c.shadowRoot?.getElementById('error')) n++;
      return n >= 50`,
    summary: `const s = ${FORM}?.querySelector('sf-error-summary'); return !!s?.shadowRoot && s.shadowRoot.querySelectorAll('li').length >= 50`,
    submit: `return ${FORM}.querySelector('button[type=submit]')`,
  },
  notes: 'Definition fetched from form.json (src); sf-form loads the definition checker chunk (zod), the sf-select chunk and (drafts are on by default) the draft store chunks before it renders. ' +
    'Each field is its own shadow root. Date = day/month/year boxes (like GOV.UK). The format has no `pattern`: the 10 pattern fields use minLength 2 / maxLength 60 (the character class is not checked). ' +
    'Errors: 50 inline messages + sf-error-summary (focused); validation is core validatePage in the browser, no round trip.',
};
