// @web/test-runner reporter that writes the run's totals to a JSON file
// (read by scripts/test.mjs) and prints one summary line. Use it alongside
// the default reporter: `reporters: [defaultReporter(), summaryReporter()]`.
import console from 'node:console';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import process from 'node:process';

/**
 * @param {import('@web/test-runner-core').TestSuiteResult | undefined} suite
 * @param {{ passed: number, failed: number, skipped: number }} counts
 */
function countSuite(suite, counts, where = [], failures = []) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else {
      counts.failed += 1;
      failures.push({ name: [...where, test.name].join(' > '), error: firstLine(test.error?.message) });
    }
  }
  for (const child of suite.suites ?? []) countSuite(child, counts, [...where, child.name], failures);
}

const firstLine = (text) => String(text ?? '').split('\n')[0].slice(0, 300);

/**
 * The failed tests of a run, file first, so the last lines of a CI log name them.
 * @param {import('@web/test-runner-core').TestSession[]} sessions
 * @returns {{ name: string, error: string }[]}
 */
export function failedTests(sessions) {
  const failures = [];
  for (const session of sessions) {
    const file = session.testFile.replace(`${process.cwd()}/`, '');
    const own = [];
    countSuite(session.testResults, { passed: 0, failed: 0, skipped: 0 }, [file], own);
    failures.push(...own);
    if (own.length === 0 && ((session.errors?.length ?? 0) > 0 || session.passed === false)) {
      failures.push({ name: file, error: firstLine(session.errors?.[0]?.message ?? 'the file failed outside its tests') });
    }
  }
  return failures;
}

/**
 * @param {import('@web/test-runner-core').TestSession[]} sessions
 * @returns {{ passed: number, failed: number, skipped: number }}
 */
export function countSessions(sessions) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for (const session of sessions) {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    countSuite(session.testResults, counts);
    // A test file that failed to load (broken import, syntax error, error
    // outside a test) has session errors but no failed test: count it once.
    const broken = (session.errors?.length ?? 0) > 0 || session.passed === false;
    if (broken && counts.failed === 0) counts.failed = 1;
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped;
  }
  return totals;
}

/**
 * @param {{ file?: string }} [options]
 * @returns {import('@web/test-runner-core').Reporter}
 */
export function summaryReporter(options = { file: '.test-results/browser.json' }) {
  const file = resolve(process.cwd(), options.file ?? '.test-results/browser.json');
  return {
    onTestRunFinished({ sessions }) {
      const totals = countSessions(sessions);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${JSON.stringify({ ...totals, failures: failedTests(sessions) }, null, 2)}\n`);
      // console (not process.stdout) so the runner's dynamic terminal, which
      // intercepts console output, keeps the line above its progress display.
      console.log(
        `browser tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`,
      );
    },
  };
}
