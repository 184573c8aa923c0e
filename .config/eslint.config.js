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
