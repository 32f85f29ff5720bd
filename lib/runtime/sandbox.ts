import { join, resolve } from 'node:path';

import { type Db } from '@/lib/db/client';
import { sandboxOptionsFromEnv, startSandbox } from '@/lib/ecs-sandbox/server';
import { writePrivateFile } from '@/lib/ecs-sandbox/state/persistence';
import { adoptSandboxHistory, fetchSandboxHistory } from '@/lib/launches/demo-history';
import { logger } from '@/lib/logger';

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
  // The sandbox's state sits beside the app's database unless SANDBOX_DATA_DIR says otherwise.
  const dataDir = process.env.SANDBOX_DATA_DIR ? options.dataDir : resolve(root, process.env.DATA_DIR ?? 'data', 'sandbox');
  const sandbox = await startSandbox({ ...options, dataDir, log: () => {} });
  logger.info('ECS sandbox listening (no Alibaba credentials configured)', {
    endpoint: `http://${sandbox.endpoint}`,
    controlEndpoints: `http://${sandbox.endpoint}/_sandbox need "Authorization: Bearer <control token>": ${shareControlToken(options.controlToken, dataDir, sandbox.controlToken)}`,
  });
  return {
    serverEnv: {
      ECS_ENDPOINT: `http://${sandbox.endpoint}`,
      SANDBOX_ACCESS_KEY_ID: sandbox.accessKeyId,
      SANDBOX_ACCESS_KEY_SECRET: sandbox.accessKeySecret,
      SANDBOX_CONTROL_TOKEN: sandbox.controlToken,
    },
    close: () => sandbox.close(),
  };
}

/**
 * Put a generated token where its operator can read it, and say where. It is never printed:
 * start-up output often ends up in shared logs.
 */
function shareControlToken(configured: string | undefined, dataDir: string | undefined, token: string): string {
  if (configured !== undefined) return 'the value of SANDBOX_CONTROL_TOKEN';
  if (dataDir === undefined) return 'set SANDBOX_CONTROL_TOKEN to use them (a memory-only sandbox writes no token file)';
  const file = join(dataDir, 'control-token');
  writePrivateFile(file, `${token}\n`);
  return `the token generated for this run is in ${file} (readable by you only)`;
}

/**
 * On a database without launches, the sandbox's seeded launches (yesterday's patch, the runaway
 * schedule) become launches of ours, so the journeys can be tried at once. Never stops a start.
 */
export async function adoptSeededLaunches(db: Db, sandbox: AppSandbox): Promise<void> {
  const { ECS_ENDPOINT: url = '', SANDBOX_CONTROL_TOKEN: token = '' } = sandbox.serverEnv;
  try {
    const adopted = await adoptSandboxHistory(db, await fetchSandboxHistory(url, token));
    if (adopted.length > 0) logger.info(`${adopted.length} launches from the sandbox's seeded history are on /invocations (SANDBOX_SEED_HISTORY=0 starts empty)`, { adopted: adopted.length });
  } catch (error) {
    logger.warn("the sandbox's seeded history was not added to the launches", { error: error instanceof Error ? error.message : String(error) });
  }
}
