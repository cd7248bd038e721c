import type { FormSessionState } from '../session/transitions.js';

/**
 * The application so far as a served page hands it to `<sf-form>` (its `served` attribute):
 * the form and version, the session's submission id, the language, the step, Back's history,
 * and the answers. A file is not in it (the server keeps the files; sf-form cannot send them
 * again): `files` says the answers held some, and sf-form then leaves the page as it is.
 * @service-forms/html writes it (`servedState`) and re-exports this type; sf-form reads it.
 */
export interface ServedState {
  formId: string;
  formVersion: string;
  submissionId: string;
  locale: string;
  step: string;
  history: string[];
  returnToCheck: boolean;
  answers: FormSessionState['answers'];
  files?: true;
}
