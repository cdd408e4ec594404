// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * Layering (DESIGN.md §7): `shared` imports nothing of ours and nothing of Node, the DOM or Electron;
 * `renderer` and `electron` import `shared` and never each other.
 */
const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: forbidden.map((group) => ({ group: [group], message })) },
    ],
  },
});

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'release/', 'coverage/', 'test/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Strings from files are rendered as text, never as HTML.',
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'test/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  layer(
    ['shared/**/*.ts'],
    ['**/renderer/**', '**/electron/**', 'electron', 'node:*', 'react', 'react-dom', 'dexie', '@xyflow/*'],
    'shared/ is pure TypeScript: no renderer, Electron, Node, DOM libraries or UI frameworks.',
  ),
  layer(['renderer/**/*.{ts,tsx}'], ['**/electron/**', 'electron', 'node:*'], 'The renderer reaches the OS only through StudioApi.'),
  layer(['electron/**/*.ts'], ['**/renderer/**', 'react', 'react-dom', '@xyflow/*', 'dexie'], 'Electron main and preload never import the renderer.'),
);
