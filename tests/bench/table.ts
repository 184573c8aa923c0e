/**
 * What the benchmark prints: a table per size, the ratios it is run for, RSS by size and the
 * cold start. Figures only: nothing here judges them against a target.
 */
import type { ColdRow } from './cold-start.js';
import type { Sample } from './measure.js';
import { FRAMEWORKS, type SuiteResult } from './suite.js';

const num = (n: number) => Math.round(n).toLocaleString('en-US');
const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
const mb = (x: number) => `${x.toFixed(0)} MB`;
const W = [58, 9, 12, 10, 10];

function line(cells: string[]): string {
  return cells.map((c, k) => (k === 0 ? c.padEnd(W[k]!) : c.padStart(W[k]!))).join('');
}

/** The faster JSONL floor of a shape: its sample and which reader it was. */
function fasterFloor(s: Map<string, Sample>, prefix: string): { sample: Sample; reader: string } {
  const chunked = s.get(`${prefix}floor`)!;
  const readline = s.get(`${prefix}floor-readline`)!;
  return chunked.seconds <= readline.seconds
    ? { sample: chunked, reader: 'chunked' }
    : { sample: readline, reader: 'readline' };
}

/** A row of `count` records; its rate as a share of the floor's (which read `n`, one file). */
function row(
  name: string,
  m: Sample | undefined,
  count: number,
  floor: Sample | undefined,
  n = count,
): string {
  if (!m) return line([name, 'n/a (no --columns)']);
  return line([
    name,
    m.seconds.toFixed(2),
    num(count / m.seconds),
    floor ? pct(count / m.seconds / (n / floor.seconds)) : '',
    mb(m.rssMb),
  ]);
}

/** The table of one size. */
export function printSuite(r: SuiteResult, repeat: number): void {
  const { n, samples: s, data } = r;
  const floor = fasterFloor(s, '');
  const sparseFloor = fasterFloor(s, 'sparse-');
  const pair = s.get('pair')!;
  console.log(`\n== ${num(n)} records: medians of ${repeat}, round-robin; peak RSS the highest of the runs`);
  console.log(
    `mean row: complete ${num(data.complete.rowBytes)} B (JSONL, ${(data.complete.bytes / 2 ** 20).toFixed(0)} MiB), ` +
      `${num(data.csv.rowBytes)} B (CSV); sparse ${num(data.sparse.rowBytes)} B (JSONL); ` +
      `bad ${num(data.bad.rowBytes)} B (JSONL)`,
  );
  console.log(line(['run', 'seconds', 'records/s', 'of floor', 'peak RSS']));
  console.log('complete shape (every key, fixed order)');
  console.log(row('  floor: read + JSON.parse, chunked reader', s.get('floor'), n, floor.sample));
  console.log(row('  floor: read + JSON.parse, node:readline', s.get('floor-readline'), n, floor.sample));
  console.log(row('  batch --jobs 1', s.get('jobs1'), n, floor.sample));
  console.log(row('  batch --jobs 1 --columns minimal', s.get('minimal'), n, floor.sample));
  console.log(row('  batch --jobs 2', s.get('jobs2'), n, floor.sample));
  console.log(row('  two chunked floors at once (records of both)', pair, 2 * n, floor.sample, n));
  console.log(row(`  batch --jobs 1 --frameworks ${FRAMEWORKS}`, s.get('frameworks'), n, floor.sample));
  console.log(row('  bad records: batch --jobs 1, "act_1" added', s.get('bad'), n, floor.sample));
  console.log('CSV input (the same complete records; "of floor" is of the CSV floor)');
  console.log(
    row('  floor: chunked read + split lines and commas', s.get('csv-floor'), n, s.get('csv-floor')),
  );
  console.log(row('  batch --jobs 1', s.get('csv'), n, s.get('csv-floor')));
  console.log('sparse shape (about 15% of answers left out; "of floor" is of its own floor)');
  console.log(
    row('  floor: read + JSON.parse, chunked reader', s.get('sparse-floor'), n, sparseFloor.sample),
  );
  console.log(
    row('  floor: read + JSON.parse, node:readline', s.get('sparse-floor-readline'), n, sparseFloor.sample),
  );
  console.log(row('  batch --jobs 1', s.get('sparse'), n, sparseFloor.sample));
  printRatios(r, floor, sparseFloor);
}

function printRatios(
  r: SuiteResult,
  floor: { sample: Sample; reader: string },
  sparseFloor: { sample: Sample; reader: string },
): void {
  const s = r.samples;
  const t = (name: string) => s.get(name)!.seconds;
  const ceiling = (2 * t('floor')) / t('pair');
  const speedup = t('jobs1') / t('jobs2');
  const minimal = s.get('minimal');
  console.log('');
  console.log(
    `floor:              the faster JSONL reader, ${floor.reader}; the CSV floor decodes each line`,
  );
  console.log(`                    and splits it on commas (no quotes, no header check, no values read)`);
  console.log(`batch --jobs 1:     ${pct(t('floor') / t('jobs1'))} of the floor's rate (complete shape)`);
  console.log(
    `--columns minimal:  ${minimal ? `${pct(t('floor') / minimal.seconds)} of the floor's rate, ${(t('jobs1') / minimal.seconds).toFixed(2)}x --jobs 1` : 'n/a (no --columns)'}`,
  );
  console.log(
    `--jobs 2:           ${speedup.toFixed(2)}x --jobs 1; ceiling ${ceiling.toFixed(2)}x (two chunked floors at once, ` +
      `${t('pair').toFixed(2)} s, against one, ${t('floor').toFixed(2)} s); ${pct(speedup / ceiling)} of the ceiling`,
  );
  console.log(
    `--frameworks (3):   ${pct(t('jobs1') / t('frameworks'))} of the one-framework rate (--jobs 1)`,
  );
  console.log(
    `CSV input:          ${pct(t('jobs1') / t('csv'))} of the JSONL input's rate; ${pct(t('csv-floor') / t('csv'))} of the CSV floor's; ` +
      `the CSV floor is ${(t('floor') / t('csv-floor')).toFixed(2)}x the JSONL floor's rate`,
  );
  console.log(
    `bad records:        ${pct(t('jobs1') / t('bad'))} of the good-record rate (every record refused, exit 1, no --errors)`,
  );
  console.log(
    `sparse shape:       ${pct(sparseFloor.sample.seconds / t('sparse'))} of its floor's rate (${sparseFloor.reader}); ` +
      `${pct(t('jobs1') / t('sparse'))} of the complete shape's records/s`,
  );
}

/** Peak RSS of --jobs 1 and 2 by size, side by side. */
export function printRss(results: SuiteResult[]): void {
  if (results.length < 2) return;
  console.log(`\npeak RSS by size   ${results.map((r) => `${num(r.n)} records`.padStart(18)).join('')}`);
  for (const [name, key] of [
    ['batch --jobs 1', 'jobs1'],
    ['batch --jobs 2', 'jobs2'],
  ] as const)
    console.log(
      `${name.padEnd(19)}${results.map((r) => mb(r.samples.get(key)!.rssMb).padStart(18)).join('')}`,
    );
}

export function printColdStart(rows: ColdRow[], repeat: number): void {
  const base = rows[0]!.sample;
  console.log(`\ncold start: wall time, medians of ${repeat}, round-robin; peak RSS the highest of the runs`);
  console.log(
    `${'run'.padEnd(50)}${'wall ms'.padStart(9)}${'x node -e 0'.padStart(13)}${'peak RSS'.padStart(10)}`,
  );
  for (const { name, sample } of rows)
    console.log(
      `${name.padEnd(50)}${(sample.seconds * 1000).toFixed(0).padStart(9)}` +
        `${(sample.seconds / base.seconds).toFixed(1).padStart(13)}${mb(sample.rssMb).padStart(10)}`,
    );
}

/** The targets the benchmark was written for, as a reference only. */
export function printReference(): void {
  console.log(
    [
      '',
      'for reference, the targets this benchmark was written for (not judged here; figures depend on the',
      "machine and its load): batch --jobs 1, complete shape, at 50% or more of the floor's rate (65% with",
      '--columns minimal); --jobs 2 at 85% or more of the two-floors ceiling; --frameworks (3) at 0.8x or more',
      'of one framework; bad records at 50% or more of the good-record rate; peak RSS at most 120 MB for one',
      'job and 160 MB for two, flat from 200,000 to 1,000,000 records; cold start of --help at most 2x and of',
      'score FILE --json at most 2.5x node -e 0.',
    ].join('\n'),
  );
}
