// Jest runs TypeScript as ES modules through SWC: NestJS 12 ships ESM only.
import { availableParallelism } from 'node:os';

const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2023',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      keepClassNames: true,
    },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  },
];

const common = {
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testEnvironment: 'node',
};

export default {
  // A global option: Jest ignores testTimeout inside a project.
  testTimeout: 60000,
  // Jest's ESM mode never frees a test file's module graph (jestjs/jest#14605): in one
  // process the heap grew by ~35 MB a file to 3.6 GB and the run spent most of its time in
  // GC. Workers are replaced once they hold more than this after a file. Every e2e file
  // has its own database, so two files may run at once.
  workerIdleMemoryLimit: '1GB',
  maxWorkers: Math.min(4, Math.max(2, availableParallelism() - 1)),
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/unit/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/setup/global-setup.ts',
      globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
    },
  ],
};
