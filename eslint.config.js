// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import regexp from 'eslint-plugin-regexp';
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import layers from './eslint/layers.js';
import results from './eslint/results.js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'playground/dist/', 'coverage/', 'node_modules/', '*.tgz', 'reports/', '.stryker-tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  regexp.configs['flat/recommended'],
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { results, 'simple-import-sort': simpleImportSort },
    rules: {
      'results/must-use-result': 'error',
      // Imports in one order everywhere: packages, then the project's, each sorted by path.
      'simple-import-sort/imports': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: false, requireDefaultForNonUnion: true },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*'], message: 'The core runs in browsers and edge runtimes too.' }] },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'SwitchCase[test=null]', message: 'No default branch: switches over unions are exhaustive.' },
        {
          selector: "MemberExpression[object.name='Math'][property.name='random']",
          message: 'Rules are pure: no randomness.',
        },
        {
          selector: "MemberExpression[object.name='Date'][property.name='now']",
          message: 'Rules are pure: time is an input.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Rules are pure: time is an input.',
        },
      ],
    },
  },
  {
    // The layers import one way (docs/architecture.md): a cycle, even of types only, fails.
    files: ['src/**/*.ts'],
    plugins: { layers },
    rules: {
      'layers/direction': 'error',
      'layers/no-cycle': 'error',
    },
  },
  {
    // The Postgres store does I/O: it waits between attempts, spread apart by chance. Not a rule.
    files: ['src/postgres/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'SwitchCase[test=null]', message: 'No default branch: switches over unions are exhaustive.' },
      ],
    },
  },
  {
    // The CLI's entry point is the one file of src/ that touches files and the process.
    files: ['src/cli/bin.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Tests compare whole Results with toStrictEqual(ok(...)): handing a Result to expect() is
    // how they use it, which the must-use rule cannot see.
    files: ['test/**/*.ts'],
    rules: { 'results/must-use-result': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  // Layout is Prettier's: no lint rule argues with it.
  prettier,
);
