// Discovers contestants: every contestants/<name>/contestant.mjs (default export). One marked
// `experimental: true` (a variant of another, to measure one change) runs only when --only names it.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './lib.mjs';

export const ORDER = ['static', 'lit-zod', 'lit-zod-mini', 'service-forms', 'service-forms-controls', 'service-forms-html', 'service-forms-served', 'govuk', 'gcds', 'shoelace', 'surveyjs', 'formio'];

export async function loadContestants(only = []) {
  const dir = path.join(ROOT, 'contestants');
  const names = fs.readdirSync(dir).filter((n) => fs.existsSync(path.join(dir, n, 'contestant.mjs')));
  names.sort((a, b) => (ORDER.indexOf(a) === -1 ? 99 : ORDER.indexOf(a)) - (ORDER.indexOf(b) === -1 ? 99 : ORDER.indexOf(b)) || a.localeCompare(b));
  const out = [];
  for (const n of names) {
    if (only.length && !only.includes(n)) continue;
    const mod = await import(pathToFileURL(path.join(dir, n, 'contestant.mjs')).href);
    if (mod.default.experimental && !only.includes(n)) continue;
    out.push(mod.default);
  }
  return out;
}
