import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { migrate, openDb } from '@/lib/db/client';
import { findLaunch, insertLaunch, listBatches } from '@/lib/db/launches';
import { emptyDraft } from '@/lib/invoke/draft';
import { readLaunch } from '@/lib/launches/launch-read';
import { type InvocationSnapshot } from '@/lib/launches/snapshot';

import { measureAsync, report } from './measure';

/**
 * What the launch page costs the server per poll once a launch is big: 10,000 instances in
 * 200 batches, each batch's last snapshot stored (as after every InvokeId was observed).
 *   baseline  reading the launch row and its 200 batch rows, nothing else;
 *   batches   the page's poll without instances (what the launch form polls while sending);
 *   whole     the launch page's poll: every instance over all batches, parsed and joined.
 * Also prints the size of each answer. Reads only our records (no ECS call), so the figures
 * are the server's own work.
 * Run: node --conditions=react-server --import tsx bench/launch-page.bench.ts [--instances 10000]
 */
async function main(): Promise<void> {
  const arg = process.argv.indexOf('--instances');
  const INSTANCES = arg > 0 ? Number(process.argv[arg + 1]) : 10_000;
  const PER_BATCH = 50;
  const dir = mkdtempSync(join(tmpdir(), 'bench-launch-page-'));
  const db = openDb({ kind: 'sqlite', file: join(dir, 'bench.db') });
  await migrate(db);

  const launchId = crypto.randomUUID();
  const ids = Array.from({ length: INSTANCES }, (_, n) => `i-uf6bench${String(n).padStart(8, '0')}`);
  const batches = Array.from({ length: Math.ceil(INSTANCES / PER_BATCH) }, (_, index) => ids.slice(index * PER_BATCH, (index + 1) * PER_BATCH));
  const now = new Date().toISOString();
  await insertLaunch(
    db,
    {
      id: launchId,
      created_at: now,
      created_by: crypto.randomUUID(),
      created_by_username: 'bench',
      region_id: 'cn-shanghai',
      command_id: 'c-bench',
      command_name: 'patch-web.sh',
      command_type: 'RunShellScript',
      repeat_mode: 'Once',
      frequency: null,
      instance_count: INSTANCES,
      batch_count: batches.length,
      draft: JSON.stringify({ ...emptyDraft('cn-shanghai'), commandId: 'c-bench', instanceIds: ids }),
      preset_id: null,
    },
    batches.map((batch, index) => ({ id: crypto.randomUUID(), batch_index: index, client_token: `${launchId}-b${index}`, instance_ids: JSON.stringify(batch) })),
  );
  for (const [index, batch] of batches.entries()) {
    const invokeId = `t-sh0bench${index}`;
    const snapshot: InvocationSnapshot = {
      invokeId,
      invocationStatus: 'PartialFailed',
      commandName: 'patch-web.sh',
      repeatMode: 'Once',
      frequency: '',
      creationTime: now,
      instances: batch.map((instanceId, n) => ({
        instanceId,
        status: n === 7 ? 'Failed' : 'Success',
        exitCode: n === 7 ? 100 : 0,
        errorCode: n === 7 ? 'ExitCodeNonzero' : '',
        errorInfo: n === 7 ? 'The command process exited with a non-zero exit code.' : '',
        repeats: 1,
        startTime: now,
        finishTime: now,
        stopTime: null,
        dropped: 0,
      })),
    };
    await db
      .updateTable('launch_batches')
      .set({ status: 'sent', invoke_id: invokeId, sent_at: now, invocation_status: 'PartialFailed', snapshot: JSON.stringify(snapshot), snapshot_at: now })
      .where('launch_id', '=', launchId)
      .where('batch_index', '=', index)
      .execute();
  }

  const baseline = await measureAsync(async () => {
    await findLaunch(db, launchId);
    await listBatches(db, launchId);
  });
  const withoutInstances = await measureAsync(async () => {
    await readLaunch(db, null, launchId, { withInstances: false });
  });
  const whole = await measureAsync(async () => {
    await readLaunch(db, null, launchId);
  });
  report(`Launch page poll, ${INSTANCES.toLocaleString('en-US')} instances in ${batches.length} batches (SQLite, server time)`, { label: 'launch + batch rows', timing: baseline }, [
    { label: 'batches only   ', timing: withoutInstances },
    { label: 'whole launch   ', timing: whole },
  ]);
  const size = async (withInstances: boolean) => Buffer.byteLength(JSON.stringify(await readLaunch(db, null, launchId, { withInstances })));
  console.log(`  answer size: batches only ${((await size(false)) / 1024).toFixed(0)} KiB, whole launch ${((await size(true)) / 1024).toFixed(0)} KiB`);

  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
}

void main();
