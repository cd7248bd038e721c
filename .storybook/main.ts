import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions, mergeConfig, type UserConfig } from 'vite';

/**
 * Storybook for the `sf-` elements. The workspace packages load from their TypeScript source
 * (the `source` export condition), so stories show the code being edited, not a stale dist.
 */
const config: StorybookConfig = {
  // Welcome pages (MDX) first, then every story file.
  stories: ['../stories/welcome/*.mdx', '../stories/**/*.stories.ts'],
  // Docs: a page per element from custom-elements.json (autodocs) and the welcome pages.
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    return mergeConfig(viteConfig, {
      resolve: {
        // Setting conditions replaces Vite's defaults: keep them (browser, module, …) after `source`.
        conditions: ['source', ...defaultClientConditions],
      },
      // Storybook's web-components renderer imports `lit/directive-helpers.js`, which the dev
      // server's dependency scan never sees: served raw, it brings a second lit-html ("Multiple
      // versions of Lit loaded"). Pre-bundle it with `lit` so every import shares one copy.
      optimizeDeps: { include: ['lit', 'lit/directive-helpers.js'] },
      // Storybook's own preview runtime (~960 kB) and the a11y addon's axe-core (~660 kB) are
      // the big chunks; they are not shipped to anyone, so the size warning is noise here.
      build: { chunkSizeWarningLimit: 1500 },
      // Vite 8 compiles TypeScript with Oxc. The elements use TypeScript's experimental
      // decorators with `useDefineForClassFields: false` (root tsconfig.json); say so explicitly
      // rather than rely on tsconfig discovery, or every `@property()` field throws
      // "Unsupported decorator location: field" in the browser.
      oxc: {
        decorator: { legacy: true },
        assumptions: { setPublicClassFields: true },
        typescript: { removeClassFieldsWithoutInitializer: true },
      },
    } satisfies UserConfig);
  },
};

export default config;
