/**
 * The page-level live region (A11Y.md 9): live regions inside shadow roots are unreliable in
 * VoiceOver iOS, NVDA and JAWS, so status messages go to ONE region in the light DOM of the
 * page, shared by every `sf-` element (and by every copy of the SDK on the page).
 *
 * It is visually hidden through the CSSOM (allowed under `style-src 'self'`), adds no global
 * CSS, and is created on first use only.
 */

const ATTRIBUTE = 'data-sf-live-region';
const HIDDEN: Record<string, string> = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  margin: '-1px',
  padding: '0',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  'clip-path': 'inset(50%)',
  border: '0',
  'white-space': 'nowrap',
};

export type Politeness = 'polite' | 'assertive';

function region(politeness: Politeness): HTMLElement {
  const selector = `[${ATTRIBUTE}="${politeness}"]`;
  let element = document.body.querySelector<HTMLElement>(`:scope > ${selector}`);
  if (!element) {
    element = document.createElement('div');
    element.setAttribute(ATTRIBUTE, politeness);
    element.setAttribute('aria-live', politeness);
    element.setAttribute('aria-atomic', 'true');
    // role=status/alert give the region its implicit politeness in older screen readers too.
    element.setAttribute('role', politeness === 'assertive' ? 'alert' : 'status');
    for (const [property, value] of Object.entries(HIDDEN)) element.style.setProperty(property, value);
    document.body.append(element);
  }
  return element;
}

let pending: ReturnType<typeof setTimeout> | undefined;

/**
 * Says `message` through the page-level live region. The region is emptied first and filled a
 * moment later, so the same message twice is announced twice.
 */
export function announce(message: string, politeness: Politeness = 'polite'): void {
  const element = region(politeness);
  element.textContent = '';
  clearTimeout(pending);
  pending = setTimeout(() => {
    element.textContent = message;
  }, 50);
}

/** The text the live region holds now (for tests and Storybook). */
export function liveRegionText(politeness: Politeness = 'polite'): string {
  return document.body.querySelector(`:scope > [${ATTRIBUTE}="${politeness}"]`)?.textContent ?? '';
}
