/**
 * A @web/test-runner command that reads an element's node in Chromium's accessibility tree
 * through CDP (A11Y.md: `a11ySnapshot` relies on an API Playwright removed).
 *
 * In the browser: `window.__sfAxTarget = element; await executeServerCommand('ax-node')`.
 * Returns { role, name, description, invalid, required, disabled, checked, value } or null.
 */
export function axTreePlugin() {
  return {
    name: 'ax-tree',
    async executeCommand({ command, session }) {
      if (command === 'ax-subtree') return subtree(session);
      if (command !== 'ax-node') return undefined;
      return withTarget(session, async (client, objectId) => {
        const { nodes } = await client.send('Accessibility.getPartialAXTree', {
          objectId,
          fetchRelatives: false,
        });
        const node = nodes.find((n) => !n.ignored) ?? nodes[0];
        if (!node) return null;
        const property = (name) => node.properties?.find((p) => p.name === name)?.value?.value;
        return {
          ignored: Boolean(node.ignored),
          role: node.role?.value ?? '',
          name: node.name?.value ?? '',
          description: node.description?.value ?? '',
          value: node.value?.value ?? '',
          invalid: property('invalid') ?? 'false',
          required: property('required') ?? false,
          disabled: property('disabled') ?? false,
          checked: property('checked') ?? undefined,
          focusable: property('focusable') ?? false,
        };
      });
    },
  };
}

/**
 * Runs `read` with a CDP session of the test's page and the object id of `window.__sfAxTarget`
 * (the accessibility domain on); null when there is no target. The session is always detached.
 */
async function withTarget(session, read) {
  const page = session.browser.getPage(session.id);
  const client = await page.context().newCDPSession(page);
  try {
    await client.send('Accessibility.enable');
    const { result } = await client.send('Runtime.evaluate', { expression: 'window.__sfAxTarget' });
    return result.objectId ? await read(client, result.objectId) : null;
  } finally {
    await client.detach();
  }
}

/**
 * `ax-subtree`: the target's node and everything under it in the accessibility tree (shadow
 * roots and slotted content included), as `{ role, name, children }`; ignored nodes are skipped
 * and their children lifted, as a screen reader sees it. StaticText and InlineTextBox left out.
 */
function subtree(session) {
  return withTarget(session, async (client, objectId) => {
    const { node: domNode } = await client.send('DOM.describeNode', { objectId });
    const { nodes } = await client.send('Accessibility.getFullAXTree');
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const root = nodes.find((n) => n.backendDOMNodeId === domNode.backendNodeId);
    if (!root) return null;
    const SKIP = new Set(['StaticText', 'InlineTextBox']);
    const build = (n) => {
      const children = (n.childIds ?? []).map((id) => byId.get(id)).filter(Boolean).flatMap((child) => {
        if (SKIP.has(child.role?.value)) return [];
        const built = build(child);
        return child.ignored ? built.children : [built];
      });
      return { role: n.role?.value ?? '', name: n.name?.value ?? '', children };
    };
    return build(root);
  });
}
