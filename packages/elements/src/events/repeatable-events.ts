/** Fired by `sf-repeatable` when the person asks for another item. */
export class SfAddItemEvent extends Event {
  constructor() {
    super('sf-add-item', { bubbles: true, composed: true });
  }
}

/** Fired by `sf-repeatable` when the person removes item `index` (0-based). */
export class SfRemoveItemEvent extends Event {
  constructor(readonly index: number) {
    super('sf-remove-item', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sf-add-item': SfAddItemEvent;
    'sf-remove-item': SfRemoveItemEvent;
  }
}
