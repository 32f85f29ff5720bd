import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `npm run bench`: every bench/*.bench.ts in turn, each in its own Node process (so one's
 * caches and garbage do not colour the next), each printing its figures as ratios to a
 * baseline measured in the same process. `npm run bench -- schedule` runs the matching ones.
 */
const filter = process.argv[2];
const dir = join(process.cwd(), 'bench');
const benches = readdirSync(dir)
  .filter((file) => file.endsWith('.bench.ts') && (!filter || file.includes(filter)))
  .sort();

let failed = 0;
for (const file of benches) {
  console.log(`\n━━ ${file} ━━`);
  const run = spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', join(dir, file)], { stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
console.log(`\n${benches.length - failed} of ${benches.length} benchmarks ran.`);
process.exit(failed ? 1 : 0);
