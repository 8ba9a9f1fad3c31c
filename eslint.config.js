import js from '@eslint/js';
import i18next from 'eslint-plugin-i18next';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Where code may run decides what it may import: only the Electron edge touches `electron`,
// the renderer never reaches into main, and shared/ stays pure.
const electronModule = {
  name: 'electron',
  message:
    'Only Electron adapters (*.electron.ts), electron/main/index.ts and the preload may import electron. Pass what you need in as an argument.',
};
const intoMain = {
  group: ['**/electron/**', '**/electron'],
  message: 'The renderer talks to main only through window.callsheet (shared/contract).',
};
const intoRenderer = {
  group: ['**/renderer/**', '**/renderer'],
  message: 'shared/ must not depend on the renderer.',
};
const nodeBuiltins = {
  group: ['node:*'],
  message: 'shared/ runs in the browser and in workers too: no Node built-ins.',
};

export default tseslint.config(
  {
    ignores: ['node_modules/', 'out/', 'dist/', 'test-results/', 'playwright-report/', '.tmp/'],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-restricted-imports': ['error', { paths: [electronModule] }],
    },
  },
  {
    files: ['electron/main/index.ts', 'electron/main/**/*.electron.ts', 'electron/preload/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { paths: [electronModule], patterns: [intoMain] }],
    },
  },
  {
    // Every word a user reads comes from the language files (renderer/src/i18n/locales).
    files: ['renderer/src/**/*.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': {
            exclude: [
              'className',
              'type',
              'key',
              'id',
              'htmlFor',
              'role',
              'value',
              'name',
              'lang',
              'href',
              'rel',
              'target',
              'autoComplete',
              'inputMode',
              'accept',
              'aria-live',
              'aria-haspopup',
              'aria-controls',
              'aria-labelledby',
              'aria-describedby',
              // Dialog sizes ("large"), not words.
              'size',
              'kind',
              'data-.*',
            ],
          },
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [electronModule], patterns: [intoMain, intoRenderer, nodeBuiltins] },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Playwright fixtures must destructure their (empty) dependencies.
      'no-empty-pattern': 'off',
    },
  },
);
