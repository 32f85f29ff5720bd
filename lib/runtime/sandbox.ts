import { join } from 'node:path';

import { sandboxOptionsFromEnv, startSandbox } from '@/lib/ecs-sandbox/server';

export interface AppSandbox {
  /** What the dashboard's server process needs to reach the sandbox. */
  serverEnv: Record<string, string>;
  close(): Promise<void>;
}

/**
 * Start the built-in ECS sandbox for `npm start` in sandbox mode. The dashboard reaches it
 * over HTTP with a key pair made for this run, exactly as it would reach Alibaba.
 */
export async function startSandboxForApp(root: string): Promise<AppSandbox> {
  const options = sandboxOptionsFromEnv(process.env);
  const sandbox = await startSandbox({
    ...options,
    // The sandbox's state sits beside the app's database unless SANDBOX_DATA_DIR says otherwise.
    dataDir: process.env.SANDBOX_DATA_DIR ? options.dataDir : join(root, process.env.DATA_DIR ?? 'data', 'sandbox'),
    log: () => {},
  });
  console.info(`ECS sandbox listening on http://${sandbox.endpoint} (no Alibaba credentials configured)`);
  return {
    serverEnv: {
      ECS_ENDPOINT: `http://${sandbox.endpoint}`,
      SANDBOX_ACCESS_KEY_ID: sandbox.accessKeyId,
      SANDBOX_ACCESS_KEY_SECRET: sandbox.accessKeySecret,
    },
    close: () => sandbox.close(),
  };
}
