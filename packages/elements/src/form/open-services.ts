import type { FormDefinition } from '@service-forms/core';
import { FetchAdapter, OutboxAdapter } from '@service-forms/adapters';
import { DraftController } from './draft-controller.js';
import type { SfForm } from './form.js';

/**
 * What `sf-form` opens from the services chunk once its definition is here (issue 24): for
 * `endpoint` without an adapter, the offline outbox over the fetch adapter; for drafts, the
 * controller, which restores the answers and the page a draft kept. In the chunk, not the
 * entry: a form with neither never needs it.
 */
export async function openServices(host: SfForm, form: FormDefinition): Promise<void> {
  if (host.endpoint && !host.adapter) host.delivery.useOutbox(form, new OutboxAdapter(new FetchAdapter({ ...host.endpointOptions, endpoint: host.endpoint })));
  if (!host.keepsDrafts(form)) return;
  host.draft ??= new DraftController(host, {
    form: () => host.form,
    read: () => host.session,
    cleared: (cleared) => {
      host.session = { ...host.session, answers: {} };
      host.start(cleared);
    },
  });
  const draft = await host.draft.open(form);
  if (draft) {
    host.session = { ...host.session, answers: draft.answers };
    host.resumeStep = draft.step;
  }
}
