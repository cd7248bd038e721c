import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A @web/test-runner command that chooses files in a real `<input type="file">` through
 * Playwright (@web/test-runner-commands has none). A page cannot set a file input's files the
 * way a person does; Playwright can, and fires the same `input` and `change` events.
 *
 * In the browser: `await executeServerCommand('choose-files', { files, via, key })`, where each
 * file is `{ name, mimeType?, text?, size?, onDisk? }`: `size` makes a file of that many bytes
 * (for size limits); `onDisk` writes it once to a temporary folder and chooses it from there, so
 * choosing it again gives the same name, size and last-modified time, as a real file would
 * (the browser then takes its type from the extension). `via` is:
 * - `'keyboard'` (default): presses `key` (default Space) on the focused element and answers the
 *   file chooser it opens, as a keyboard user would;
 * - `'target'`: sets the files on `window.__sfFileTarget` (an input, even in a shadow root).
 * Returns the number of files chosen.
 */
export function fileChooserPlugin() {
  let folder;
  const onDisk = (name, buffer) => {
    folder ??= mkdtempSync(join(tmpdir(), 'sf-file-chooser-'));
    const path = join(folder, name);
    if (!existsSync(path)) writeFileSync(path, buffer);
    return path;
  };
  // One lasting 'filechooser' listener per page: Playwright turns interception on and off
  // asynchronously as listeners come and go, so a listener added just before a key press can
  // miss the chooser that press opens.
  const waiting = new WeakMap();
  const intercept = async (page) => {
    let waiters = waiting.get(page);
    if (!waiters) {
      waiters = [];
      waiting.set(page, waiters);
      page.on('filechooser', (chooser) => waiters.shift()?.(chooser));
      await page.evaluate('0'); // a round trip: interception is on before the first key press
    }
    return waiters;
  };
  // Only the chooser of `target` (the input focused when the key is pressed) counts: under load
  // a chooser an earlier test opened (Enter on a file input) can arrive late and must be skipped.
  const nextChooser = (waiters, target) =>
    new Promise((resolve, reject) => {
      const waiter = (chooser) => {
        void chooser
          .element()
          .evaluate((element, expected) => element === expected, target)
          .then((mine) => {
            if (!mine) {
              waiters.unshift(waiter);
              return;
            }
            clearTimeout(timer);
            resolve(chooser);
          }, reject);
      };
      const timer = setTimeout(() => {
        const index = waiters.indexOf(waiter);
        if (index >= 0) waiters.splice(index, 1);
        reject(new Error('choose-files: no file chooser opened'));
      }, 8000);
      waiters.push(waiter);
    });
  return {
    name: 'file-chooser',
    serverStop() {
      if (folder) rmSync(folder, { recursive: true, force: true });
    },
    async executeCommand({ command, payload, session }) {
      if (command !== 'choose-files') return undefined;
      const page = session.browser.getPage(session.id);
      const files = (payload?.files ?? []).map((file) => {
        const buffer = file.size !== undefined ? Buffer.alloc(file.size, 'a') : Buffer.from(file.text ?? '', 'utf8');
        return file.onDisk ? onDisk(file.name, buffer) : { name: file.name, mimeType: file.mimeType ?? '', buffer };
      });
      // Playwright takes either paths or payloads in one call, not both.
      if (new Set(files.map((file) => typeof file)).size > 1) throw new Error('choose-files: mix of onDisk and in-memory files');
      if ((payload?.via ?? 'keyboard') === 'keyboard') {
        const target = await page.evaluateHandle(() => {
          let active = document.activeElement;
          while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
          return active;
        });
        const opened = nextChooser(await intercept(page), target);
        await page.keyboard.press(payload?.key ?? 'Space');
        await (await opened).setFiles(files);
        return files.length;
      }
      const handle = await page.evaluateHandle('window.__sfFileTarget');
      try {
        const element = handle.asElement();
        if (!element) throw new Error('window.__sfFileTarget is not an element');
        await element.setInputFiles(files);
        return files.length;
      } finally {
        await handle.dispose();
      }
    },
  };
}
