import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  // One Chromium with the extension per worker; two cores here.
  workers: 2,
  fullyParallel: false,
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 7_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/e2e-results.json' }]],
  use: { trace: 'off' },
});
