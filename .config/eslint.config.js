// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/, lowest first. A folder may import only folders listed before it; the use
 * cases on one line do not import each other. Relative imports are matched by folder name, so a
 * layer's own subfolders must not share a name with a layer.
 */
const LAYERS = [
  ['base'],
  ['core'],
  ['frameworks'],
  ['guard'],
  ['report'],
  ['render'],
  ['io'],
  ['ui'],
  ['interview', 'batch', 'training'],
  ['cli'],
];
const PROMPT_RULE = { group: ['@inquirer/*'], message: 'Only src/ui/prompts.ts may import @inquirer.' };
const NODE_IO = ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads', 'stream'];

function layerRules() {
  return LAYERS.flatMap((row, level) =>
    row.map((layer) => {
      const above = [...LAYERS.slice(level + 1).flat(), ...row.filter((peer) => peer !== layer)];
      const patterns = [
        PROMPT_RULE,
        {
          regex: `^(\\.\\./)+(${above.join('|')})(/|$)`,
          message: `src/${layer} sits below ${above.join(', ')}: it may not import them (ARCHITECTURE.md).`,
        },
      ];
      // The engine and everything it builds on are pure: data in, assessment out.
      if (level <= 2) {
        patterns.push({ group: NODE_IO, message: `src/${layer} is pure: no I/O.` });
        patterns.push({
          group: ['chalk', 'commander', 'yaml', 'string-width'],
          message: `src/${layer} is pure.`,
        });
      }
      return { files: [`src/${layer}/**`], rules: { 'no-restricted-imports': ['error', { patterns }] } };
    }),
  );
}

export default tseslint.config(
  { ignores: ['dist/', 'dist-bench/', 'coverage/', 'node_modules/', 'bin/', '.config/'] },
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
    // Small modules (ARCHITECTURE.md): a file says one thing, a function does one thing.
    files: ['src/**/*.ts', 'tests/bench/**/*.ts'],
    rules: {
      'max-lines': ['error', { max: 300 }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  // One-way layers (ARCHITECTURE.md): each folder of src/ imports only the folders below it.
  ...layerRules(),
  {
    // Tests and the benchmarks (tests/bench/, not shipped) sit outside the layers: they may import anything.
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
