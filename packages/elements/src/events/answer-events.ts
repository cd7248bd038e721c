/**
 * Fired by a form control (`sf-text-field`, `sf-date-input`, …) when its answer is not the one
 * it reported last: typed, chosen, or set by script. It is also fired once when the control
 * first renders, and once for each new `name`; both of these have `first` set. It bubbles
 * within the control's tree and is not composed; its target's `name` is the answer's path
 * (`iin`, `members[1].iin`). `sf-form` keeps its answers from it.
 */
export class SfAnswerEvent extends Event {
  constructor(
    /** The answer core validates: text, the chosen values, date parts, files. */
    readonly answer: unknown,
    /** The control's first report under this name (it renders), not a change. */
    readonly first: boolean,
  ) {
    super('sf-answer', { bubbles: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sf-answer': SfAnswerEvent;
  }
}
