// Variant of service-forms (experimental: runs only when --only names it): the same page plus
// what a page can do today without changing the SDK, preload hints for what sf-form fetches
// only after the entry has run (the definition, the definition checker, the sf-select chunk,
// the draft store chunks), so they download alongside the entry instead of one after another.
import base, { buildPage } from '../service-forms/contestant.mjs';

export default {
  ...base,
  name: 'service-forms-preload',
  label: 'Service Forms SDK, page with preload hints',
  experimental: true,
  build: (ctx) => buildPage(ctx, { preload: ['definition-checker', 'select', 'form-services'] }),
  notes: 'As service-forms, with <link rel=modulepreload> for the entry and the chunks it needs and <link rel=preload as=fetch> for form.json (no SDK change).',
};
