/**
 * Jest: domain, data (real @pnp/sp against the emulator) and component tests (project `unit`),
 * and the browser suites in Chromium (project `browser`, tests/e2e). `npm test` runs both;
 * `npm test -- --selectProjects unit` runs everything but the browser.
 */
const base = {
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.test.json' }],
    // @pnp/* v4 ships ES modules only.
    '/node_modules/@pnp/.+\\.js$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.test.json' }]
  },
  transformIgnorePatterns: ['/node_modules/(?!@pnp/)'],
  moduleNameMapper: {
    // sp-core-library's CommonJS build requires unpublished internal modules.
    '^@ms(internal)?/.*$': '<rootDir>/tests/support/msinternal-stub.js',
    '\\.(css|scss)$': 'identity-obj-proxy'
  },
  setupFilesAfterEnv: ['<rootDir>/tests/support/setup.ts']
};

module.exports = {
  testTimeout: 30000,
  projects: [
    { ...base, displayName: 'unit', roots: ['<rootDir>/tests'], testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/e2e/'] },
    {
      ...base,
      displayName: 'browser',
      roots: ['<rootDir>/tests/e2e'],
      // The page's scripts and the seeded demo site, made once per run for every suite's workbench.
      globalSetup: '<rootDir>/tests/support/browserSetup.ts',
      globalTeardown: '<rootDir>/tests/support/browserTeardown.ts'
    }
  ]
};
