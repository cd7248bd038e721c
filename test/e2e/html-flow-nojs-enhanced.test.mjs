// The JavaScript-off journeys again (html-flow-nojs*.test.mjs), with the reference server
// serving every page as the bundle would take it over (HTML_ENHANCE_SCRIPT, issue 15): the bundle
// in <head>, the page inside <sf-form class="sf-served">. With JavaScript off, or before the
// take-over, that must be the same page as without enhance: the banner, Back, <main> with the
// error summary its first child, keyboard order, axe, and one stored submission each. The same
// files, not a copy: nojs-helpers.mjs reads the setting (ENHANCED) and checks it is on.
// Needs `npm run build` first.
process.env.SF_E2E_NOJS_ENHANCE = '1';
await import('./html-flow-nojs.test.mjs');
await import('./html-flow-nojs-feedback.test.mjs');
await import('./html-flow-nojs-forms.test.mjs');
await import('./html-flow-nojs-languages.test.mjs');
