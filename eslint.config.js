import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const IPC_ONLY_IN =
  'Only electron/main/ipc/handle.ts and electron/preload/index.ts talk to ipcMain/ipcRenderer; use the typed contract.';

// A later config's options replace an earlier one's for the same rule, so every block that
// sets no-restricted-imports repeats the restrictions that apply to it.
const IPC_PATHS = [
  { name: 'electron', importNames: ['ipcMain', 'ipcRenderer'], message: IPC_ONLY_IN },
];
const RENDERER_PATHS = [
  {
    name: 'zod',
    allowTypeImports: true,
    message:
      "Import zod from renderer/src/data/schema/zod.ts: it turns off zod's eval, which the CSP forbids.",
  },
  {
    name: 'electron',
    message: 'The renderer never imports Electron: use the Host (renderer/src/platform).',
  },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'out/',
      'release/',
      'dist/',
      'coverage/',
      'test-results/',
      'playwright-report/',
      'tests/e2e/artifacts/',
      'bench/results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked.map((config) => ({ ...config, files: ['**/*.{ts,tsx}'] })),
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      // Handlers and Host methods are async by contract even when one has nothing to await.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unnecessary-condition': [
        'error',
        { allowConstantLoopConditions: true },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Named exports only (STYLE.md §7).' },
      ],
      'no-restricted-imports': ['error', { paths: IPC_PATHS }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { paths: RENDERER_PATHS }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Named exports only (STYLE.md §7).' },
        {
          selector: "MemberExpression[object.name='window'][property.name='desktop']",
          message: 'Only renderer/src/platform reads window.desktop; use the Host.',
        },
      ],
    },
  },
  {
    files: ['renderer/src/platform/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Named exports only (STYLE.md §7).' },
      ],
    },
  },
  {
    // The domain is pure TypeScript: no UI, no state library, no database, no browser.
    files: ['renderer/src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: RENDERER_PATHS,
          patterns: [
            {
              group: [
                'react',
                'react-dom',
                'react-dom/*',
                'react-aria-components',
                'react-aria',
                'react-aria/*',
              ],
              message: 'domain/ must not import React.',
            },
            { group: ['zustand', 'zustand/*'], message: 'domain/ must not import zustand.' },
            {
              group: ['dexie', 'dexie/*', '**/data/**'],
              message: 'domain/ must not import Dexie or the data layer.',
            },
            {
              group: ['**/platform/**', '**/stores/**', '**/features/**', '**/ui/**', '**/app/**'],
              message: 'domain/ imports only domain/ and electron/shared.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'domain/ must not touch window.' },
        { name: 'document', message: 'domain/ must not touch document.' },
        { name: 'localStorage', message: 'domain/ must not touch storage.' },
        { name: 'indexedDB', message: 'domain/ must not touch storage.' },
      ],
    },
  },
  {
    // Components never reach the database: they go through stores and repositories' hooks.
    files: [
      'renderer/src/features/**/*.{ts,tsx}',
      'renderer/src/ui/**/*.{ts,tsx}',
      'renderer/src/app/**/*.{ts,tsx}',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: RENDERER_PATHS,
          patterns: [
            {
              group: ['dexie', 'dexie/*', '**/data/*', '**/data/**'],
              message: 'Components never import data/ (STYLE.md §4).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/main/ipc/handle.ts', 'electron/preload/index.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: [
      'electron/**/*.ts',
      'scripts/**/*.mjs',
      'bench/**/*.mjs',
      'build/**/*.{ts,mjs,cjs}',
      'tests/**/*.ts',
      '*.config.{ts,js}',
      'electron.vite.config.ts',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['renderer/src/data/schema/zod.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Playwright reads a fixture's dependencies from its destructuring pattern, so `{}` is how
    // a fixture says it needs none.
    files: ['tests/e2e/support/fixtures.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: [
      '**/*.config.{ts,js}',
      'electron.vite.config.ts',
      'playwright.config.ts',
      'vitest.config.ts',
      'eslint.config.js',
    ],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
);
