import type { SandboxStore } from '../state/store';
import type { Command, Instance, Invocation, RepeatMode } from '../state/types';
import { seededId } from './ids';
import { agentOnlineAt } from './power';
import { findRegion } from './regions';
import { SEED_COMMANDS } from './seed-commands';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** Fill a cleared store with the seeded commands and a little history, relative to `now`. */
export function seedState(store: SandboxStore, now: number): void {
  store.seededAt = now;
  for (const seed of SEED_COMMANDS) {
    const region = findRegion(seed.regionId);
    if (!region) continue;
    store.addCommand({
      commandId: seededId('c', region, store.seed, seed.name),
      regionId: seed.regionId,
      name: seed.name,
      description: seed.description,
      type: seed.type,
      content: seed.content,
      workingDir: seed.workingDir,
      timeout: seed.timeout,
      enableParameter: (seed.parameters?.length ?? 0) > 0,
      parameterDefinitions: seed.parameters ?? [],
      launcher: '',
      resourceGroupId: '',
      tags: [],
      creationTime: now - seed.ageDays * DAY,
    });
  }
  seedHistory(store, now);
}

/**
 * Invocations an account would already have: yesterday's patch of 120 web servers in
 * three batches (117 Success, 3 Failed on a full disk), an older health check, a
 * runaway every-minute schedule, and a reboot hook waiting for a reboot.
 */
function seedHistory(store: SandboxStore, now: number): void {
  const instances = store.regionInstances('cn-shanghai');
  const eligible = (prefix: string) => instances.filter((i) => i.instanceName.startsWith(prefix) && agentOnlineAt(i, now - 2 * DAY));
  const web = eligible('web-prod-').slice(0, 120);
  const patchParameters = { packages: 'nginx openssl', image_tag: '2024.11.2', registry_token: 'rt-7f3a9c1e5b2d' };
  [web.slice(0, 50), web.slice(50, 100), web.slice(100, 120)].forEach((batch, i) => {
    history(store, 'patch-web.sh', `patch-${i}`, batch, now - 26 * HOUR + i * 4_000, 'Once', '', patchParameters);
  });
  history(store, 'health-check.sh', 'health', [...eligible('db-prod-'), ...eligible('redis-prod-')], now - 50 * HOUR, 'Once');
  const runaway = [...eligible('worker-staging-'), ...eligible('web-staging-'), ...eligible('dev-')].slice(0, 30);
  history(store, 'health-check.sh', 'runaway', runaway, now - 3 * HOUR, 'Period', 'rate(1m)');
  history(store, 'register-node.sh', 'reboot-hook', eligible('worker-prod-').slice(0, 5), now - 10 * DAY, 'EveryReboot', '', { cluster: 'prod-sh' });
}

function history(
  store: SandboxStore,
  commandName: string,
  key: string,
  targets: Instance[],
  creationTime: number,
  repeatMode: RepeatMode,
  frequency = '',
  parameters: Record<string, string> = {},
): void {
  const command = [...store.commands.values()].find((c: Command) => c.regionId === 'cn-shanghai' && c.name === commandName);
  const region = findRegion('cn-shanghai');
  if (!command || !region || targets.length === 0) return;
  const invocation: Invocation = {
    invokeId: seededId('t', region, store.seed, key),
    regionId: region.regionId,
    commandId: command.commandId,
    commandName: command.name,
    commandType: command.type,
    commandDescription: command.description,
    commandContent: command.content,
    parameters: { ...Object.fromEntries(command.parameterDefinitions.flatMap((d) => (d.defaultValue === undefined ? [] : [[d.name, d.defaultValue]]))), ...parameters },
    repeatMode,
    timed: repeatMode !== 'Once',
    frequency,
    timeout: command.timeout,
    username: 'root',
    workingDir: command.workingDir,
    windowsPasswordName: '',
    containerId: '',
    containerName: '',
    launcher: '',
    terminationMode: 'Process',
    ossOutputDelivery: '',
    resourceGroupId: '',
    tags: [],
    creationTime,
    targets: targets.map((instance) => ({ instanceId: instance.instanceId, stoppedAt: null, needsUpgrade: false })),
  };
  store.addInvocation(invocation);
}
