// Unit tests of the pure helpers in src/lib (no DOM), through swc like the
// rest of the repo (tooling/jest.preset.cjs), with TSX enabled.
module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)sx?$|^.+\\.mjs$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  // oRPC, which the contracts' routes use, ships ES modules only: compile them
  // to CommonJS like our own sources (every other package stays untouched).
  transformIgnorePatterns: ['/node_modules/(?!(\\.pnpm/@orpc\\+|@orpc/))'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json'],
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
