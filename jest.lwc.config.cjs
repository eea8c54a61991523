/**
 * The Lightning Web Components' tests (`npm run test:lwc`): @salesforce/sfdx-lwc-jest runs them with
 * its own jest and the LWC engine, apart from the TypeScript suites (`jest.config.js`).
 */
const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

module.exports = {
  ...jestConfig,
  rootDir: __dirname,
  roots: ['<rootDir>/extension/salesforce'],
  testMatch: ['**/lwc/**/__tests__/**/*.test.js'],
  moduleNameMapper: {
    ...jestConfig.moduleNameMapper,
    '^lightning/navigation$': '<rootDir>/extension/salesforce/test/jest-mocks/lightning/navigation',
    '^lightning/platformShowToastEvent$':
      '<rootDir>/extension/salesforce/test/jest-mocks/lightning/platformShowToastEvent',
  },
  setupFilesAfterEnv: [
    ...(jestConfig.setupFilesAfterEnv ?? []),
    '<rootDir>/extension/salesforce/test/jest-setup.js',
  ],
  watchman: false,
};
