import { defineConfig, devices } from '@playwright/test';

import { E2E } from './env';
import { SANDBOX_KEYS } from './fixtures';

/**
 * The journeys an operator takes on a phone too: the header menu, the pages' states, launching
 * once and on a schedule, a failed launch retried, reading as a viewer (phone.spec saves and
 * deletes a preset). Not yet journey 4: the invocations list's cells read differently stacked.
 */
const PHONE_SPECS = /(phone|app-states|launch-once|journey-(1|2|7)-[\w-]+)\.spec\.ts/;

/**
 * Browser tests drive Debian's Chromium against the real app (`npm start`'s launcher) in
 * sandbox mode, on its own port, data folder and sandbox port, so a developer's running
 * dashboard is left alone.
 */
export default defineConfig({
  testDir: './specs',
  outputDir: `../test-results/${E2E.port}`,
  fullyParallel: false,
  workers: process.env.CI ? 2 : 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never', outputFolder: '../playwright-report' }]] : [['list']],
  use: {
    baseURL: E2E.baseUrl,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
    },
  },
  projects: [
    { name: 'setup', testMatch: /.*\.setup\.ts/ },
    { name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } }, dependencies: ['setup'], testIgnore: /(canary|replicas|phone)\.spec\.ts/ },
    // The main journeys again on a phone, 390 px wide with touch, beside 'chromium' (the same server, the same accounts).
    { name: 'phone', testMatch: PHONE_SPECS, use: { ...devices['Pixel 7'], viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 }, dependencies: ['setup'] },
    // Builds and runs a second, live-mode server of its own: after the rest, so it does not compete with them for the cores.
    { name: 'canary', testMatch: /canary\.spec\.ts/, use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } }, dependencies: ['chromium', 'phone'] },
    // Two replicas on PostgreSQL, served from the suite's build; last, on its own.
    { name: 'replicas', testMatch: /replicas\.spec\.ts/, use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } }, dependencies: ['canary'] },
  ],
  webServer: {
    command: 'node --conditions=react-server --import tsx e2e/server.ts',
    cwd: '..',
    url: `${E2E.baseUrl}/api/health`,
    reuseExistingServer: !process.env.CI,
    // The launcher builds first when sources changed: a cold build takes minutes on two cores.
    timeout: 900_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      PORT: String(E2E.port),
      HOST: '127.0.0.1',
      DATA_DIR: E2E.dataDir,
      NEXT_DIST_DIR: E2E.distDir,
      INVOKEDECK_MODE: 'sandbox',
      INVOKEDECK_ADMIN_USERNAME: E2E.admin.username,
      INVOKEDECK_ADMIN_PASSWORD: E2E.admin.password,
      SANDBOX_PORT: String(E2E.sandboxPort),
      SANDBOX_DATA_DIR: `${E2E.dataDir}/sandbox`,
      // A fixed key pair, so specs can sign the API calls the control endpoints do not offer (DeleteCommand).
      SANDBOX_ACCESS_KEY_ID: SANDBOX_KEYS.accessKeyId,
      SANDBOX_ACCESS_KEY_SECRET: SANDBOX_KEYS.accessKeySecret,
      SANDBOX_CONTROL_TOKEN: E2E.sandboxControlToken,
      // An empty account: specs count the launches they make, so the seeded history stays out.
      SANDBOX_SEED_HISTORY: '0',
      LOG_LEVEL: 'warn',
      // /api/metrics answers only with a token (observability.spec).
      METRICS_TOKEN: 'e2e-metrics-token-not-secret',
      // A batch refused for a moment (throttling, 5xx) is tried once more, soon: specs that inject faults wait less.
      DISPATCH_MAX_ATTEMPTS: '2',
      // notifications.spec.ts posts to a receiver it starts on 127.0.0.1 over plain http.
      WEBHOOK_ALLOW_PRIVATE_HOSTS: 'true',
      // The picker's fleet snapshot is read every second, so a spec that changes the sandbox behind the app's back sees it at once.
      FLEET_REFRESH_INTERVAL_MS: '1000',
      FLEET_REFRESH_MIN_INTERVAL_MS: '0',
      // Specs create commands in the sandbox directly and open the form at once, or make DescribeRegions fail for one page load.
      ECS_LIST_CACHE_MS: '0',
    },
  },
});
