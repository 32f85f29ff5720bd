import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { migrate, openDb } from '@/lib/db/client';
import { inTransaction } from '@/lib/db/launch-dispatch';
import { applyInstanceStates, type InstanceState } from '@/lib/db/launch-instances';
import { bumpLaunch, findLaunch, insertLaunch, listBatches } from '@/lib/db/launches';
import { emptyDraft } from '@/lib/invoke/draft';
import { readLaunch } from '@/lib/launches/launch-read';

import { measureAsync, report } from './measure';

/**
 * What the launch page costs per poll once a launch is big: 10,000 instances in 200 batches,
 * every instance observed. Polls ask for what changed since their last answer.
 *   baseline  reading the launch row and its 200 batch rows, nothing else;
 *   first     the page's first load: every batch and instance;
 *   idle      a poll when nothing moved (the observer wrote nothing since);
 *   moving    a poll after one batch (50 instances) changed.
 * Also prints the size of each answer. Reads only our records (no ECS call).
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
  const now = new Date();
  await insertLaunch(
    db,
    {
      id: launchId,
      created_at: now.toISOString(),
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
      rate_control: null,
      request_template: null,
      secrets_expire_at: null,
    },
    batches.map((batch, index) => ({ id: crypto.randomUUID(), batch_index: index, client_token: `${launchId}-b${index}`, instance_ids: JSON.stringify(batch), secret_box: null })),
  );
  const state = (n: number, status: string): InstanceState => ({
    status,
    exit_code: status === 'Failed' ? 100 : 0,
    error_code: status === 'Failed' ? 'ExitCodeNonzero' : '',
    error_info: status === 'Failed' ? 'The command process exited with a non-zero exit code.' : '',
    repeats: 1,
    start_time: now.toISOString(),
    finish_time: now.toISOString(),
    stop_time: null,
    dropped: n,
  });
  const observe = (index: number, status: (n: number) => string) =>
    inTransaction(db, async (tx) => {
      const seq = await bumpLaunch(tx, launchId);
      await applyInstanceStates(tx, launchId, index, new Map((batches[index] ?? []).map((id, n) => [id, state(n, status(n))])), seq);
      await tx.updateTable('launch_batches').set({ status: 'sent', invoke_id: `t-sh0bench${index}`, invocation_status: 'PartialFailed', change_seq: seq }).where('launch_id', '=', launchId).where('batch_index', '=', index).execute();
    });
  for (const index of batches.keys()) await observe(index, (n) => (n === 7 ? 'Failed' : 'Success'));

  const seqNow = async () => (await findLaunch(db, launchId))?.change_seq ?? 0;
  const baseline = await measureAsync(async () => {
    await findLaunch(db, launchId);
    await listBatches(db, launchId);
  });
  const first = await measureAsync(async () => {
    await readLaunch(db, launchId);
  });
  const idleSince = await seqNow();
  const idle = await measureAsync(async () => {
    await readLaunch(db, launchId, { since: idleSince });
  });
  let flip = 0;
  const moving = await measureAsync(async () => {
    const since = await seqNow();
    flip += 1;
    await observe(flip % batches.length, (n) => (n === flip % PER_BATCH ? 'Failed' : 'Success'));
    await readLaunch(db, launchId, { since });
  });
  report(`Launch page, ${INSTANCES.toLocaleString('en-US')} instances in ${batches.length} batches (SQLite, server time per poll)`, { label: 'launch + batch rows', timing: baseline }, [
    { label: 'first load (everything)       ', timing: first },
    { label: 'idle poll (nothing moved)     ', timing: idle },
    { label: 'poll after one batch moved (+ its write)', timing: moving },
  ]);
  const kib = (value: unknown) => `${(Buffer.byteLength(JSON.stringify(value)) / 1024).toFixed(1)} KiB`;
  const since = await seqNow();
  await observe(3, (n) => (n % 2 ? 'Failed' : 'Success'));
  console.log(`  answer size: first load ${kib(await readLaunch(db, launchId))}, idle poll ${kib(await readLaunch(db, launchId, { since: await seqNow() }))}, poll after one batch moved ${kib(await readLaunch(db, launchId, { since }))}`);

  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
}

void main();
