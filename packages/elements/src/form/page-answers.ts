import { getAnswer, setAnswer } from '@service-forms/core';
import type { SfAddItemEvent, SfRemoveItemEvent } from '../events/repeatable-events.js';
import type { FormControl } from '../internal/form-control.js';
import type { SfRepeatable } from '../repeatable/repeatable.js';

/**
 * How a page's controls change the answers sf-form keeps, by answer path (`iin`,
 * `members[1].iin`): a control's answer as it is typed and before the page changes, and a
 * repeatable's items as they are added or removed.
 */

/** Keeps each control's answer under its name. */
export function keepAnswers(answers: Record<string, unknown>, controls: Iterable<FormControl>): void {
  for (const control of controls) setAnswer(answers, control.name, control.answer);
}

/** A repeatable's "Add another" or "Remove": its items (a new, empty list the first time) grow or shrink. */
export function changeItems(answers: Record<string, unknown>, event: SfAddItemEvent | SfRemoveItemEvent): void {
  const name = (event.target as SfRepeatable).name;
  let items = getAnswer(answers, name) as object[];
  if (!Array.isArray(items)) setAnswer(answers, name, (items = []));
  if (event.type === 'sf-remove-item') items.splice((event as SfRemoveItemEvent).index, 1);
  else items.push({});
}
