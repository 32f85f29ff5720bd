import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { buildIfStale } from '@/lib/runtime/build';

import { type Cluster, startCluster } from './ecs-calls-servers';
import { launchOnce } from './lighthouse-app';

/**
 * `npm run bench -- ecs-calls [--seconds 60] [--viewers 1,10,50] [--no-build]`: issue 17's
 * "ECS calls per minute with 1, 10 and 50 viewers and two replicas: flat". Starts the sandbox
 * and two replicas on one database (ecs-calls-servers.ts), records one launch, then for each
 * phase lets that many simulated viewers (HTTP clients with the admin's session, alternating
 * between the replicas) do what open browsers do: every 5 s the picker's instance pages and the
 * launch page's and the list's polls; every 30 s a move to another page (the form with its
 * commands and quota, the invocations list, the launch page), each rendered on the server. ECS calls are counted from the sandbox's request log (every replica's calls), per
 * action, as calls per minute and as a ratio to the 1-viewer phase. Quick by default (20 s a
 * phase); `--seconds 60` for the issue's minute.
 */

const ROOT = join(__dirname, '..');
const REGION = 'cn-shanghai';
/** How often an open page asks again (the picker's pages, the launch page's and the list's polls). */
const POLL_MS = 5_000;
/** How often a viewer moves to another page (each page renders on the server, as a click does). */
const NAVIGATE_MS = 30_000;
const LOG_POLL_MS = 2_000;

interface Phase {
  viewers: number;
  seconds: number;
  byAction: Map<string, number>;
  missed: number;
  requests: number;
  failures: number;
  budgetWaits: number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { seconds: { type: 'string', default: '20' }, viewers: { type: 'string', default: '1,10,50' }, 'no-build': { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  const seconds = Number(values.seconds);
  const counts = values.viewers.split(',').map(Number);
  if (!Number.isInteger(seconds) || seconds < 5) throw new Error('--seconds must be a whole number, at least 5');
  if (counts.some((count) => !Number.isInteger(count) || count < 1 || count > 500)) throw new Error('--viewers takes counts from 1 to 500, e.g. 1,10,50');
  const distDir = process.env.NEXT_DIST_DIR || '.next-bench-ecs';
  process.env.NEXT_DIST_DIR = distDir;
  if (!values['no-build']) buildIfStale(ROOT);

  const dataDir = mkdtempSync(join(tmpdir(), 'invokedeck-ecs-calls-'));
  let cluster: Cluster | undefined;
  try {
    cluster = await startCluster({ dataDir, distDir });
    console.info(`Two replicas on ${cluster.database}, one sandbox.`);
    const launchPath = await launchOnce({ base: cluster.replicas[0] ?? '', cookie: cluster.cookie, stop: () => undefined }, distDir);
    const phases: Phase[] = [];
    for (const viewers of counts) {
      console.info(`${viewers} viewer${viewers === 1 ? '' : 's'}, ${seconds} s…`);
      phases.push(await runPhase(cluster, { viewers, seconds, launchPath }));
    }
    print(phases);
  } finally {
    await cluster?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function runPhase(cluster: Cluster, options: { viewers: number; seconds: number; launchPath: string }): Promise<Phase> {
  const phase: Phase = { viewers: options.viewers, seconds: options.seconds, byAction: new Map(), missed: 0, requests: 0, failures: 0, budgetWaits: 0 };
  const waitsBefore = await budgetWaits(cluster);
  let seen = (await cluster.control<{ lastSeq: number }>('/_sandbox/requests?limit=1')).lastSeq;
  const readLog = async () => {
    const { lastSeq, requests } = await cluster.control<{ lastSeq: number; requests: { action: string }[] }>(`/_sandbox/requests?since=${seen}`);
    for (const { action } of requests) phase.byAction.set(action, (phase.byAction.get(action) ?? 0) + 1);
    // The log keeps the last 5,000 calls: what fell out between two reads is counted, unnamed.
    phase.missed += lastSeq - seen - requests.length;
    seen = lastSeq;
  };
  const until = Date.now() + options.seconds * 1000;
  const logTimer = setInterval(() => void readLog().catch(() => undefined), LOG_POLL_MS);
  const launchId = options.launchPath.split('/').at(-1) ?? '';
  const opened = ['/invoke', `/api/ecs/commands?region=${REGION}`, `/api/quota?region=${REGION}`, '/invocations', options.launchPath];
  await Promise.all(
    Array.from({ length: options.viewers }, async (_, index) => {
      const base = cluster.replicas[index % cluster.replicas.length] ?? '';
      // Viewers did not all open their tab in the same second.
      await sleep(Math.random() * POLL_MS);
      let navigatedAt = 0;
      while (Date.now() < until) {
        const started = Date.now();
        if (started - navigatedAt >= NAVIGATE_MS) {
          for (const path of opened) await visit(base, path, cluster.cookie, phase);
          navigatedAt = started;
        }
        await pickerPages(base, cluster.cookie, phase);
        for (const path of [`/api/launches/${launchId}?since=0`, `/api/launches/refresh?ids=${launchId}`]) await visit(base, path, cluster.cookie, phase);
        await sleep(Math.max(0, POLL_MS - (Date.now() - started)));
      }
    }),
  );
  clearInterval(logTimer);
  await readLog();
  phase.budgetWaits = (await budgetWaits(cluster)) - waitsBefore;
  return phase;
}

/** Every page of the picker's instance list, as the form loads it. */
async function pickerPages(base: string, cookie: string, phase: Phase): Promise<void> {
  let token: string | null = null;
  do {
    const path = `/api/ecs/instances?region=${REGION}${token ? `&nextToken=${encodeURIComponent(token)}` : ''}`;
    const body = (await visit(base, path, cookie, phase)) as { data?: { nextToken?: string | null } } | null;
    token = body?.data?.nextToken ?? null;
  } while (token);
}

async function visit(base: string, path: string, cookie: string, phase: Phase): Promise<unknown> {
  phase.requests += 1;
  try {
    const response = await fetch(base + path, { headers: { Cookie: cookie }, signal: AbortSignal.timeout(30_000) });
    const text = await response.text();
    if (!response.ok) phase.failures += 1;
    return path.startsWith('/api/') ? (JSON.parse(text) as unknown) : null;
  } catch {
    phase.failures += 1;
    return null;
  }
}

/** Calls that waited for the API budget, both replicas together (their /api/metrics). */
async function budgetWaits(cluster: Cluster): Promise<number> {
  let total = 0;
  for (const base of cluster.replicas) {
    const text = await fetch(`${base}/api/metrics`, { headers: { Authorization: `Bearer ${cluster.metricsToken}` } }).then((response) => response.text());
    for (const line of text.split('\n')) if (line.startsWith('invokedeck_ecs_budget_waits_total{')) total += Number(line.split(' ').at(-1));
  }
  return total;
}

function print(phases: Phase[]): void {
  const first = phases[0];
  if (!first) return;
  const perMinute = (phase: Phase, count: number) => (count * 60) / phase.seconds;
  const actions = [...new Set(phases.flatMap((phase) => [...phase.byAction.keys()]))].sort();
  const total = (phase: Phase) => [...phase.byAction.values()].reduce((sum, n) => sum + n, 0) + phase.missed;
  const cell = (phase: Phase, count: number, base: number) => {
    const rate = perMinute(phase, count);
    const ratio = base > 0 ? `${(rate / perMinute(first, base)).toFixed(2)}×` : count > 0 ? 'new' : '–';
    return `${rate.toFixed(0).padStart(6)} ${ratio.padStart(7)}`;
  };
  console.info('\nECS calls per minute by action (both replicas), and the ratio to the 1st phase');
  console.info(`  ${'action'.padEnd(30)}${phases.map((phase) => `${`${phase.viewers} viewer${phase.viewers === 1 ? '' : 's'}`.padStart(15)}`).join('')}`);
  for (const action of actions) {
    console.info(`  ${action.padEnd(30)}${phases.map((phase) => ` ${cell(phase, phase.byAction.get(action) ?? 0, first.byAction.get(action) ?? 0)}`).join('')}`);
  }
  console.info(`  ${'all ECS calls'.padEnd(30)}${phases.map((phase) => ` ${cell(phase, total(phase), total(first))}`).join('')}`);
  console.info(`  ${'viewer requests / min'.padEnd(30)}${phases.map((phase) => ` ${cell(phase, phase.requests, first.requests)}`).join('')}`);
  console.info(`  ${'calls that waited for budget'.padEnd(30)}${phases.map((phase) => `${String(phase.budgetWaits).padStart(15)}`).join('')}`);
  for (const phase of phases) {
    if (phase.failures) console.info(`  !! ${phase.failures} of ${phase.requests} viewer requests failed with ${phase.viewers} viewers`);
    if (phase.missed) console.info(`  !! ${phase.missed} calls fell out of the sandbox's log before they were read (counted in the total only)`);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
