/**
 * Where the browser tests' own server lives, and the accounts they use. E2E_PORT,
 * E2E_SANDBOX_PORT and E2E_DATA_DIR let two suites run side by side on one machine.
 */
const port = Number(process.env.E2E_PORT ?? 3100);
const sandboxPort = Number(process.env.E2E_SANDBOX_PORT ?? 8798);

export const E2E = {
  port,
  sandboxPort,
  baseUrl: `http://127.0.0.1:${port}`,
  sandboxUrl: `http://127.0.0.1:${sandboxPort}`,
  /**
   * Bearer token of the suite's sandbox control endpoints; playwright.config.ts hands it to the
   * launcher as SANDBOX_CONTROL_TOKEN. Fixed so every worker knows it; it guards a throwaway sandbox.
   */
  sandboxControlToken: process.env.E2E_SANDBOX_CONTROL_TOKEN ?? 'e2e-sandbox-control-token-not-secret',
  dataDir: process.env.E2E_DATA_DIR ?? '.e2e-data',
  /** The suite's own build folder (next.config.js reads NEXT_DIST_DIR). */
  distDir: `.next-e2e-${port}`,
  admin: { username: 'admin', password: 'e2e-admin-password-1' },
  operator: { username: 'priya', displayName: 'Priya Raman', password: 'e2e-operator-password' },
  viewer: { username: 'vic', displayName: 'Vic Viewer', password: 'e2e-viewer-password-1' },
  operator2: { username: 'marco', displayName: 'Marco Rossi', password: 'e2e-operator-password-2' },
  storage: {
    admin: `e2e/.auth/${port}/admin.json`,
    operator: `e2e/.auth/${port}/operator.json`,
    viewer: `e2e/.auth/${port}/viewer.json`,
    operator2: `e2e/.auth/${port}/operator2.json`,
  },
} as const;
