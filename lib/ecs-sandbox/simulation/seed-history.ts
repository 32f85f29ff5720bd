import type { SandboxStore } from '../state/store';
import type { Instance, Invocation, RepeatMode } from '../state/types';
import { seededId } from './ids';
import { agentOnlineAt } from './power';
import { findRegion } from './regions';

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** What InvokeDeck sends per InvokeCommand call: a seeded launch is split the same way. */
const PER_CALL = 50;

/**
 * A launch an operator made with InvokeDeck before this sandbox started: one invocation per
 * batch of 50, a few seconds apart, as the dashboard sends them. The dashboard adopts these
 * (lib/launches/demo-history.ts) so its own list shows them on a fresh start.
 */
interface LaunchSeed {
  key: string;
  title: string;
  regionId: string;
  commandName: string;
  ageMs: number;
  repeatMode: RepeatMode;
  frequency: string;
  parameters: Record<string, string>;
  /** Names whose values the control endpoint never hands out. */
  secretParameters: readonly string[];
  targets: (store: SandboxStore, now: number) => Instance[];
}

const eligible = (store: SandboxStore, regionId: string, prefix: string, now: number) =>
  store.regionInstances(regionId).filter((i) => i.instanceName.startsWith(prefix) && agentOnlineAt(i, now - 2 * DAY));

const LAUNCHES: readonly LaunchSeed[] = [
  {
    // Journey 2: 117 Success, 3 Failed (web-prod-019, 064 and 101 have a full disk), one error.
    key: 'patch',
    title: "Yesterday's patch of 120 prod web servers",
    regionId: 'cn-shanghai',
    commandName: 'patch-web.sh',
    ageMs: 26 * HOUR,
    repeatMode: 'Once',
    frequency: '',
    parameters: { packages: 'nginx openssl', image_tag: '2024.11.2', registry_token: 'rt-7f3a9c1e5b2d' },
    secretParameters: ['registry_token'],
    targets: (store, now) => eligible(store, 'cn-shanghai', 'web-prod-', now).slice(0, 120),
  },
  {
    // Journey 4: every minute on the whole edge tier, until someone stops it.
    key: 'runaway-hz',
    title: 'Runaway every-minute health check on 400 edge hosts',
    regionId: 'cn-hangzhou',
    commandName: 'health-check.sh',
    // Off the minute: at the seeding time every batch is between runs (12–40 s after its last).
    ageMs: 2 * HOUR + 40_000,
    repeatMode: 'Period',
    frequency: 'rate(1m)',
    parameters: {},
    secretParameters: [],
    targets: (store, now) => eligible(store, 'cn-hangzhou', 'cdn-edge-', now).slice(0, 400),
  },
];

/** Invocations made outside any launch (the CLI, a colleague): only the sandbox knows them. */
function seedLoose(store: SandboxStore, now: number): void {
  const db = [...eligible(store, 'cn-shanghai', 'db-prod-', now), ...eligible(store, 'cn-shanghai', 'redis-prod-', now)];
  addInvocation(store, 'cn-shanghai', 'health-check.sh', 'health', db, now - 50 * HOUR, 'Once', '', {});
  const workers = eligible(store, 'cn-shanghai', 'worker-prod-', now).slice(0, 5);
  addInvocation(store, 'cn-shanghai', 'register-node.sh', 'reboot-hook', workers, now - 10 * DAY, 'EveryReboot', '', { cluster: 'prod-sh' });
}

/** The account's history, relative to `now`: the launches above, an older health check and a reboot hook. */
export function seedHistory(store: SandboxStore, now: number): void {
  for (const launch of LAUNCHES) {
    const targets = launch.targets(store, now);
    for (let index = 0; index * PER_CALL < targets.length; index++) {
      const batch = targets.slice(index * PER_CALL, (index + 1) * PER_CALL);
      const at = now - launch.ageMs + index * 4_000;
      addInvocation(store, launch.regionId, launch.commandName, `${launch.key}-${index}`, batch, at, launch.repeatMode, launch.frequency, launch.parameters);
    }
  }
  seedLoose(store, now);
}

export interface SeededLaunchView {
  key: string;
  title: string;
  regionId: string;
  commandId: string;
  commandName: string;
  commandType: string;
  repeatMode: RepeatMode;
  frequency: string;
  timeout: number;
  username: string;
  parameters: Array<{ name: string; value: string; secret: boolean }>;
  createdAt: string;
  batches: Array<{ invokeId: string; instanceIds: string[]; createdAt: string }>;
}

/** The seeded launches still in the store (`GET /_sandbox/history`), secret values left out. */
export function seededLaunches(store: SandboxStore): SeededLaunchView[] {
  return LAUNCHES.flatMap((launch) => {
    const region = findRegion(launch.regionId);
    if (!region) return [];
    const invocations: Invocation[] = [];
    for (let index = 0; ; index++) {
      const invocation = store.invocations.get(seededId('t', region, store.seed, `${launch.key}-${index}`));
      if (!invocation) break;
      invocations.push(invocation);
    }
    const first = invocations[0];
    if (!first) return [];
    const secret = new Set(launch.secretParameters);
    return [
      {
        key: launch.key,
        title: launch.title,
        regionId: first.regionId,
        commandId: first.commandId,
        commandName: first.commandName,
        commandType: first.commandType,
        repeatMode: first.repeatMode,
        frequency: first.frequency,
        timeout: first.timeout,
        username: first.username,
        parameters: Object.entries(launch.parameters).map(([name, value]) => ({ name, value: secret.has(name) ? '' : value, secret: secret.has(name) })),
        createdAt: new Date(first.creationTime).toISOString(),
        batches: invocations.map((invocation) => ({
          invokeId: invocation.invokeId,
          instanceIds: invocation.targets.map((target) => target.instanceId),
          createdAt: new Date(invocation.creationTime).toISOString(),
        })),
      },
    ];
  });
}

function addInvocation(
  store: SandboxStore,
  regionId: string,
  commandName: string,
  key: string,
  targets: Instance[],
  creationTime: number,
  repeatMode: RepeatMode,
  frequency: string,
  parameters: Record<string, string>,
): void {
  const command = [...store.commands.values()].find((c) => c.regionId === regionId && c.name === commandName);
  const region = findRegion(regionId);
  if (!command || !region || targets.length === 0) return;
  const defaults = command.parameterDefinitions.flatMap((d) => (d.defaultValue === undefined ? [] : [[d.name, d.defaultValue] as const]));
  store.addInvocation({
    invokeId: seededId('t', region, store.seed, key),
    regionId,
    commandId: command.commandId,
    commandName: command.name,
    commandType: command.type,
    commandDescription: command.description,
    commandContent: command.content,
    parameters: { ...Object.fromEntries(defaults), ...parameters },
    repeatMode,
    timed: repeatMode !== 'Once',
    frequency,
    timeout: command.timeout,
    username: command.type === 'RunShellScript' ? 'root' : 'System',
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
  });
}
