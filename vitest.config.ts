import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './tests/summaryReporter.ts'],
    // Vitest's default is one worker fewer than the cores: one worker on this two-core machine,
    // idle while a test waits on a child process, scrypt's thread pool or an fsync. Two keep both
    // cores busy (the e2e files still run one at a time, beside the unit files).
    maxWorkers: 2,
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
