// The demo agency page's glue: until the reference server exists, submissions go to the
// memory adapter, and the confirmation shows the reference it returns.
import { MemoryAdapter } from '/dist/service-forms.js';

const adapter = new MemoryAdapter({ delayMs: 300 });
const form = document.querySelector('sf-form');
form.adapter = adapter;
form.addEventListener('sf-submitted', (event) => {
  console.info(`Submitted ${event.envelope.formId}: reference ${event.receipt.reference}`, event.envelope.answers);
});
