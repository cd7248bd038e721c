import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { defaultReporter } from '@web/test-runner';
import { findChromium, CHROMIUM_ARGS } from './scripts/find-chromium.mjs';
import { axTreePlugin } from './test/plugins/ax-tree-plugin.mjs';
import { failRequestsPlugin } from './test/plugins/fail-requests-plugin.mjs';
import { fileChooserPlugin } from './test/plugins/file-chooser-plugin.mjs';
import { offlinePlugin } from './test/plugins/offline-plugin.mjs';
import { regionDiffPlugin } from './test/plugins/region-diff-plugin.mjs';
import { submissionServerPlugin } from './test/plugins/submission-server-plugin.mjs';
import { summaryReporter } from './test/plugins/summary-reporter.mjs';

const executablePath = findChromium();
if (!executablePath) throw new Error("No Chromium found: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH.");

/** Browser tests in real headless Chromium: focus, form association and the AX tree exist only there. */
export default {
  rootDir: '.',
  files: ['packages/elements/src/**/*.test.ts', 'packages/adapters/src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
    axTreePlugin(),
    fileChooserPlugin(),
    submissionServerPlugin(),
    offlinePlugin(),
    failRequestsPlugin(),
    regionDiffPlugin(),
    // Screenshots compared with committed references (test/visual/README.md). pixelmatch's
    // threshold absorbs anti-aliasing; a page may differ in at most 0.3% of its pixels.
    visualRegressionPlugin({
      baseDir: 'test/visual/screenshots',
      update: process.argv.includes('--update-visual-baseline'),
      diffOptions: { threshold: 0.1, includeAA: false },
      failureThreshold: 0.3,
      failureThresholdType: 'percent',
      getBaselineName: ({ name }) => `baseline/${name}`,
      getDiffName: ({ name }) => `failed/${name}-diff`,
      getFailedName: ({ name }) => `failed/${name}`,
    }),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS },
    }),
  ],
  // test/helpers/runner-setup.ts runs first in every test page: drafts off unless a test asks,
  // and failed assertions about DOM nodes reported instead of hanging the runner.
  testRunnerHtml: (testFramework) => `<!doctype html>
<html><head></head><body>
<script type="module" src="/test/helpers/runner-setup.ts"></script>
<script type="module" src="${testFramework}"></script>
</body></html>`,
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 180000,
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: false }), summaryReporter()],
};
