// Variant of service-forms (experimental: runs only when --only names it, which
// `npm run bench -- --baseline REF` does): the same page from another commit's build, so that a
// change is measured side by side with what it changes, in one run on one machine.
// bench/run.mjs builds REF into bench/.baseline/<commit>/ and passes its dist folder here.
import base, { buildPage } from '../service-forms/contestant.mjs';

const dist = process.env.BENCH_BASELINE_DIST;
const ref = process.env.BENCH_BASELINE_REF || 'a baseline commit';

export default {
  ...base,
  name: 'service-forms-baseline',
  label: `Service Forms SDK at ${ref}`,
  experimental: true,
  build: (ctx) => {
    if (!dist) throw new Error('service-forms-baseline needs a baseline build: run `npm run bench -- --baseline <git ref>`');
    return buildPage(ctx, { dist });
  },
  notes: `As service-forms, built from ${ref} (npm run bench -- --baseline ${ref}).`,
};
