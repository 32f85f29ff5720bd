import 'server-only';

import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { resolve } from 'node:path';

import { getEngineDb } from '@/lib/db';
import { type Db } from '@/lib/db/client';
import { getEcsClient } from '@/lib/ecs';
import { getEnv } from '@/lib/env';
import { logger } from '@/lib/logger';

import { appLimits } from './account-limits';
import { Dispatcher } from './dispatcher';
import { Observer } from './observer';
import { OutputReader } from './output-reader';
import { loadSecretKey, type SecretKey } from './secret-box';
import { stopBatchesOf } from './stop';

/** This process's launch engine: its name in leases, the key for sealed secrets, its dispatcher, observer and output reader. */
export interface Engine {
  owner: string;
  secretKey: SecretKey;
  dispatcher: Dispatcher;
  observer: Observer;
  /** Reads and groups the outputs viewers asked for, in the background. */
  outputReader: OutputReader;
  /** Tell this process's dispatcher there is work now (a launch was just recorded). */
  wake(): void;
  /** Set by the background loop: what `wake` calls. */
  onWake: (() => void) | null;
}

const holder = globalThis as unknown as { invokedeckEngine?: Promise<Engine> };

export function getEngine(): Promise<Engine> {
  holder.invokedeckEngine ??= createEngine(getEngineDb);
  return holder.invokedeckEngine;
}

async function createEngine(openDb: () => Promise<Db>): Promise<Engine> {
  const env = getEnv();
  const db = await openDb();
  const ecs = getEcsClient();
  const owner = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  const secretKey = loadSecretKey(env.INVOKEDECK_SECRET_KEY, resolve(env.DATA_DIR, 'secret.key'));
  const log = (message: string, fields: Record<string, unknown>) => logger.info(message, fields);
  const engine: Engine = {
    owner,
    secretKey,
    dispatcher: new Dispatcher({
      db,
      ecs,
      secretKey,
      limits: appLimits(env),
      owner,
      leaseMs: env.DISPATCH_LEASE_SECONDS * 1000,
      maxAttempts: env.DISPATCH_MAX_ATTEMPTS,
      parallel: env.DISPATCH_PARALLEL,
      log,
      onStopNeeded: (launch, invokeId) => stopBatchesOf(db, ecs, launch, [invokeId]),
    }),
    observer: new Observer({ db, ecs, owner, callsPerSecond: env.OBSERVER_CALLS_PER_SECOND, log: (message, fields) => logger.warn(message, fields) }),
    outputReader: new OutputReader({ db, ecs, owner, callsPerSecond: env.OUTPUT_READER_CALLS_PER_SECOND, log: (message, fields) => logger.warn(message, fields) }),
    onWake: null,
    wake: () => engine.onWake?.(),
  };
  return engine;
}
