/**
 * A @web/test-runner command that makes the test page's next requests for a path fail, as a
 * chunk lost on a weak connection would: Playwright's `page.route` aborts them.
 * `await executeServerCommand('fail-requests', { path: '/packages/elements/src/form/form-ending.ts', times: 1 })`
 * fails the next `times` requests for that path (`.js` or `.ts`) (at most MAX_TIMES), then lets
 * them through; `{ path, times: 0 }` stops failing that path. Each test file's page has its own
 * routes, so other files are not touched.
 */
const MAX_TIMES = 5;

export function failRequestsPlugin() {
  /** The route set per page and path, so a new command replaces it. */
  const routes = new WeakMap();
  return {
    name: 'fail-requests',
    async executeCommand({ command, payload, session }) {
      if (command !== 'fail-requests') return undefined;
      const { path, times } = payload ?? {};
      if (typeof path !== 'string' || !path.startsWith('/') || !Number.isInteger(times) || times < 0 || times > MAX_TIMES) {
        throw new Error(`fail-requests: pass { path: '/…', times: 0..${MAX_TIMES} }`);
      }
      const page = session.browser.getPage(session.id);
      // The test runner serves a TypeScript module under its .ts name where the source says .js.
      const stem = path.replace(/\.(js|ts)$/, '');
      const set = routes.get(page) ?? new Map();
      routes.set(page, set);
      if (set.has(stem)) await page.unroute(set.get(stem)).catch(() => {});
      set.delete(stem);
      if (times === 0) return true;
      let left = times;
      // Playwright hands a function matcher the request's URL object.
      const matcher = (url) => url.pathname.replace(/\.(js|ts)$/, '') === stem;
      set.set(stem, matcher);
      await page.route(matcher, (route) => (left-- > 0 ? route.abort('internetdisconnected') : route.fallback()));
      return true;
    },
  };
}
