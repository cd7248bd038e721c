// The demo agency page's glue: `/?form=<id>` shows one of the forms the server lists in the
// page's navigation (the first one by default), loaded from the reference server's `/forms/<id>`.
// The form posts through its `endpoint` attribute (the fetch adapter behind the offline outbox)
// to `/api/submissions`, and the confirmation shows the reference the server returns.
const links = [...document.querySelectorAll('.forms-nav a[data-form]')];
const wanted = new URLSearchParams(location.search).get('form');
const chosen = links.find((link) => link.dataset.form === wanted) ?? links[0];

const form = document.querySelector('sf-form');
if (chosen) {
  form.src = `/forms/${encodeURIComponent(chosen.dataset.form)}`;
  chosen.setAttribute('aria-current', 'page');
}
form.addEventListener('sf-submitted', (event) => {
  // The reference only: answers are personal data and stay out of the console.
  if (event.receipt) console.info(`Submitted ${event.envelope.formId}: reference ${event.receipt.reference}`);
});
