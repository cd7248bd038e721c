// The demo agency page's glue: `/?form=<name>` shows one of the example forms (job seeker by
// default), loaded from the reference server's `/forms/<id>`. The form posts through its
// `endpoint` attribute (the fetch adapter behind the offline outbox) to `/api/submissions`, and
// the confirmation shows the reference the server returns.
const FORMS = {
  'job-seeker': 'job-seeker-registration',
  'labour-contract': 'labour-contract',
  'social-assistance': 'targeted-social-assistance',
  'large-family-benefit': 'large-family-benefit',
  'service-feedback': 'service-feedback',
};
const wanted = new URLSearchParams(location.search).get('form');
const name = Object.hasOwn(FORMS, wanted ?? '') ? wanted : 'job-seeker';

const form = document.querySelector('sf-form');
form.src = `/forms/${FORMS[name]}`;
form.addEventListener('sf-submitted', (event) => {
  // The reference only: answers are personal data and stay out of the console.
  if (event.receipt) console.info(`Submitted ${event.envelope.formId}: reference ${event.receipt.reference}`);
});
for (const link of document.querySelectorAll('.forms-nav a')) {
  if (link.getAttribute('href') === `/?form=${name}`) link.setAttribute('aria-current', 'page');
}
