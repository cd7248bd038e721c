import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { readonly options: readonly unknown[] };

/**
 * Plain HTML for the controls that offer choices (radio group, checkbox group, select): their
 * choices from child `<option>` elements, and which options have fields to reveal (children with
 * `slot="reveal-<value>"`), read when the control connects and again whenever those children
 * change. Choices the `options` property was given by script win over child elements.
 */
export class ChildOptions implements ReactiveController {
  /** Option values that have fields to reveal. */
  revealSlots: ReadonlySet<string> = new Set();
  private observer: MutationObserver | undefined;
  private fromElements = false;

  /** `read` turns the child `<option>`s into the host's choices (and any default it keeps). */
  constructor(
    private readonly host: Host,
    private readonly read: (elements: HTMLOptionElement[]) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.readChildren();
    this.observer = new MutationObserver(() => this.readChildren());
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['value', 'selected', 'title', 'slot'] });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  private readChildren(): void {
    const slots = [...this.host.querySelectorAll(':scope > [slot^="reveal-"]')].map((element) => element.slot.slice('reveal-'.length));
    if (slots.length !== this.revealSlots.size || slots.some((slot) => !this.revealSlots.has(slot))) {
      this.revealSlots = new Set(slots);
      this.host.requestUpdate();
    }
    const elements = [...this.host.querySelectorAll<HTMLOptionElement>(':scope > option')];
    if (elements.length === 0 || (this.host.options.length > 0 && !this.fromElements)) return;
    this.fromElements = true;
    this.read(elements);
  }
}
