import { Cron } from 'croner';
import cronstrue from 'cronstrue';

import { describeFrequency, nextRuns, parseFrequency } from '@/lib/schedule';

import { measure, report } from './measure';

/**
 * The launch form validates, describes and lists five runs on every keystroke in the
 * Frequency field. Baseline: croner and cronstrue called directly on an equivalent pattern
 * (no dialect checks, no time-zone or interval rules), so the ratio is what our layer costs.
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const SHAPES = [
  (n: number) => ({ text: `0 ${n % 60} 2 ? * MON-FRI Asia/Shanghai`, pattern: `0 ${n % 60} 2 * * 1-5`, zone: 'Asia/Shanghai' }),
  (n: number) => ({ text: `0 ${n % 60} */2 * * ? Europe/Berlin`, pattern: `0 ${n % 60} */2 * * *`, zone: 'Europe/Berlin' }),
  (n: number) => ({ text: `0 ${n % 60} 3 15 * ? UTC`, pattern: `0 ${n % 60} 3 15 * *`, zone: 'UTC' }),
  (n: number) => ({ text: `${n % 60} */5 * * * ?`, pattern: `${n % 60} */5 * * * *`, zone: 'UTC' }),
];

// Fresh minutes each round (the round number shifts them) so no cache answers a text it has seen.
const ours = measure((round) => {
  for (const shape of SHAPES) {
    const { text } = shape(round + 1000);
    const parsed = parseFrequency(text, { now: NOW, timeoutSeconds: 60 });
    if (!parsed.ok) throw new Error(parsed.message);
    describeFrequency(parsed.frequency);
    nextRuns(parsed.frequency, { after: NOW, count: 5 });
  }
});

const baseline = measure((round) => {
  for (const shape of SHAPES) {
    const { pattern, zone } = shape(round + 1000);
    cronstrue.toString(pattern);
    new Cron(pattern, { timezone: zone }).nextRuns(5, NOW);
  }
});

report(
  'Schedule keystroke: parse + words + next 5 runs (4 expressions per round)',
  { label: 'croner + cronstrue directly', timing: baseline },
  [{ label: 'lib/schedule (dialect, intervals, zones)', timing: ours }],
);
