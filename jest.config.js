/** Jest runs the TypeScript sources directly as ES modules (ts-jest, no type-check: `npm run typecheck` does that). */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }],
  },
  testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/test/**/*.test.tsx'],
  // suites that start servers and workers wait on real I/O: on a busy 2-core machine 5 s is too tight
  testTimeout: 20_000,
  watchman: false,
};
