// The demo agency page's glue: `/?form=<id>` shows one of the forms the server lists in the
// page's navigation (the first one by default), loaded from the reference server's `/forms/<id>`.
// The form posts through its `endpoint` attribute (the fetch adapter behind the offline outbox)
// to `/api/submissions`, and the confirmation shows the reference the server returns.
const links = [...document.querySelectorAll('.forms-nav a[data-form]')];
// The same forms as the server's own HTML pages (`/apply/<id>`): they work without JavaScript.
const htmlLinks = [...document.querySelectorAll('.forms-nav a[data-html-form]')];
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

// The page speaks the language the person chooses in the form's switch: its own words, its
// title and `<html lang>`, so that a screen reader reads the title (which the form prefixes with
// the page heading, in that language) and the page in one voice (docs/embedding.md, "Language").
const WORDS = {
  en: {
    title: 'Ministry of Labour and Social Protection (demo)',
    skip: 'Skip to main content',
    ministry: 'Ministry of Labour and Social Protection',
    demo: 'demo',
    heading: 'Apply online',
    notice: 'A demonstration agency page. Submissions go to the reference server that serves this page and are stored on this computer; nothing leaves it.',
    forms: 'Forms',
    controls: 'Every control by hand',
    withoutScript: 'without JavaScript',
  },
  kk: {
    title: 'Еңбек және халықты әлеуметтік қорғау министрлігі (демо)',
    skip: 'Негізгі мазмұнға өту',
    ministry: 'Еңбек және халықты әлеуметтік қорғау министрлігі',
    demo: 'демо',
    heading: 'Онлайн өтініш беру',
    notice: 'Мекеменің демонстрациялық беті. Өтініштер осы бетті беретін анықтамалық серверге жіберіліп, осы компьютерде сақталады; ештеңе одан шықпайды.',
    forms: 'Нысандар',
    controls: 'Барлық басқару элементтері қолмен',
    withoutScript: 'JavaScript-сіз',
  },
  ru: {
    title: 'Министерство труда и социальной защиты населения (демо)',
    skip: 'Перейти к основному содержанию',
    ministry: 'Министерство труда и социальной защиты населения',
    demo: 'демо',
    heading: 'Подать заявление онлайн',
    notice: 'Демонстрационная страница ведомства. Заявления уходят на эталонный сервер, который отдаёт эту страницу, и хранятся на этом компьютере; ничего не покидает его.',
    forms: 'Формы',
    controls: 'Все элементы управления вручную',
    withoutScript: 'без JavaScript',
  },
};

function speak(locale) {
  const words = WORDS[locale] ?? WORDS.en;
  document.documentElement.lang = WORDS[locale] ? locale : 'en';
  for (const element of document.querySelectorAll('[data-text]')) element.textContent = words[element.dataset.text];
  for (const element of document.querySelectorAll('[data-label]')) element.setAttribute('aria-label', words[element.dataset.label]);
  for (const link of links) link.textContent = link.dataset[`title${locale.charAt(0).toUpperCase()}${locale.slice(1)}`] ?? link.dataset.titleEn ?? link.textContent;
  for (const link of htmlLinks) link.textContent = `${link.dataset[`title${locale.charAt(0).toUpperCase()}${locale.slice(1)}`] ?? link.dataset.titleEn} – ${words.withoutScript}`;
  // The form puts its page heading before the title the page writes (it takes this one as the
  // page's own from now on).
  document.title = words.title;
}

for (const link of links) link.dataset.titleEn = link.textContent;
for (const link of htmlLinks) link.dataset.titleEn = link.textContent.replace(/ – without JavaScript$/, '');
form.addEventListener('sf-locale-change', (event) => speak(event.detail.locale));
