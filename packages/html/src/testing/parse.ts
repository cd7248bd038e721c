import { parse as parseHtmlDocument, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { renderToString } from '../render.js';
import type { TemplateResult } from 'lit';

/** Test helpers: the rendered HTML parsed as a browser would (parse5), and queries over it. */

export type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];

const isElement = (node: Node): node is Element => 'tagName' in node;

export interface Parsed {
  html: string;
  elements: Element[];
  byId(id: string): Element;
  all(tag: string): Element[];
  named(name: string): Element[];
}

function walk(node: Node, out: Element[]): void {
  if (isElement(node)) out.push(node);
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) walk(child, out);
  if (isElement(node) && node.tagName === 'template') walk((node as DefaultTreeAdapterMap['template']).content, out);
}

export function parse(html: string): Parsed {
  return parsed(html, parseFragment(html));
}

/** A whole document (`<!doctype html>` to `</html>`), parsed as a browser parses a page. */
export function parseDocument(html: string): Parsed {
  return parsed(html, parseHtmlDocument(html));
}

function parsed(html: string, root: Node): Parsed {
  const elements: Element[] = [];
  walk(root, elements);
  return {
    html,
    elements,
    byId(id) {
      const found = elements.filter((el) => attr(el, 'id') === id);
      if (found.length !== 1) throw new Error(`${found.length} elements with id ${JSON.stringify(id)}`);
      return found[0]!;
    },
    all: (tag) => elements.filter((el) => el.tagName === tag),
    named: (name) => elements.filter((el) => attr(el, 'name') === name),
  };
}

/** Renders with the package's Node renderer, then parses. */
export const renderParsed = (template: TemplateResult): Parsed => parse(renderToString(template));

export function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

export const has = (el: Element, name: string): boolean => el.attrs.some((a) => a.name === name);

/** The text in an element, as textContent reads it. */
export function text(node: Node): string {
  if ('value' in node && node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  const children = 'childNodes' in node ? node.childNodes : [];
  return children.map((child) => text(child)).join('');
}

/** Text with runs of white space made one space and trimmed (what a name computation reads). */
export const squash = (value: string): string => value.replace(/\s+/g, ' ').trim();

/** The elements under an element (itself excluded), in tree order. */
export function descendants(node: Element): Element[] {
  const out: Element[] = [];
  walk(node, out);
  return out.slice(1);
}
