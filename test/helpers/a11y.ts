import 'axe-core/axe.min.js';
import { executeServerCommand } from '@web/test-runner-commands';
import type { AxeResults, RunOptions } from 'axe-core';

declare global {
  interface Window {
    axe: { run(context: Element | Document, options: RunOptions): Promise<AxeResults> };
    __sfAxTarget?: Element;
  }
}

/** The WCAG tags every test runs (A11Y.md). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const describeResults = (kind: string, results: AxeResults['violations']) =>
  results.map((r) => `${kind} ${r.id}: ${r.help}\n    ${r.nodes.map((n) => n.target.join(' ')).join('\n    ')}`).join('\n');

/**
 * Runs axe over an element; violations AND incomplete results fail (an incomplete result is
 * often a broken cross-root reference that axe could not judge).
 */
export async function expectAccessible(element: Element): Promise<void> {
  const results = await window.axe.run(element, { runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations', 'incomplete'] });
  const problems = [describeResults('violation', results.violations), describeResults('incomplete', results.incomplete)].filter(Boolean);
  if (problems.length > 0) throw new Error(`axe found problems:\n${problems.join('\n')}`);
}

/** An element's node in Chromium's accessibility tree, read through CDP. */
export interface AxNode {
  ignored: boolean;
  role: string;
  name: string;
  description: string;
  value: string;
  invalid: string;
  required: boolean;
  disabled: boolean;
  checked?: string;
  focusable: boolean;
}

export async function axNode(element: Element): Promise<AxNode> {
  window.__sfAxTarget = element;
  try {
    const node = await executeServerCommand<AxNode, undefined>('ax-node');
    if (!node) throw new Error('no accessibility node for the element');
    return node;
  } finally {
    delete window.__sfAxTarget;
  }
}

/** A node of the accessibility tree with what is under it (text nodes left out). */
export interface AxTree {
  role: string;
  name: string;
  children: AxTree[];
}

/** An element's subtree in Chromium's accessibility tree, through CDP, as a screen reader walks it. */
export async function axSubtree(element: Element): Promise<AxTree> {
  window.__sfAxTarget = element;
  try {
    const tree = await executeServerCommand<AxTree, undefined>('ax-subtree');
    if (!tree) throw new Error('no accessibility node for the element');
    return tree;
  } finally {
    delete window.__sfAxTarget;
  }
}

/** The focused element, looking inside open shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
