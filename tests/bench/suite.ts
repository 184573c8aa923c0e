/**
 * The batch runs on one data set (one size N), all in one round-robin so that every floor and
 * every product run share the same spells of a busy machine. Each figure is a median.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { measure, roundRobin, together, type Job, type Sample } from './measure.js';
import type { DataSet } from './shapes.js';

export const FRAMEWORKS = 'nhrck-2016,kr-2023,palermo';

export interface Paths {
  dir: string;
  bin: string;
  floor: string;
}

export interface SuiteResult {
  n: number;
  data: DataSet;
  samples: Map<string, Sample>;
  /** Whether `batch --help` lists --columns (so the minimal row could be run). */
  columns: boolean;
}

let outputs = 0;

/** `batch --quiet --out <fresh file>`, the file removed after: replacing one could be timed too. */
function batchJob(p: Paths, name: string, input: string, extra: string[], codes = [0]): Job {
  return {
    name,
    run: async () => {
      const out = join(p.dir, `out-${outputs++}.jsonl`);
      const m = await measure(p.dir, [p.bin, 'batch', input, '--out', out, '--quiet', ...extra], codes);
      rmSync(out, { force: true });
      return m;
    },
  };
}

const floorJob = (p: Paths, name: string, input: string, mode?: string): Job => ({
  name,
  run: () => measure(p.dir, [p.floor, input, ...(mode ? [mode] : [])]),
});

/** The jobs, floors next to the product runs they are compared with. */
function jobs(p: Paths, data: DataSet, columns: boolean): Job[] {
  const c = data.complete.path;
  const list: Job[] = [
    floorJob(p, 'floor', c),
    batchJob(p, 'jobs1', c, ['--jobs', '1']),
    floorJob(p, 'floor-readline', c, '--readline'),
    ...(columns ? [batchJob(p, 'minimal', c, ['--jobs', '1', '--columns', 'minimal'])] : []),
    {
      name: 'pair',
      run: () => together(floorJob(p, '', c).run, floorJob(p, '', c).run),
    },
    batchJob(p, 'jobs2', c, ['--jobs', '2']),
    batchJob(p, 'frameworks', c, ['--jobs', '1', '--frameworks', FRAMEWORKS]),
    floorJob(p, 'csv-floor', data.csv.path, '--csv'),
    batchJob(p, 'csv', data.csv.path, ['--jobs', '1']),
    // Every record refused (exit 1); the first 20 problems go to standard error, no --errors file.
    batchJob(p, 'bad', data.bad.path, ['--jobs', '1'], [1]),
    floorJob(p, 'sparse-floor', data.sparse.path),
    batchJob(p, 'sparse', data.sparse.path, ['--jobs', '1']),
    floorJob(p, 'sparse-floor-readline', data.sparse.path, '--readline'),
  ];
  return list;
}

export async function runSuite(
  p: Paths,
  n: number,
  data: DataSet,
  repeat: number,
  columns: boolean,
): Promise<SuiteResult> {
  const samples = await roundRobin(jobs(p, data, columns), repeat);
  return { n, data, samples, columns };
}
