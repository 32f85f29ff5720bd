import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `npm run bench`: every bench/*.bench.ts in turn, each in its own Node process (so one's
 * caches and garbage do not colour the next), each printing its figures as ratios to a
 * baseline measured in the same process. `npm run bench -- schedule` runs the matching ones.
 * Then the browser benches, which build the app and serve it: page weight against a blank Next
 * page, Lighthouse, and 10,000 instances walked in Chromium (not *.bench.ts, so a filter such as
 * `-- weight` picks them alone).
 */
const BROWSER_BENCHES = ['weight.ts', 'lighthouse.ts', 'fleet-10k.ts'];
// The ECS calls bench builds and serves the app too (two replicas and a sandbox), with HTTP viewers instead of a browser.
BROWSER_BENCHES.push('ecs-calls.ts');
const filter = process.argv[2];
// Whatever follows the filter goes to each bench (`npm run bench -- weight --no-build`).
const passOn = process.argv.slice(3);
const dir = join(process.cwd(), 'bench');
const benches = readdirSync(dir)
  .filter((file) => file.endsWith('.bench.ts') && (!filter || file.includes(filter)))
  .sort()
  .concat(BROWSER_BENCHES.filter((file) => existsSync(join(dir, file)) && (!filter || file.includes(filter))));

// A bench that measured and found a target missed (the browser benches' FAIL) exits 1, like one that broke:
// say which, rather than that it did not run.
const unsuccessful: string[] = [];
for (const file of benches) {
  console.log(`\n━━ ${file} ━━`);
  const run = spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', join(dir, file), ...passOn], { stdio: 'inherit' });
  if (run.status !== 0) unsuccessful.push(file);
}
console.log(
  unsuccessful.length
    ? `\n${benches.length} benchmarks ran; ${unsuccessful.join(', ')} ended with exit code 1 (a target missed, or an error: see its output).`
    : `\n${benches.length} benchmarks ran; every one finished.`,
);
process.exit(unsuccessful.length ? 1 : 0);
