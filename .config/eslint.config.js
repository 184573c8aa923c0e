// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'node_modules/', 'bin/', '.config/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: new URL('..', import.meta.url).pathname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='eval']", message: 'Never evaluate code.' },
        { selector: "NewExpression[callee.name='Function']", message: 'Never evaluate code.' },
      ],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@inquirer/*'], message: 'Only src/ui/prompts.ts may import @inquirer.' }] },
      ],
    },
  },
  {
    // The rules engine is pure: data in, assessment out. No file, process or network access, and
    // nothing from the layers that use it.
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'src/core is pure: no I/O.' },
            {
              group: ['../*', '@inquirer/*', 'chalk', 'commander', 'yaml'],
              message: 'src/core imports only itself and zod.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/ui/prompts.ts', 'tests/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Asymmetric matchers (expect.stringContaining ...) are typed any by design.
    files: ['tests/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    files: ['.config/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
