import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { fieldChrome } from './field-chrome.js';

/** One choice of a radio group or a checkbox group. */
export interface ChoiceOption {
  value: string;
  label: string;
  hint?: string | undefined;
}

/** Choices from child `<option>` elements (ChildOptions): the text is the label, `title` the hint. */
export const optionsFrom = (elements: readonly HTMLOptionElement[]): ChoiceOption[] =>
  elements.map((option) => ({ value: option.value, label: option.textContent?.trim() ?? '', hint: option.title || undefined }));

/** What the template reads from the group itself: its public properties. */
interface ChoiceGroup {
  readonly label: string;
  readonly hint: string;
  readonly options: readonly ChoiceOption[];
}

/**
 * A radio group or a checkbox group, written once (issue 24): the fieldset, its legend, hint and
 * error, and each native radio or checkbox with its label, its hint and the box of fields it
 * reveals, all in ONE shadow root, so every id a radio or box points at (`option-<i>-hint`,
 * `reveal-<i>`) is beside it. The two groups differ only in what they pass in: the input `type`
 * (also its part), which options are chosen, and their own `input` handler. Radios share
 * `name="choice"`, so arrow keys move between them; boxes have no name, each is a Tab stop.
 * A box's `checked` stays `live()` (checked against the box itself) and a radio's a plain
 * binding (set when the chosen value changes), as each group had them: no behaviour changes.
 *
 * What FormControl keeps protected (the error shown, `describedBy()`, `isDisabled`, its
 * listeners) is passed in; the listeners still run with the group as `this`, since Lit calls
 * them on the element it renders for. Decision 0010, "The two choice groups written once".
 */
export function choiceGroup(
  this: ChoiceGroup,
  type: 'radio' | 'checkbox',
  reveals: ReadonlySet<string>,
  chosen: (value: string) => boolean,
  error: string,
  describedBy: string | undefined,
  disabled: boolean,
  onInput: (event: Event) => void,
  onChange: () => void,
  onKeydown: (event: KeyboardEvent) => void,
) {
  return html`
  <div class="field ${error ? 'field--error' : ''}">
    <fieldset aria-describedby=${describedBy ?? nothing}>
      <legend class="legend" part="legend">${this.label}</legend>${fieldChrome(this.hint, error)}
      <div class="options">
        ${this.options.map((option, i) => {
          const on = chosen(option.value);
          return html`
            <div class="option">
              <input
                type=${type}
                id="option-${i}"
                name=${type === 'radio' ? 'choice' : nothing}
                part=${type}
                .value=${option.value}
                .checked=${type === 'radio' ? on : live(on)}
                ?disabled=${disabled}
                aria-describedby=${option.hint ? `option-${i}-hint` : nothing}
                aria-controls=${reveals.has(option.value) ? `reveal-${i}` : nothing}
                aria-invalid=${error ? 'true' : nothing}
                @input=${onInput}
                @change=${onChange}
                @keydown=${onKeydown}
              />
              <label for="option-${i}" id="option-${i}-label" part="option-label">${option.label}</label>
              ${option.hint ? html`<div id="option-${i}-hint" class="hint" part="option-hint">${option.hint}</div>` : nothing}
              ${reveals.has(option.value)
                ? html`<div class="reveal" part="reveal" id="reveal-${i}" role="group" aria-labelledby="option-${i}-label" ?hidden=${!on}>
                    <slot name="reveal-${option.value}"></slot>
                  </div>`
                : nothing}
            </div>
          `;
        })}
      </div>
    </fieldset>
  </div>
`;
}
