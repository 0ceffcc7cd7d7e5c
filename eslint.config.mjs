import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The layer arrows are held here: shared imports nothing of ours outside shared and no runtime;
// renderer -> shared only; main/core and main/db never import electron; only main/electron does.
const noElectron = { name: 'electron', message: 'Only src/main/electron may import electron.' };
export default tseslint.config(
  { ignores: ['out/**', '**/out-*/**', 'dist/**', 'node_modules/**', 'e2e/.artifacts/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [noElectron, { name: 'react', message: 'shared is pure TypeScript.' }],
        patterns: [
          { group: ['node:*', 'fs', 'path', 'better-sqlite3'], message: 'shared must not use Node APIs.' },
          { group: ['**/main/**', '**/renderer/**', 'react-dom*'], message: 'shared imports nothing outside shared.' },
        ],
      }],
    },
  },
  {
    files: ['src/renderer/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', {
        paths: [noElectron],
        patterns: [
          { group: ['**/main/**', 'node:*', 'better-sqlite3'], message: 'The renderer talks to main only through window.palabra.' },
        ],
      }],
    },
  },
  {
    // No hard-coded user-visible text: words in JSX must come from i18next.
    files: ['src/renderer/**/*.tsx'],
    ignores: ['src/renderer/**/*.test.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'JSXText[value=/\\p{L}{2,}/u]', message: 'User-visible text must be translated (t(...)).' },
        {
          selector: 'JSXAttribute[name.name=/^(aria-label|title|placeholder|alt|aria-description)$/] > Literal[value=/\\p{L}{2,}/u]',
          message: 'User-visible text must be translated (t(...)).',
        },
      ],
    },
  },
  {
    files: ['src/main/**'],
    ignores: ['src/main/electron/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [noElectron],
        patterns: [
          { group: ['**/renderer/**'], message: 'main never imports the renderer.' },
          { group: ['**/electron/**'], message: 'core and db never import the electron shell.' },
        ],
      }],
    },
  },
);
