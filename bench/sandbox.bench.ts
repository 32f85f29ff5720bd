import { createEcsClient } from '@/lib/ecs';
import { startSandbox } from '@/lib/ecs-sandbox/server';
import { SandboxStore } from '@/lib/ecs-sandbox/state/store';
import { DEFAULT_SEED } from '@/lib/ecs-sandbox/server';

import { measure, measureAsync, report } from './measure';

/**
 * The sandbox with SANDBOX_INSTANCES=10000: building the fleet, and what the instance picker
 * asks of it (a page of DescribeInstances with a tag filter, a page with agent status) against
 * DescribeRegions, the cheapest call, as the baseline. Over HTTP, signed, through lib/ecs.
 * Run: node --conditions=react-server --import tsx bench/sandbox.bench.ts
 */
async function main(): Promise<void> {
  const build = measure(() => void new SandboxStore(DEFAULT_SEED, 10_000).regionInstances('cn-shanghai'), { runs: 5, warmup: 1 });
  const small = measure(() => void new SandboxStore(DEFAULT_SEED, 360).regionInstances('cn-shanghai'), { runs: 5, warmup: 1 });
  report('Sandbox fleet generation (CPU)', { label: '360 instances (the default)', timing: small }, [{ label: '10,000 instances           ', timing: build }]);

  const sandbox = await startSandbox({ port: 0, instances: 10_000 });
  const ecs = createEcsClient({ endpoint: sandbox.url, credentials: { accessKeyId: sandbox.accessKeyId, accessKeySecret: sandbox.accessKeySecret }, logger: { debug() {}, info() {}, warn() {}, error() {} } });
  const regions = await measureAsync(async () => void (await ecs.describeRegions()), { runs: 40 });
  const tagged = await measureAsync(async () => void (await ecs.describeInstancesPage('cn-shanghai', { tags: [{ key: 'env', value: 'dev' }], maxResults: 100 })), { runs: 40 });
  let token: string | null = null;
  const paged = await measureAsync(async () => {
    const page = await ecs.listInstancesWithAgentPage('cn-shanghai', token, { maxResults: 100 });
    token = page.nextToken;
  }, { runs: 40 });
  report('Sandbox with 10,000 instances: one call, over HTTP (wall clock)', { label: 'DescribeRegions', timing: regions }, [
    { label: 'DescribeInstances, tag filter, 100 per page  ', timing: tagged },
    { label: 'picker page: DescribeInstances + agent status', timing: paged },
  ]);
  await sandbox.close();
}

void main();
