// Our SDK without sf-form: the hand-written sf- controls in plain HTML inside a native <form>
// (as examples/controls.html). Shows what sf-form itself costs: no definition, no definition
// checker, no error summary; the native form's submit makes each control show its own error.
import path from 'node:path';
import { esc, write, page } from '../../scripts/lib.mjs';
import { copyBundle } from '../service-forms/contestant.mjs';

function fieldHtml(f) {
  const common = `name="${f.name}" label="${esc(f.label)}" hint="${esc(f.hint)}"${f.required ? ' required' : ''}`;
  switch (f.kind) {
    case 'text':
      // No `pattern` attribute: the pattern's length range, as in the definition contestant.
      return `<sf-text-field ${common}${f.pattern ? ' minlength="2" maxlength="60"' : ''}></sf-text-field>`;
    case 'select':
      return `<sf-select ${common} placeholder="Select an option">${f.options.map((o) => `<option value="${o.value}">${esc(o.label)}</option>`).join('')}</sf-select>`;
    case 'radios':
      return `<sf-radio-group ${common}>${f.options.map((o) => `<option value="${o.value}">${esc(o.label)}</option>`).join('')}</sf-radio-group>`;
    case 'checkbox':
      return `<sf-checkbox ${common}></sf-checkbox>`;
    case 'date':
      return `<sf-date-input ${common}></sf-date-input>`;
  }
  throw new Error(`no control for ${f.kind}`);
}

const HOSTS = `document.querySelectorAll('sf-text-field,sf-select,sf-radio-group,sf-checkbox,sf-date-input')`;

export default {
  name: 'service-forms-controls',
  label: 'Service Forms SDK controls by hand (no sf-form)',
  async build({ outDir, fields, title }) {
    const rawDist = copyBundle(outDir);
    const head = '<script type="module" src="service-forms.js"></script>';
    const body = `<main>
<h1>${esc(title)}</h1>
<form method="post" action="./">
${fields.map(fieldHtml).join('\n')}
<button type="submit">Submit</button>
</form>
</main>`;
    write(path.join(outDir, 'index.html'), page({ title, head, body }));
    return { rawDist };
  },
  probe: {
    ready: `if (!document.querySelector('button[type=submit]')) return false;
      const cs = ${HOSTS}; if (cs.length < 50) return false;
      for (const c of cs) if (!c.shadowRoot || !c.shadowRoot.querySelector('input,select')) return false;
      return true`,
    errors: `let n = 0; for (const c of ${HOSTS}) if (c.shadowRoot?.getElementById('error')) n++; return n >= 50`,
    submit: `return document.querySelector('button[type=submit]')`,
  },
  notes: 'The sf- controls written in the page, in a native <form> (no sf-form, no definition, no definition checker; sf-select autoloads its chunk). ' +
    'The browser\'s submit fires `invalid` at each control, which then shows its inline error (default wording: custom messages are a property, not an attribute), plus one native bubble; no error summary.',
};
