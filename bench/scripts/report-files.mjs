// Where the report of a runs file goes: results/runs.json → results/report.md + summary.json
// (the committed baseline); any other runs file X.json → X.report.md + X.summary.json beside it,
// so a quick subset run never overwrites the baseline.
import path from 'node:path';
import { ROOT } from './lib.mjs';

export const DEFAULT_RUNS = path.join(ROOT, 'results', 'runs.json');

export function reportFile(runsFile) {
  const abs = path.resolve(runsFile);
  if (abs === DEFAULT_RUNS) return { md: path.join(ROOT, 'results', 'report.md'), summary: path.join(ROOT, 'results', 'summary.json') };
  const base = abs.replace(/\.json$/, '');
  return { md: `${base}.report.md`, summary: `${base}.summary.json` };
}
