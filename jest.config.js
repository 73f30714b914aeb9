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
    '/node_modules/@pnp/.+\\.js$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.test.json' }],
    // So does squire-rte (the post editor), as one .mjs file.
    '/node_modules/squire-rte/.+\\.mjs$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.test.json' }]
  },
  transformIgnorePatterns: ['/node_modules/(?!@pnp/|squire-rte/)'],
  moduleNameMapper: {
    // sp-core-library's CommonJS build requires unpublished internal modules.
    '^@ms(internal)?/.*$': '<rootDir>/tests/support/msinternal-stub.js',
    '\\.(css|scss)$': 'identity-obj-proxy'
  },
  setupFilesAfterEnv: ['<rootDir>/tests/support/setup.ts']
};

/**
 * Only `unit` selected (`--selectProjects unit`): at least two workers. Jest's default (cores − 1)
 * is one worker on a two-core machine, where these CPU-light files take ~95 s one after another and
 * ~50 s in two workers. Runs that include the browser suites keep the default: two Chromiums and
 * workbenches at once on two cores would only slow each other down.
 */
const selected = process.argv.join(' ').match(/--selectProjects[= ]+((?:[^-\s]\S*\s*)+)/);
const onlyUnit = !!selected && selected[1].trim().split(/\s+/).every((name) => name === 'unit');

module.exports = {
  testTimeout: 30000,
  ...(onlyUnit ? { maxWorkers: Math.max(2, require('os').cpus().length - 1) } : {}),
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
