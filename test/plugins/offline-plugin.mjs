/**
 * A @web/test-runner command that takes the test page's network away for a while, as a phone
 * losing its signal would: Playwright's `BrowserContext.setOffline`. `navigator.onLine` turns
 * false, `offline` and then `online` fire, and every request in between fails like a real
 * dropped network. Each test file's page has a browser context of its own, so files running at
 * the same time stay online.
 *
 * Offline also holds back the runner's own WebSocket messages to the page, so a command cannot
 * answer once the page is offline, nor can the page ask to come back. Hence a window:
 * `await executeServerCommand('set-offline', { offline: true, forMs: 2000 })` answers at once,
 * goes offline OFFLINE_DELAY_MS later (wait for the page's `offline` event), and comes back
 * online after `forMs` (at most MAX_OFFLINE_MS). `{ offline: false }` comes back at once and
 * cancels a window still to come, e.g. in an `afterEach`.
 */
const OFFLINE_DELAY_MS = 250;
const MAX_OFFLINE_MS = 10_000;

export function offlinePlugin() {
  /** Pending timers per page, so `{ offline: false }` can cancel them. */
  const timers = new WeakMap();
  return {
    name: 'offline',
    async executeCommand({ command, payload, session }) {
      if (command !== 'set-offline') return undefined;
      const context = session.browser.getPage(session.id).context();
      for (const timer of timers.get(context) ?? []) clearTimeout(timer);
      timers.delete(context);
      if (payload?.offline === false) {
        await context.setOffline(false);
        return false;
      }
      const forMs = payload?.forMs;
      if (payload?.offline !== true || !Number.isFinite(forMs) || forMs <= 0 || forMs > MAX_OFFLINE_MS) {
        throw new Error(`set-offline: pass { offline: true, forMs: 1..${MAX_OFFLINE_MS} } or { offline: false }`);
      }
      const off = setTimeout(() => void context.setOffline(true).catch(() => {}), OFFLINE_DELAY_MS);
      const on = setTimeout(() => void context.setOffline(false).catch(() => {}), OFFLINE_DELAY_MS + forMs);
      timers.set(context, [off, on]);
      return true;
    },
  };
}
