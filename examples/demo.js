// The demo agency page's glue: `/?form=<name>` shows one of the example forms (job seeker by
// default). Until the reference server exists, submissions go to the memory adapter and the
// confirmation shows the reference it returns.
import { MemoryAdapter } from '/dist/service-forms.js';

const FORMS = ['job-seeker', 'labour-contract', 'social-assistance', 'large-family-benefit', 'service-feedback'];
const wanted = new URLSearchParams(location.search).get('form');
const name = FORMS.includes(wanted) ? wanted : 'job-seeker';

const form = document.querySelector('sf-form');
form.adapter = new MemoryAdapter({ delayMs: 300 });
form.src = `/examples/forms/${name}.json`;
form.addEventListener('sf-submitted', (event) => {
  console.info(`Submitted ${event.envelope.formId}: reference ${event.receipt.reference}`, event.envelope.answers);
});
for (const link of document.querySelectorAll('.forms-nav a')) {
  if (link.getAttribute('href') === `/?form=${name}`) link.setAttribute('aria-current', 'page');
}
