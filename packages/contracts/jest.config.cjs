module.exports = { ...require('../../tooling/jest.preset.cjs'), testMatch: ['<rootDir>/src/**/*.spec.ts'] };
