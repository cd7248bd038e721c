import { attr, descendants, has, text, type Element, type Parsed } from './parse.js';

/*
 * Test helper: what a browser without script posts for a rendered page: the form data set of
 * its form (HTML's "constructing the entry list"), after the person's typing. Values start as
 * the page shows them (value attributes, checked, selected, a textarea's text); `fill` replaces
 * them by name. File inputs are left out (an urlencoded body has no files).
 */

/** A control's new value: text, a group's chosen values, a single box ticked or not; undefined keeps the page's. */
export type Fill = (name: string) => string | readonly string[] | boolean | undefined;

/** The page's form (the one `<form>` in `<main>`). */
export function pageForm(page: Parsed): Element {
  const forms = page.all('form');
  if (forms.length !== 1) throw new Error(`${forms.length} forms on the page`);
  return forms[0]!;
}

/** The form's submit buttons in tree order. */
export function submitButtons(form: Element): Element[] {
  return descendants(form).filter((el) => (el.tagName === 'button' && (attr(el, 'type') ?? 'submit') === 'submit') || (el.tagName === 'input' && attr(el, 'type') === 'submit'));
}

/**
 * The body a browser posts. `submitter`: the button pressed, by its value (`continue`,
 * `add:members`), or `enter` for Enter in a text box: implicit submission clicks the form's
 * default button, its first submit button in tree order.
 */
export function formBody(page: Parsed, fill: Fill = () => undefined, submitter = 'continue'): URLSearchParams {
  const form = pageForm(page);
  const buttons = submitButtons(form);
  const pressed = submitter === 'enter' ? buttons[0] : buttons.find((button) => attr(button, 'value') === submitter);
  if (!pressed) throw new Error(`no submit button ${submitter}`);
  const body = new URLSearchParams();
  for (const el of descendants(form)) {
    const name = attr(el, 'name');
    if (!name || has(el, 'disabled')) continue;
    const wanted = fill(name);
    if (el.tagName === 'button') {
      if (el === pressed) body.append(name, attr(el, 'value') ?? '');
    } else if (el.tagName === 'input') {
      const type = attr(el, 'type') ?? 'text';
      const value = attr(el, 'value');
      if (type === 'file') continue;
      if (type === 'radio') {
        const checked = typeof wanted === 'string' ? wanted === value : has(el, 'checked');
        if (checked) body.append(name, value ?? 'on');
      } else if (type === 'checkbox') {
        const own = value ?? 'on';
        const checked = Array.isArray(wanted) ? wanted.includes(own) : typeof wanted === 'boolean' ? wanted : has(el, 'checked');
        if (checked) body.append(name, own);
      } else if (type === 'submit') {
        if (el === pressed) body.append(name, value ?? '');
      } else {
        // A single-line box: the browser's value has no line breaks.
        body.append(name, (typeof wanted === 'string' ? wanted : (value ?? '')).replace(/[\r\n]/g, ''));
      }
    } else if (el.tagName === 'select') {
      const options = descendants(el).filter((option) => option.tagName === 'option');
      const selected = options.find((option) => has(option, 'selected')) ?? options[0];
      body.append(name, typeof wanted === 'string' ? wanted : (attr(selected!, 'value') ?? text(selected!)));
    } else if (el.tagName === 'textarea') {
      // A submitted textarea's line breaks are CRLF.
      body.append(name, (typeof wanted === 'string' ? wanted : text(el)).replace(/\r\n|\r|\n/g, '\r\n'));
    }
  }
  return body;
}
