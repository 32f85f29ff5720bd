import { rmSync } from 'node:fs';

/** Start the app for the browser tests on a fresh data folder (database and sandbox state). */
rmSync(process.env.DATA_DIR ?? '.e2e-data', { recursive: true, force: true });
void import('../lib/runtime/start');
