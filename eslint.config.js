import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['**/dist/**', 'storybook-static/**', 'node_modules/**', '.test-results/**', 'coverage/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    files: ['**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    languageOptions: {
      globals: { ...globals.browser },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', 'scripts/**', 'test/e2e/**', 'examples/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
