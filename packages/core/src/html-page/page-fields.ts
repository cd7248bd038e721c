import { conditionFields, evaluateCondition } from '../conditions/evaluate-condition.js';
import type { PageDefinition } from '../definition/definition-schema.js';
import { walkFields } from '../definition/walk-fields.js';
import type { FieldDefinition } from '../fields/field-registry.js';
import type { FormSession } from '../session/form-session.js';
import type { FormSessionState } from '../session/transitions.js';
import { lookupIn } from '../validation/page-structure.js';

/**
 * Which fields a page served as HTML shows without script, shared by the page
 * (@service-forms/html's page views) and the reading of its POST (read-page.ts), so that what
 * is read is exactly what was shown. In core because the browser reads a served page too
 * (sf-form taking it over, issue 15) without the server renderer (decision 0011).
 *
 * - A conditional reveal is always shown (GOV.UK without script); what it holds counts only
 *   when its option is chosen, which FormSession decides when it validates.
 * - A field whose `showIf` reads an answer on the SAME page (a sibling, or a field of the same
 *   repeated item) is always shown too: without script the person may change that answer on
 *   this page, and nothing could show the field then. FormSession ignores it when, after the
 *   POST, its condition does not hold (neither validated nor sent, nor on check answers).
 * - A field whose `showIf` reads only answers given on other (earlier) pages is shown when the
 *   condition holds on the answers so far, as FormSession's applicability decides it.
 */

/** Every field name the page asks, in any scope (fieldsets, reveals, repeated items). */
function namesOnPage(fields: readonly FieldDefinition[], names = new Set<string>()): Set<string> {
  walkFields(fields, (field) => {
    names.add(field.name);
    if (field.type === 'repeatable') namesOnPage(field.fields, names);
    return field;
  });
  return names;
}

/** Options that decide conditions as the session does. */
export interface ShowOptions {
  /** The `today` the session was made with (tests); the real date otherwise. */
  today?: string;
}

/**
 * What reading a page needs of a session: its definition, the pages and the page a state is
 * on, and setting an answer. A `FormSession` is one; sf-form makes one from core's transitions
 * (`pagesOf`, `pageOf`, `answerState`) without the rest of the class (issue 15).
 */
export type PageReader = Pick<FormSession, 'definition' | 'pages' | 'page' | 'answer'>;

/** Whether a field of `page` is shown, by the rules above. */
export function pageFieldShows(session: PageReader, state: FormSessionState, page: PageDefinition, options: ShowOptions = {}): (field: FieldDefinition) => boolean {
  const names = namesOnPage(page.fields);
  // The scope FormSession's conditions read: the fields of the pages that apply.
  const lookup = lookupIn({ fields: session.pages(state).flatMap((p) => p.fields), answers: state.answers }, options);
  return (field) => {
    if (!field.showIf) return true;
    if (conditionFields(field.showIf, 'showIf').some(({ name }) => names.has(name))) return true;
    return evaluateCondition(field.showIf, lookup, options);
  };
}
