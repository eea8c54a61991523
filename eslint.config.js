import globals from 'globals';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'coverage/',
      'node_modules/',
      'artifacts/',
      'extension/salesforce/main/default/staticresources/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': 'off',
      // With noUncheckedIndexedAccess, an assertion after a bounds check is the honest way to say so.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // The core is pure: no I/O, no clock, no CRM.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'fs/*', 'http', 'https', 'net', 'child_process'],
              message: 'core does no I/O',
            },
            {
              group: [
                '**/crm/**',
                '**/service/**',
                '**/store/**',
                '**/jobs/**',
                '**/sandbox/**',
                '**/cli/**',
                '**/viz/**',
              ],
              message: 'core depends on nothing outside core',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'core takes time as a parameter',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'core takes time as a parameter',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'core is deterministic',
        },
      ],
    },
  },
  {
    // Browser code: the renderers and the workspace run in a page (and in the Salesforce bundle).
    files: ['src/viz/**/*.ts', 'src/workspace/**/*.ts'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'browser code has no Node built-ins' },
            {
              group: [
                '**/crm/**',
                '**/service/**',
                '**/store/**',
                '**/jobs/**',
                '**/sandbox/**',
                '**/cli/**',
              ],
              message: 'browser code depends on the core, the renderers and the workspace only',
            },
            {
              // the schemas (zod) would triple the bundles: values come from the plain value modules
              group: [
                '**/core/index.js',
                '**/core/model/*',
                '!**/core/model/values.js',
                '**/core/scoring/*',
                '!**/core/scoring/values.js',
                '**/core/account-view.js',
                '**/core/demo/**',
              ],
              allowTypeImports: true,
              message: 'import values from core/model/values.js or core/scoring/values.js; types are fine',
            },
          ],
        },
      ],
    },
  },
  {
    // Renderers draw the same picture for the same data and seed.
    files: ['src/viz/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'layouts take their randomness from the seed (seededRandom)',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'renderers take today as data',
        },
      ],
    },
  },
  {
    // the LWC jest configuration is CommonJS (sfdx-lwc-jest loads it with require)
    files: ['jest.lwc.config.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Lightning Web Components: browser code, and their tests run by sfdx-lwc-jest (jest globals)
    files: ['extension/salesforce/**/*.js'],
    languageOptions: { globals: { ...globals.browser, ...globals.jest } },
  },
  {
    // the components' tests and their helpers run in jest (Node) with a jsdom page
    files: ['extension/salesforce/test/**/*.js', 'extension/salesforce/**/__tests__/**/*.js'],
    languageOptions: { globals: { ...globals.browser, ...globals.jest, ...globals.node } },
  },
);
