import { afterAll, beforeAll, expect, it } from 'vitest';

import { startTestSandbox, type TestSandbox } from './test-sandbox';

const REGION = 'cn-shanghai';
const FLEET = 10_000;

let t: TestSandbox;
beforeAll(async () => {
  t = await startTestSandbox({ instances: FLEET });
});
afterAll(() => t.close());

it('loads a 10,000-instance region page by page, as the instance picker does', { timeout: 120_000 }, async () => {
  const client = t.client();
  const seen = new Set<string>();
  let nextToken: string | null = null;
  let pages = 0;
  do {
    const page = await client.listInstancesWithAgentPage(REGION, nextToken);
    for (const instance of page.items) seen.add(instance.instanceId);
    expect(page.items.every((instance) => instance.agent === null || instance.agent.instanceId === instance.instanceId)).toBe(true);
    nextToken = page.nextToken;
    pages += 1;
  } while (nextToken && pages <= FLEET / 100);
  expect(pages).toBe(FLEET / 100);
  expect(seen.size).toBe(FLEET);
});
