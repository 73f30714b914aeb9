/** Jest: domain, data (real @pnp/sp against the emulator) and component tests. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
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
  setupFilesAfterEnv: ['<rootDir>/tests/support/setup.ts'],
  testTimeout: 30000
};
