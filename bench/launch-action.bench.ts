import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import Ecs, * as $Ecs from '@alicloud/ecs20140526';
import * as $OpenApi from '@alicloud/openapi-core';

import { type SessionUser } from '@/lib/auth/sessions';
import { migrate, openDb } from '@/lib/db/client';
import { createEcsClient } from '@/lib/ecs';
import { startSandbox } from '@/lib/ecs-sandbox/server';
import { emptyDraft } from '@/lib/invoke/draft';
import { DEFAULT_LIMITS } from '@/lib/invoke/limits';
import { launch } from '@/lib/launches/launch';

import { measureAsync, report } from './measure';

/**
 * What a launch costs on the server over the bare API call it makes. All against the same
 * in-process sandbox over HTTP, one instance, a command with parameters:
 *   baseline  one InvokeCommand through the official SDK, nothing else;
 *   client    the same call through lib/ecs (retry policy, mapping, error typing, logging);
 *   launch    what the server action runs: read the command and the instances (with agent
 *             status) fresh from ECS, validate with the launch schema, record the launch and
 *             its batch in SQLite, send, record the InvokeId, settle the statuses, audit.
 * Run: node --conditions=react-server --import tsx bench/launch-action.bench.ts
 */
async function main(): Promise<void> {
const sandbox = await startSandbox({ port: 0, limits: { dailyInvocations: 1_000_000 } });
const dir = mkdtempSync(join(tmpdir(), 'bench-launch-'));
const db = openDb({ kind: 'sqlite', file: join(dir, 'bench.db') });
await migrate(db);
const ecs = createEcsClient({ endpoint: sandbox.url, credentials: { accessKeyId: sandbox.accessKeyId, accessKeySecret: sandbox.accessKeySecret }, logger: { debug() {}, info() {}, warn() {}, error() {} } });

const sdk = new Ecs(new $OpenApi.$OpenApiUtil.Config({ accessKeyId: sandbox.accessKeyId, accessKeySecret: sandbox.accessKeySecret, endpoint: sandbox.endpoint, protocol: 'http', regionId: 'cn-shanghai', readTimeout: 10_000, connectTimeout: 10_000 }));
const [instance] = (await ecs.describeInstancesPage('cn-shanghai', { name: 'web-prod-002', maxResults: 10 })).items;
const [command] = (await ecs.describeCommands('cn-shanghai', { name: 'rotate-logs.sh' })).items;
if (!instance || !command) throw new Error('the seeded fleet changed: web-prod-002 or rotate-logs.sh is missing');
const user: SessionUser = { userId: '00000000-0000-4000-8000-000000000009', username: 'bench', displayName: 'Bench', role: 'operator' };
const parameters = { log_dir: '/var/log/app', keep_days: '7' };

const baseline = await measureAsync(async () => {
  await sdk.invokeCommand(new $Ecs.InvokeCommandRequest({ regionId: 'cn-shanghai', commandId: command.commandId, instanceId: [instance.instanceId], parameters }));
});
const client = await measureAsync(async () => {
  await ecs.invokeCommand('cn-shanghai', { CommandId: command.commandId, InstanceId: [instance.instanceId], Parameters: parameters, ClientToken: crypto.randomUUID() });
});
const service = await measureAsync(async () => {
  await launch({ db, ecs, limits: { ...DEFAULT_LIMITS, dailyInvocations: 1_000_000 } }, user, {
    launchId: crypto.randomUUID(),
    draft: {
      ...emptyDraft('cn-shanghai'),
      commandId: command.commandId,
      instanceIds: [instance.instanceId],
      parameters: Object.entries(parameters).map(([name, value]) => ({ name, value, secret: false })),
    },
  });
});

report('Launch on one instance: server time per launch (wall clock, 50 runs)', { label: 'official SDK InvokeCommand', timing: baseline }, [
  { label: 'lib/ecs invokeCommand   ', timing: client },
  { label: 'launch service (action) ', timing: service },
]);

await db.destroy();
await sandbox.close();
rmSync(dir, { recursive: true, force: true });
}

void main();
