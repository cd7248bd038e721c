import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/**
 * A @web/test-runner command that compares two regions of the test's page, pixel by pixel
 * (`@web/test-runner-visual-regression` compares with a committed reference, not with another
 * part of the same page). Used to hold the plain-HTML pages to the elements' look.
 *
 * In the browser: `await executeServerCommand('region-shot', { key, rect })` screenshots a region
 * (`{ x, y, width, height }`, CSS pixels of the page, not the viewport) and keeps it under `key`, so the page
 * can change before the next; `await executeServerCommand('region-diff', { a, b, name, keepOver })`
 * compares the regions kept under keys `a` and `b` (and forgets them). The smaller is padded with white to the larger's size, and pixelmatch counts the pixels whose
 * colour distance is over 0.1 (anti-aliasing ignored, as in the reference screenshots).
 * Returns `{ width, height, a: {width, height}, b: {width, height}, differing, ratio }`. The
 * two screenshots and the diff are written to `test/visual/screenshots/failed/<name>-{a,b,diff}.png`
 * (not committed) when the share of differing pixels is over `keepOver`.
 */
export function regionDiffPlugin({ folder = 'test/visual/screenshots/failed' } = {}) {
  const shots = new Map();
  return {
    name: 'region-diff',
    async executeCommand({ command, payload, session }) {
      if (command !== 'region-shot' && command !== 'region-diff') return undefined;
      const page = session.browser.getPage(session.id);
      const shot = async (rect) =>
        PNG.sync.read(
          await page.screenshot({
            clip: { x: Math.floor(rect.x), y: Math.floor(rect.y), width: Math.ceil(rect.width), height: Math.ceil(rect.height) },
            fullPage: true,
            animations: 'disabled',
            caret: 'hide',
          }),
        );
      if (command === 'region-shot') {
        shots.set(`${session.id} ${payload.key}`, await shot(payload.rect));
        return true;
      }
      const take = (key) => {
        const png = shots.get(`${session.id} ${key}`);
        if (!png) throw new Error(`region-diff: no region-shot ${key}`);
        shots.delete(`${session.id} ${key}`);
        return png;
      };
      const a = take(payload.a);
      const b = take(payload.b);
      const width = Math.max(a.width, b.width);
      const height = Math.max(a.height, b.height);
      const padded = (png) => {
        const out = new PNG({ width, height });
        out.data.fill(255);
        PNG.bitblt(png, out, 0, 0, png.width, png.height, 0, 0);
        return out;
      };
      const pa = padded(a);
      const pb = padded(b);
      const diff = new PNG({ width, height });
      const differing = pixelmatch(pa.data, pb.data, diff.data, width, height, { threshold: 0.1, includeAA: false });
      if (payload.keepOver !== undefined && differing / (width * height) > payload.keepOver) {
        mkdirSync(folder, { recursive: true });
        writeFileSync(join(folder, `${payload.name}-a.png`), PNG.sync.write(pa));
        writeFileSync(join(folder, `${payload.name}-b.png`), PNG.sync.write(pb));
        writeFileSync(join(folder, `${payload.name}-diff.png`), PNG.sync.write(diff));
      }
      return {
        width,
        height,
        a: { width: a.width, height: a.height },
        b: { width: b.width, height: b.height },
        differing,
        ratio: differing / (width * height),
      };
    },
  };
}
