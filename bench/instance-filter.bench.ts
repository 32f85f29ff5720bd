/**
 * Time per keystroke of the instance picker's filter over 10,000 instances, against a naive
 * filter that lower-cases every field on every keystroke, both run here in one process.
 *
 *   npx tsx bench/instance-filter.bench.ts [--runs 100] [--instances 10000]
 *
 * Prints the median and p95 per keystroke and the ratio baseline / picker (higher is better);
 * writes the same figures to bench/results/instance-filter.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

import { filterInstances, NO_FILTERS } from '@/components/invoke/instance-picker/filter';
import { buildSearchIndex } from '@/components/invoke/instance-picker/search-index';
import { compileQuery, parseQuery, type QueryToken } from '@/components/invoke/instance-picker/search-query';
import { createSearcher } from '@/components/invoke/instance-picker/searcher';
import { type PickerInstance } from '@/components/invoke/instance-picker/types';

const RUNS = numberArg('--runs', 100);
const SIZE = numberArg('--instances', 10_000);

// What an operator types, one keystroke at a time: journey 1's tag filter, then an IP prefix.
const TYPED = [...prefixes('env=prod role=web'), ...prefixes('10.12.3')];

// --- a realistic fleet (seeded, so every run measures the same data) -------------------------
let seed = 20_261_127;
function random(): number {
  seed = (seed * 1_664_525 + 1_013_904_223) % 4_294_967_296;
  return seed / 4_294_967_296;
}
function pick<T>(items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}
function chars(n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += pick('abcdefghijklmnopqrstuvwxyz0123456789'.split(''));
  return out;
}

const ENVS = ['prod', 'prod', 'prod', 'staging', 'dev', 'test', 'prod-canary'];
const ROLES = ['web', 'web', 'api', 'worker', 'db', 'cache', 'batch', 'gateway'];
const TEAMS = ['core', 'payments', 'search', 'growth', 'platform', 'data'];
const LINUX = ['Alibaba Cloud Linux 3.2104 LTS 64 bit', 'Ubuntu 22.04 64 bit', 'CentOS 7.9 64 bit', 'Debian 12.5 64 bit'];
const WINDOWS = ['Windows Server 2022 Datacenter 64 bit', 'Windows Server 2019 Datacenter 64 bit'];
const TYPES = ['ecs.g7.large', 'ecs.g7.xlarge', 'ecs.c7.2xlarge', 'ecs.r7.large', 'ecs.t6-c1m2.large'];

function makeFleet(size: number): PickerInstance[] {
  return Array.from({ length: size }, (_, n) => {
    const env = pick(ENVS);
    const role = pick(ROLES);
    const windows = random() < 0.12;
    const name = `${role}-${env}-${String(n).padStart(4, '0')}`;
    const statusRoll = random();
    const tags = [
      { key: 'env', value: env },
      { key: 'role', value: role },
      { key: 'team', value: pick(TEAMS) },
      { key: 'cost-center', value: `cc-${Math.floor(random() * 40) + 100}` },
    ];
    if (random() < 0.3) tags.push({ key: 'app', value: `${role}-${chars(4)}` });
    return {
      instanceId: `i-uf6${chars(17)}`,
      name,
      hostName: random() < 0.5 ? `iZuf6${chars(17)}Z` : `${name}.sh.internal`,
      privateIp: `10.${Math.floor(random() * 32)}.${Math.floor(random() * 256)}.${Math.floor(random() * 254) + 1}`,
      publicIp: random() < 0.25 ? `47.${100 + Math.floor(random() * 20)}.${Math.floor(random() * 256)}.${Math.floor(random() * 254) + 1}` : '',
      osType: windows ? 'windows' : 'linux',
      osName: pick(windows ? WINDOWS : LINUX),
      status: statusRoll < 0.93 ? 'Running' : statusRoll < 0.98 ? 'Stopped' : pick(['Starting', 'Stopping', 'Pending']),
      networkType: random() < 0.02 ? 'classic' : 'vpc',
      zoneId: `cn-shanghai-${pick(['b', 'e', 'f', 'g', 'l'])}`,
      instanceType: pick(TYPES),
      tags,
      agentOnline: random() < 0.97,
      agentVersion: pick(['2.2.3.512', '2.2.3.282', '2.2.0.106', '2.1.3.541']),
    };
  });
}

// --- the baseline: what a first version would write ------------------------------------------
function naiveFilter(instances: readonly PickerInstance[], query: string): PickerInstance[] {
  const tokens = parseQuery(query);
  return instances.filter((instance) => tokens.every((token) => naiveMatch(instance, token)));
}

function naiveMatch(instance: PickerInstance, token: QueryToken): boolean {
  if (token.kind === 'tag') {
    return instance.tags.some((tag) => {
      if (tag.key.toLowerCase() !== token.key) return false;
      const value = tag.value.toLowerCase();
      return token.match === 'key' || (token.match === 'prefix' ? value.startsWith(token.value) : value === token.value);
    });
  }
  const fields = [instance.instanceId, instance.name, instance.hostName, instance.privateIp, instance.publicIp, instance.osName, instance.zoneId, instance.instanceType];
  return fields.some((field) => field.toLowerCase().includes(token.text)) || instance.tags.some((tag) => `${tag.key}=${tag.value}`.toLowerCase().includes(token.text));
}

// --- measuring --------------------------------------------------------------------------------
function prefixes(text: string): string[] {
  return Array.from({ length: text.length }, (_, i) => text.slice(0, i + 1)).filter((q) => !q.endsWith(' '));
}
function numberArg(flag: string, fallback: number): number {
  const at = process.argv.indexOf(flag);
  const value = at >= 0 ? Number(process.argv[at + 1]) : Number.NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}
function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}
function ms(value: number): string {
  return `${value.toFixed(value < 1 ? 3 : 2)} ms`;
}

const fleet = makeFleet(SIZE);
const eligible = fleet.map((i) => i.status === 'Running' && i.networkType === 'vpc' && i.agentOnline);

// The haystacks are built once per instance (cached by object), so time fresh copies.
const builds = Array.from({ length: 5 }, () => {
  const copy = fleet.map((instance) => ({ ...instance }));
  const start = performance.now();
  buildSearchIndex(copy);
  return performance.now() - start;
}).sort((a, b) => a - b);
const entries = buildSearchIndex(fleet);

type Side = 'naive' | 'scan' | 'picker';
const SIDES: readonly Side[] = ['naive', 'scan', 'picker'];
const naive = (query: string) => naiveFilter(fleet, query).length;
const scan = (query: string) => filterInstances(fleet, entries, eligible, compileQuery(query), NO_FILTERS).length;

// Warm all three up so the JIT has compiled them, and check they agree.
for (let i = 0; i < 10; i++) {
  const searcher = createSearcher(fleet, entries, eligible, NO_FILTERS);
  for (const query of TYPED) {
    const counts = [naive(query), scan(query), searcher.search(compileQuery(query)).length];
    if (new Set(counts).size !== 1) throw new Error(`results differ for "${query}": ${counts.join(' / ')}`);
  }
}

interface Row { query: string; matches: number; times: Record<Side, number[]> }
const rows: Row[] = TYPED.map((query) => ({ query, matches: scan(query), times: { naive: [], scan: [], picker: [] } }));
for (let run = 0; run < RUNS; run++) {
  // The picker's searcher keeps the previous keystroke's matches, so each run types the
  // whole sequence afresh, as an operator would after opening the form.
  const searcher = createSearcher(fleet, entries, eligible, NO_FILTERS);
  for (const row of rows) {
    // Rotate the order so no side always runs on a warmer cache.
    for (let k = 0; k < SIDES.length; k++) {
      const side = SIDES[(run + k) % SIDES.length] as Side;
      const start = performance.now();
      if (side === 'naive') naive(row.query);
      else if (side === 'scan') scan(row.query);
      else searcher.search(compileQuery(row.query));
      row.times[side].push(performance.now() - start);
    }
  }
}

const stats = (times: readonly number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95) };
};
const summary = rows.map((row) => ({ query: row.query, matches: row.matches, naive: stats(row.times.naive), scan: stats(row.times.scan), picker: stats(row.times.picker) }));
const total = {
  naive: stats(rows.flatMap((row) => row.times.naive)),
  scan: stats(rows.flatMap((row) => row.times.scan)),
  picker: stats(rows.flatMap((row) => row.times.picker)),
};

const pair = (s: { median: number; p95: number }) => `${ms(s.median)} / ${ms(s.p95)}`.padStart(22);
console.log(`instance filter: ${SIZE.toLocaleString('en-US')} instances, ${RUNS} typed runs, Node ${process.version}`);
console.log(`haystack build for all instances (once; later pages only add theirs): median ${ms(quantile(builds, 0.5))}\n`);
console.log('times are median / p95 per keystroke');
console.log(`${'keystroke'.padEnd(22)}${'matches'.padStart(8)}${'naive (baseline)'.padStart(22)}${'haystack scan'.padStart(22)}${'picker'.padStart(22)}${'ratio'.padStart(8)}`);
for (const row of [...summary, { query: '', matches: Number.NaN, ...total }]) {
  const label = row.query === '' ? 'all keystrokes' : JSON.stringify(row.query);
  const matches = Number.isNaN(row.matches) ? '' : row.matches.toLocaleString('en-US');
  const ratio = `${(row.naive.median / row.picker.median).toFixed(1)}x`;
  console.log(`${label.padEnd(22)}${matches.padStart(8)}${pair(row.naive)}${pair(row.scan)}${pair(row.picker)}${ratio.padStart(8)}`);
}
console.log('\nbaseline: Array.filter lower-casing every field on every keystroke. haystack scan: the');
console.log('precomputed lower-case haystacks over all instances. picker: haystacks plus narrowing to');
console.log('the previous matches while the query grows (what the component runs).');
console.log(`ratio = baseline median / picker median, higher is better; all keystrokes: ${(total.naive.median / total.picker.median).toFixed(1)}x.`);
console.log('A frame at 60 Hz is 16.7 ms.');

mkdirSync('bench/results', { recursive: true });
const json = { instances: SIZE, runs: RUNS, node: process.version, buildMedianMs: quantile(builds, 0.5), keystrokes: summary, total, ratio: total.naive.median / total.picker.median };
writeFileSync('bench/results/instance-filter.json', `${JSON.stringify(json, null, 2)}\n`);
