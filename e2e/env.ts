/** Where the browser tests' own server lives, and the accounts they use. */
export const E2E = {
  port: 3100,
  sandboxPort: 8798,
  baseUrl: 'http://127.0.0.1:3100',
  sandboxUrl: 'http://127.0.0.1:8798',
  dataDir: '.e2e-data',
  admin: { username: 'admin', password: 'e2e-admin-password-1' },
  operator: { username: 'priya', displayName: 'Priya Raman', password: 'e2e-operator-password' },
  viewer: { username: 'vic', displayName: 'Vic Viewer', password: 'e2e-viewer-password-1' },
  operator2: { username: 'marco', displayName: 'Marco Rossi', password: 'e2e-operator-password-2' },
  storage: {
    admin: 'e2e/.auth/admin.json',
    operator: 'e2e/.auth/operator.json',
    viewer: 'e2e/.auth/viewer.json',
    operator2: 'e2e/.auth/operator2.json',
  },
} as const;
