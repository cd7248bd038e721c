import type { Preview } from '@storybook/web-components-vite';
import '@service-forms/elements';

/** The WCAG tags every accessibility check in this repository runs (test/helpers/a11y.ts too). */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// The stories are English: give their content a real language (WCAG 3.1.1), as a page would.
document.documentElement.lang = 'en';

const preview: Preview = {
  parameters: {
    a11y: {
      // The same rules as the component tests and `npm run test:stories`.
      options: { runOnly: { type: 'tag', values: WCAG_TAGS } },
      // A violation fails the story in Storybook's test UI, not just a warning in the panel.
      test: 'error',
    },
    controls: { expanded: true },
  },
};

export default preview;
