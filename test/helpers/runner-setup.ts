/**
 * Loaded by web-test-runner before every browser test file (web-test-runner.config.mjs,
 * `testRunnerHtml`).
 */
import { chai } from '@open-wc/testing';
import { SfForm } from '@service-forms/elements';

// Tests share one IndexedDB per file, so a draft typed in one test would be restored in the
// next: drafts are off unless a test asks for them (a draftStore, drafts="device", or
// SfForm.defaultDrafts). The shipped default (on) is checked on the built bundle in
// test/e2e/offline-journey.test.mjs.
SfForm.defaultDrafts = 'off';

/** `<input name="iin">` in a shadow root of `<sf-text-field>`: enough to tell elements apart. */
function describeNode(node: Node): string {
  if (!(node instanceof Element)) return node.nodeName;
  const attributes = ['id', 'name', 'type', 'part', 'class'].map((name) => (node.hasAttribute(name) ? ` ${name}="${node.getAttribute(name)}"` : '')).join('');
  const root = node.getRootNode();
  const host = root instanceof ShadowRoot ? ` in a shadow root of <${root.host.localName}>` : '';
  return `<${node.localName}${attributes}>${host}`;
}

// A failed assertion about DOM nodes (`expect(deepActiveElement()).to.equal(button)`) carries
// the nodes as `actual` and `expected`; the runner then tries to serialise the whole DOM graph
// to report them and the browser hangs until the file times out, with no message. Replace
// them with short descriptions, so the failure arrives at once and says what was where.
chai.use((api) => {
  const assert = api.Assertion.prototype.assert;
  api.Assertion.prototype.assert = function (this: unknown, ...args: Parameters<typeof assert>) {
    try {
      return assert.apply(this, args);
    } catch (error) {
      const failure = error as { actual?: unknown; expected?: unknown; message: string };
      const nodes = failure.actual instanceof Node || failure.expected instanceof Node;
      if (failure.actual instanceof Node) failure.actual = describeNode(failure.actual);
      if (failure.expected instanceof Node) failure.expected = describeNode(failure.expected);
      if (nodes) failure.message = `${failure.message} (actual ${String(failure.actual)}, expected ${String(failure.expected)})`;
      throw error;
    }
  };
});
