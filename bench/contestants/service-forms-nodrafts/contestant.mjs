// Variant of service-forms (experimental: runs only when --only names it): drafts="off", so
// sf-form neither loads the draft store chunks nor opens IndexedDB before it renders.
import base, { buildPage } from '../service-forms/contestant.mjs';

export default {
  ...base,
  name: 'service-forms-nodrafts',
  label: 'Service Forms SDK, drafts="off"',
  experimental: true,
  build: (ctx) => buildPage(ctx, { attrs: ' drafts="off"' }),
  notes: 'As service-forms, with drafts="off" on sf-form.',
};
