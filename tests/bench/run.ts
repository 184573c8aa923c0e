/**
 * `npm run bench`: the batch benchmark. For each size (200,000 and 1,000,000 records by default)
 * it writes deterministic synthetic data in two shapes (complete: every key, as a form export
 * gives; sparse: answers left out at random), as JSONL, CSV and JSONL with a bad key, then runs
 * the floors (read + parse, nothing else) and `tip-screen batch` on the same files, each as a
 * child process, round-robin, and prints medians, records per second, the share of the floor's
 * rate and peak RSS. Then the cold start of a few commands against `node -e 0`. It prints
 * figures only; nothing is asserted or judged (they depend on the machine and its load).
 *
 *   node dist-bench/tests/bench/run.js [--records N[,N...]] [--repeat R] [--quick] [--keep]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, freemem, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSet } from '../../src/io/load-set.js';
import { loadFullChecks } from '../../src/io/full-checks.js';
import { coldStart } from './cold-start.js';
import { writePreload } from './measure.js';
import { writeDataSet, writeOneRecord } from './shapes.js';
import { runSuite, type Paths, type SuiteResult } from './suite.js';
import { printColdStart, printReference, printRss, printSuite } from './table.js';

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(here, '../../..');
const SEED = 20160620;
const USAGE = 'use --records N[,N...], --repeat R, --quick, --keep';

interface Args {
  records: number[];
  repeat: number;
  keep: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { records: [200_000, 1_000_000], repeat: 3, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--records') args.records = (argv[++i] ?? '').split(',').map(Number);
    else if (a === '--repeat') args.repeat = Number(argv[++i]);
    else if (a === '--quick') {
      args.records = [20_000];
      args.repeat = 3;
    } else if (a === '--keep') args.keep = true;
    else throw new Error(`unknown flag ${a}; ${USAGE}`);
  }
  if (!args.records.every((n) => Number.isInteger(n) && n >= 10))
    throw new Error('--records takes whole numbers >= 10, separated by commas');
  if (!Number.isInteger(args.repeat) || args.repeat < 1)
    throw new Error('--repeat must be a whole number >= 1');
  return args;
}

function printMachine(): void {
  const cpu = cpus();
  console.log('tip-screen batch benchmark');
  console.log(
    `machine: ${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown'}), ` +
      `${(totalmem() / 2 ** 30).toFixed(1)} GiB memory (${(freemem() / 2 ** 30).toFixed(1)} free), Node ${process.version}`,
  );
}

/** Whether this build of batch has --columns (being added separately). */
function hasColumns(bin: string): boolean {
  const r = spawnSync(process.execPath, [bin, 'batch', '--help'], { encoding: 'utf8' });
  return /--columns\b/.test(r.stdout ?? '');
}

async function runSize(p: Paths, n: number, args: Args, columns: boolean): Promise<SuiteResult> {
  // By path, not by id: the loader compiled under dist-bench/ looks for built-in sets beside it.
  const { set } = loadSet(join(ROOT, 'indicators/nhrck-2016.yaml'));
  const dir = join(p.dir, `n-${n}`);
  mkdirSync(dir);
  const t = Date.now();
  const data = writeDataSet(set, dir, n, SEED);
  console.log(
    `\n${n.toLocaleString('en-US')} records written in ${((Date.now() - t) / 1000).toFixed(1)} s (seed ${SEED})`,
  );
  const start = Date.now();
  const result = await runSuite(p, n, data, args.repeat, columns);
  printSuite(result, args.repeat);
  console.log(`(runs at this size took ${((Date.now() - start) / 1000).toFixed(0)} s)`);
  if (!args.keep) rmSync(dir, { recursive: true, force: true });
  return result;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  // The loader compiled under dist-bench/ has no built-in artefacts beside it: the set is checked in full.
  await loadFullChecks();
  const dir = mkdtempSync(join(tmpdir(), 'tip-screen-bench-'));
  const p: Paths = { dir, bin: join(ROOT, 'bin/tip-screen.js'), floor: join(here, 'floor.js') };
  const begun = Date.now();
  printMachine();
  try {
    writePreload(dir);
    const columns = hasColumns(p.bin);
    console.log(`batch --columns: ${columns ? 'supported' : 'not in this build (its rows are n/a)'}`);
    const results: SuiteResult[] = [];
    for (const n of args.records) results.push(await runSize(p, n, args, columns));
    printRss(results);
    const { set } = loadSet(join(ROOT, 'indicators/nhrck-2016.yaml'));
    const coldRepeat = Math.max(5, args.repeat);
    printColdStart(await coldStart(p, ROOT, writeOneRecord(set, dir, SEED), coldRepeat), coldRepeat);
    printReference();
    console.log(
      `\n(whole benchmark took ${((Date.now() - begun) / 1000).toFixed(0)} s; data ${args.keep ? `kept in ${dir}` : 'removed'})`,
    );
  } finally {
    if (!args.keep) rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
