import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3199);

/**
 * Browser journeys against the built app on a fresh demo workspace (embedded PostgreSQL in a new
 * temporary folder each run). The browser is Playwright's own if installed, else CHROMIUM_PATH or
 * Debian's /usr/bin/chromium (scripts/test.mjs finds it).
 */
export default defineConfig({
  testDir: './e2e',
  outputDir: './e2e/artifacts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    screenshot: 'on',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || undefined,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: 'node scripts/e2e-server.mjs',
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    // Every journey signs in through the form; a run makes more sign-ins a minute than a person would.
    env: { PORT: String(port), LOG_LEVEL: 'warn', VESTED_SIGNIN_RATE: '1000' },
  },
});
