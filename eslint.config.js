// Lint for defects, not for taste: formatting is Prettier's job (.prettierrc.json).
// Type-aware rules (promises) need the project's tsconfig; `npm run lint` runs them over every .ts file.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** The one-way rule of ARCHITECTURE.md, also checked over the whole import graph in test/architecture/imports.test.ts. */
const framework = {
  group: ['botbuilder', 'botbuilder-*', 'botbuilder/*', 'botframework-*', 'restify', 'restify/*', 'restify-*'],
  message: 'src/ never imports the Teams framework or restify (only src/server mounts the adapter).',
};
const botLayer = {
  group: ['**/bot/*'],
  message: 'src/ and cards/ never import bot/: bot/ depends on them, not the reverse.',
};
const storeImpl = {
  group: ['**/store/sqlite/*', '**/store/postgres/*'],
  message: 'The domain sees only the Store port (src/store/store.ts), never a database implementation.',
};
const devOnly = {
  group: ['**/dev/*', '**/playground/*', '**/connector/*'],
  message: 'The domain never imports dev-only parts (emulator, playground).',
};

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', 'coverage/', '**/*.js', '!eslint.config.js', 'tab-web/dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // A promise nobody awaits loses its error: the bot must never crash or go silent on input.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { arguments: false, attributes: false } },
      ],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-empty': ['error', { allowEmptyCatch: false }],
      'no-console': 'off',
      // A catch that swallows without a word hides the defect it caught (issue #14): handle, log with context, or rethrow.
      'no-restricted-syntax': [
        'error',
        {
          selector: "TSNonNullExpression > MemberExpression[property.name='network']",
          message:
            'Use networkHere(ctx) (src/conversation/network.ts): a missing network gets the one Norwegian answer instead of a TypeError.',
        },
        {
          selector:
            "CallExpression[callee.property.name='catch'] > ArrowFunctionExpression.arguments:first-child[body.type='Identifier'][body.name='undefined']",
          message:
            'A silent .catch(() => undefined) hides failures: log with context (src/log.ts), handle, or rethrow.',
        },
        {
          selector:
            "CallExpression[callee.property.name='catch'] > ArrowFunctionExpression.arguments:first-child[body.type='BlockStatement'][body.body.length=0]",
          message: 'A silent .catch(() => {}) hides failures: log with context (src/log.ts), handle, or rethrow.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/server/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [framework, botLayer] }] },
  },
  {
    // The domain: everything in src/ except the adapters, the server edge, the composition (src/app) and dev-only parts.
    files: ['src/**/*.ts'],
    ignores: ['src/server/**', 'src/store/**', 'src/dev/**', 'src/app/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [framework, botLayer, storeImpl, devOnly] }] },
  },
  {
    files: ['cards/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [botLayer] }] },
  },
  {
    // Tests, benches and the dev-only Teams stand-ins (connector emulator, playground) may be loose with `any`
    // when they poke at payloads from the wire.
    files: ['test/**/*.ts', 'bench/**/*.ts', 'src/dev/connector/**/*.ts', 'src/dev/playground/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
