import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { SfForm, setLocale } from '@service-forms/elements';
import elementManifest from '@service-forms/elements/custom-elements.json';

// Docs pages and controls: attributes, properties, events, slots, parts and CSS properties of each
// `component: 'sf-…'`, from the manifest `npm run build` generates from the elements' JSDoc.
setCustomElementsManifest(elementManifest);

// Stories share one IndexedDB: a draft typed in one story would reappear in the next. Drafts are
// off here unless a story gives its own store (see the Form stories "Draft restored").
SfForm.defaultDrafts = 'off';

/** The WCAG tags every accessibility check in this repository runs (test/helpers/a11y.ts too). */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const preview: Preview = {
  parameters: {
    a11y: {
      // The same rules as the component tests and `npm run test:stories`.
      options: { runOnly: { type: 'tag', values: WCAG_TAGS } },
      // A violation fails the story in Storybook's test UI, not just a warning in the panel.
      test: 'error',
    },
    controls: { expanded: true },
    // Welcome, then the elements, then the example forms in their A–E order.
    options: {
      storySort: {
        order: ['Welcome', ['Introduction', 'How to embed', 'Writing a definition', 'Choosing a control'], 'Elements', 'Examples', 'Examples (HTML, no JavaScript)'],
      },
    },
  },
  // The language of the elements' own text (Error:, Day/Month/Year, counts, messages). A story
  // opens in one with `?globals=locale:kk` in the URL (test/e2e/stories-axe.mjs does).
  globalTypes: {
    locale: {
      description: "Language of the elements' own text",
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'kk', title: 'Қазақша' },
          { value: 'ru', title: 'Русский' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en' },
  loaders: [
    async ({ globals }) => {
      const locale = typeof globals.locale === 'string' ? globals.locale : 'en';
      // Give the page a real language (WCAG 3.1.1), as a page would; the story's own labels
      // stay English sample text.
      document.documentElement.lang = locale;
      // Before the story renders, so it renders in the chosen language from the start.
      await setLocale(locale);
      return {};
    },
  ],
};

export default preview;
