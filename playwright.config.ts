import { defineConfig } from '@playwright/test';
import type { HostKind } from './tests/e2e/support/fixtures';

const PORT = 4317;

export default defineConfig<{ hostKind: HostKind }>({
  outputDir: 'test-results/playwright',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    locale: 'en-US',
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
  },
  // The built renderer, served the way `npm start` previews it (scripts/serve.mjs).
  webServer: {
    command: `node scripts/serve.mjs out/renderer --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env['CI'],
    stdout: 'ignore',
  },
  projects: [
    // *.desktop.spec.ts exercise window.desktop itself, which only the desktop project has.
    {
      name: 'browser',
      testDir: 'tests/e2e',
      testIgnore: '**/*.desktop.spec.ts',
      use: { hostKind: 'browser' },
    },
    // *.browser.spec.ts exercise what only a browser does (its print dialog, for one).
    {
      name: 'desktop',
      testDir: 'tests/e2e',
      testIgnore: '**/*.browser.spec.ts',
      use: { hostKind: 'desktop' },
    },
    { name: 'electron', testDir: 'tests/electron' },
  ],
});
