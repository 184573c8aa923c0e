/**
 * Cold start: a process that does one small thing, against `node -e 0` (the runtime alone),
 * round-robin, medians of at least five.
 */
import { join } from 'node:path';
import { measure, roundRobin, type Job, type Sample } from './measure.js';
import type { Paths } from './suite.js';

export interface ColdRow {
  name: string;
  sample: Sample;
}

export async function coldStart(
  p: Paths,
  root: string,
  oneRecord: string,
  repeat: number,
): Promise<ColdRow[]> {
  const example = join(root, 'indicators/examples/adult-fishing-crew.yaml');
  let k = 0;
  // A fresh output file each time, as for the batch runs.
  const out = () => join(p.dir, `one-out-${k++}.jsonl`);
  const commands: [string, () => string[]][] = [
    ['node -e 0', () => ['-e', '0']],
    ['tip-screen --help', () => [p.bin, '--help']],
    ['tip-screen score adult-fishing-crew.yaml --json', () => [p.bin, 'score', example, '--json']],
    ['tip-screen indicators list', () => [p.bin, 'indicators', 'list']],
    ['tip-screen batch (1 record)', () => [p.bin, 'batch', oneRecord, '--out', out(), '--quiet']],
  ];
  const jobs: Job[] = commands.map(([name, args]) => ({ name, run: () => measure(p.dir, args()) }));
  const samples = await roundRobin(jobs, repeat);
  return commands.map(([name]) => ({ name, sample: samples.get(name)! }));
}
