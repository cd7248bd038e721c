// Our SDK as the reference server serves a page with `enhance` (issue 15, decision 0012): the
// service-forms contestant's definition (the same 50 fields, one page) rendered once at
// page-build time in Node by @service-forms/html (a FormSession started on it, renderFormPage of
// its one page with `enhance`), so the page is the served HTML inside
// `<sf-form class="sf-served" src="form.json" endpoint=… served="…">`, with the bundle
// (dist/service-forms.js and its chunks, copied as built) loaded by a module script in <head>: it
// never blocks the HTML. The fields accept input as soon as the HTML and its stylesheet are in
// (ready, as service-forms-html); when the bundle, the definition and the chunks have arrived,
// sf-form takes the page over (the `served-page` chunk) and the controls are the sf- elements
// (upgraded, as service-forms' ready). Validation and heap are measured after the upgrade: the
// 50 errors are sf-form's, in the browser, no round trip.
import path from 'node:path';
import { write, minifyCss } from '../../scripts/lib.mjs';
import { fields, FORM_TITLE } from '../../scripts/fields.mjs';
import { definition, copyBundle } from '../service-forms/contestant.mjs';
import { loadHtml, STYLESHEET, CSRF, pageOptions } from '../service-forms-html/contestant.mjs';

const NAME = 'service-forms-served';
// sf-form's shadow root once it holds the page (before, it is a <slot> for the served HTML).
const FORM = `document.querySelector('sf-form')?.shadowRoot`;

/** The session's submission id the page hands sf-form (a server makes one per session). */
const SUBMISSION_ID = '6f1c2d3e-0000-4000-8000-000000000015';

export default {
  name: NAME,
  label: 'Service Forms SDK, served HTML taken over by <sf-form> (@service-forms/html with enhance, then the bundle)',
  async build({ outDir }) {
    const { session, renderFormPage } = await loadHtml(NAME);
    const state = session.start();
    if (state.step !== 'all' || session.pages(state).length !== 1) throw new Error(`${NAME}: expected the 50 fields on one page, got step ${state.step}`);
    const rawDist = copyBundle(outDir);
    write(path.join(outDir, 'form.json'), JSON.stringify(definition(fields, FORM_TITLE)));
    // The endpoint is never called here (the bench submits the form empty: errors, no send), but
    // it is what a served page has, and it makes sf-form load the outbox and fetch adapter.
    const enhance = { script: 'service-forms.js', src: 'form.json', endpoint: 'api/submissions', submissionId: SUBMISSION_ID };
    write(path.join(outDir, 'index.html'), renderFormPage(session, state, { ...pageOptions, enhance }));
    await minifyCss(STYLESHEET, path.join(outDir, 'service-forms.css'));
    return { rawDist: [...rawDist, { what: '@service-forms/html styles.css (source, unminified)', file: STYLESHEET }] };
  },
  probe: {
    // Ready as service-forms-html: the served HTML's last control and its submit button are in
    // the DOM (the stylesheet blocks the first frame, so they are drawn in it and accept input).
    ready: `return !!document.getElementById('d5:year') && !!document.querySelector('sf-form form .sf-button[value=continue]')`,
    // Upgrade complete: sf-form has taken the page over and every control is defined and
    // rendered, as service-forms' ready.
    upgraded: `const r = ${FORM}; if (!r || !r.querySelector('button[type=submit]')) return false;
      const cs = r.querySelectorAll('[data-sf-field]'); if (cs.length < 50) return false;
      for (const c of cs) if (!c.shadowRoot || !c.shadowRoot.querySelector('input,select')) return false;
      return true`,
    errors: `const r = ${FORM}; if (!r) return false; let n = 0;
      for (const c of r.querySelectorAll('[data-sf-field]')) if (c.shadowRoot?.getElementById('error')) n++;
      return n >= 50`,
    summary: `const s = ${FORM}?.querySelector('sf-error-summary'); return !!s?.shadowRoot && s.shadowRoot.querySelectorAll('li').length >= 50`,
    submit: `return ${FORM}.querySelector('button[type=submit]')`,
  },
  notes: 'The service-forms definition rendered once at build time by @service-forms/html (renderFormPage with `enhance`) into index.html: the served page inside <sf-form class="sf-served" src="form.json" endpoint served>, the package stylesheet, and the bundle as a module script in <head> (not blocking). ' +
    'Ready = the served HTML is in (as service-forms-html); "upgraded" = sf-form has taken the page over and all 50 sf- controls are defined and rendered (as service-forms\' ready). ' +
    'Validation and heap are measured after the upgrade (sf-form\'s own: 50 inline messages + focused sf-error-summary, no round trip). ' +
    `The page's form (CSRF ${CSRF.name}) would post to the page if the bundle never came; here it always comes.`,
};
