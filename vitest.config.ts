import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './tests/summaryReporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/childScriptsSetup.ts'],
          setupFiles: ['tests/support/kdfMemo.ts'],
          // Integration tests derive real scrypt keys and start the CLI; on two busy cores (e2e beside
          // them) the 5 s default cut healthy tests short. Limits here catch hangs, not slowness.
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          globalSetup: ['tests/e2e/harness/globalSetup.ts'],
          setupFiles: ['tests/support/kdfMemo.ts', 'tests/e2e/harness/sharedBrowser.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 90_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
