// Lint rules, including the import boundaries of the architecture guide.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import i18next from 'eslint-plugin-i18next';
import globals from 'globals';

const noElectron = {
  group: ['electron', 'electron/*'],
  message: 'Only src/main/shell, src/main/index.ts and src/preload may import electron.',
};
const noShell = {
  group: ['**/main/index', '**/main/index.ts', '**/shell/*', '**/shell'],
  message: 'Nothing imports the composition root or the Electron shell.',
};
const noNode = { group: ['node:*'], message: 'src/shared is pure: no node:* modules.' };
const noMain = {
  group: ['**/main/**', '**/preload/**', '**/cli/**'],
  message: 'Only import downwards, into src/shared.',
};
const noUi = { group: ['react', 'react-dom', '**/renderer/**'], message: 'No UI code outside the renderer.' };

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'coverage/**', 'tests/e2e/screenshots/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Tests, benchmarks and scripts report on the console and may assert what they just built.
    files: ['tests/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.mjs'],
    rules: { 'no-console': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noElectron, noNode, noMain, noUi, noShell] }] },
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/shell/**', 'src/main/index.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noElectron, noShell, noUi] }] },
  },
  {
    files: ['src/main/shell/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noUi] }] },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noElectron, noShell, noUi] }] },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noShell,
            noUi,
            { group: ['zod', '**/main/**'], message: 'The preload bundles the contract names only.' },
            {
              group: ['**/ipc/contract'],
              allowTypeImports: true,
              message: 'The contract carries zod: the preload takes names from src/shared/ipc/names.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [noElectron, noNode, noMain, noShell] }],
    },
  },
  {
    // No user-facing string is written into a component: everything goes through i18next.
    files: ['src/renderer/src/**/*.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': { include: ['aria-label', 'title', 'alt', 'placeholder', 'aria-description'] },
        },
      ],
    },
  },
);
