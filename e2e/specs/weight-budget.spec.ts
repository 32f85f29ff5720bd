import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { E2E } from '../env';
import { expect, REGION, test } from '../fixtures';
import { firstLoad, kilobytes, sharedRuntimeBytes, WEIGHT_BUDGET } from '../first-load';
import { PresetForm } from '../pages/presets-page';

/**
 * Issue 15's weight budget, checked on the suite's own build: each page's first-load
 * JavaScript (gzip) at most 1.5× what a blank page of the same Next.js loads, its shared
 * runtime. bench/weight.ts prints the same figures against a real blank app.
 */

const ROOT = join(__dirname, '..', '..');

test('every page loads at most 1.5× the JavaScript of a blank page', async ({ browser, operatorApi, sandbox }) => {
  test.setTimeout(240_000);
  const { launchId, invokeId } = await launchHealthCheck(operatorApi, sandbox);
  const presetLink = await savePreset(browser);

  const operator = { storageState: E2E.storage.operator };
  const pages: { path: string; options?: { storageState: string } }[] = [
    { path: '/login' },
    { path: '/invoke', options: operator },
    { path: '/invocations', options: operator },
    { path: `/invocations/launches/${launchId}`, options: operator },
    { path: `/invocations/${invokeId}`, options: operator },
    { path: '/presets', options: operator },
    { path: new URL(presetLink, E2E.baseUrl).pathname, options: operator },
    { path: '/admin', options: { storageState: E2E.storage.admin } },
  ];
  if (existsSync(join(ROOT, 'app', '(dashboard)', 'overview', 'page.tsx'))) pages.push({ path: '/overview', options: operator });

  const blank = sharedRuntimeBytes(join(ROOT, E2E.distDir));
  for (const { path, options } of pages) {
    const load = await firstLoad(browser, E2E.baseUrl, path, options);
    const ratio = load.gzipBytes / blank;
    const heaviest = [...load.scripts].sort((a, b) => b.gzipBytes - a.gzipBytes).slice(0, 3).map((script) => `${new URL(script.url).pathname} ${kilobytes(script.gzipBytes)} KB`);
    expect
      .soft(ratio, `${path}: ${kilobytes(load.gzipBytes)} KB gzip, ${ratio.toFixed(2)}× a blank page (${kilobytes(blank)} KB); heaviest: ${heaviest.join(', ')}`)
      .toBeLessThanOrEqual(WEIGHT_BUDGET);
  }
});

/** A launch of the seeded health check on one host, sent: its page and its InvokeId's page exist. */
async function launchHealthCheck(
  api: Parameters<Parameters<typeof test>[2]>[0]['operatorApi'],
  sandbox: Parameters<Parameters<typeof test>[2]>[0]['sandbox'],
): Promise<{ launchId: string; invokeId: string }> {
  const [instanceId] = await api.instanceIds('web-prod-192');
  const { answer } = await sandbox.serialised(async () =>
    api.launch({ regionId: REGION, commandId: await api.commandId('health-check.sh'), instanceIds: [instanceId ?? ''], repeatMode: 'Once', frequency: '', parameters: [], username: '', windowsPasswordName: '' }),
  );
  if (!answer.ok) throw new Error(`The launch was refused: ${answer.message}`);
  const { launchId } = answer.data as { launchId: string };
  const sent = await api.sentLaunch(launchId);
  const invokeId = sent.batches[0]?.invokeId;
  if (!invokeId) throw new Error(`The launch ${launchId} was not sent: ${sent.sendStatus}`);
  return { launchId, invokeId };
}

/** A preset saved from the launch form, as an operator saves one; answers its link. */
async function savePreset(browser: Parameters<Parameters<typeof test>[2]>[0]['browser']): Promise<string> {
  const context = await browser.newContext({ storageState: E2E.storage.operator });
  const form = new PresetForm(await context.newPage());
  await form.gotoLaunch();
  await form.chooseCommand('health-check.sh');
  const link = await form.saveAsPreset(`weight budget ${Date.now()}`, 'A page the weight budget loads.');
  await context.close();
  return link;
}
