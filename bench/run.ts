/**
 * `npm run bench`: the batch benchmark. Generates a deterministic synthetic data set, then runs,
 * each as a child process: the floor (read the file and JSON.parse each line, nothing else),
 * `tip-screen batch` with one job and with two, on the full set and on a tenth of it, and with one
 * job scoring every record under three frameworks (--frameworks) on the full set, and prints
 * records per second, the ratio to the floor, peak RSS and the speed-up. Targets are printed
 * next to the figures; nothing is asserted (the figures depend on the machine).
 *
 *   node dist-bench/bench/run.js [--records N] [--repeat R] [--keep]
 */
import { spawn } from 'node:child_process';
import {
  closeSync,
  createWriteStream,
  fsyncSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, freemem, totalmem, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSet } from '../src/io/load-set.js';
import { loadFullChecks } from '../src/io/full-checks.js';
import { syntheticRecords } from './synthetic.js';

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(here, '../..');
const BIN = join(ROOT, 'bin/tip-screen.js');
const FLOOR = join(here, 'floor.js');
const SEED = 20160620;
const FRAMEWORKS = 'nhrck-2016,kr-2023,palermo';

interface Args {
  records: number;
  repeat: number;
  keep: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { records: 1_000_000, repeat: 1, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--records') args.records = Number(argv[++i]);
    else if (a === '--repeat') args.repeat = Number(argv[++i]);
    else if (a === '--keep') args.keep = true;
    else throw new Error(`unknown flag ${a}; use --records N, --repeat R, --keep`);
  }
  if (!Number.isInteger(args.records) || args.records < 10)
    throw new Error('--records must be a whole number >= 10');
  if (!Number.isInteger(args.repeat) || args.repeat < 1)
    throw new Error('--repeat must be a whole number >= 1');
  return args;
}

/** Writes the full set and its first tenth, in one pass. */
async function generate(dir: string, n: number): Promise<{ full: string; small: string; smallN: number }> {
  // By path, not by id: the loader compiled under dist-bench/ looks for built-in sets beside it,
  // and so checks the file in full, as it does any file that is not built in.
  await loadFullChecks();
  const { set } = loadSet(join(ROOT, 'indicators/nhrck-2016.yaml'));
  const next = syntheticRecords(set, SEED);
  const smallN = Math.max(1, Math.floor(n / 10));
  const full = join(dir, `records-${n}.jsonl`);
  const small = join(dir, `records-${smallN}.jsonl`);
  const a = createWriteStream(full);
  const b = createWriteStream(small);
  let block = '';
  const put = (s: typeof a, text: string) =>
    s.write(text) ? undefined : new Promise<void>((r) => s.once('drain', () => r()));
  const flush = async (inSmall: boolean) => {
    const text = block;
    block = '';
    await Promise.all([put(a, text), inSmall ? put(b, text) : undefined]);
  };
  for (let k = 1; k <= n; k++) {
    const r = next(k);
    block += JSON.stringify({ id: r.id, facts: r.facts, answers: r.answers }) + '\n';
    if (k === smallN || block.length > 1 << 20) await flush(k <= smallN);
  }
  await flush(false);
  await Promise.all([a, b].map((s) => new Promise((r) => s.end(r))));
  // On disk and in the page cache before any timing: writeback of a fresh gigabyte would slow
  // whichever run came first (the floor), and a cold read would too.
  for (const path of [full, small]) {
    const fd = openSync(path, 'r');
    fsyncSync(fd);
    const buf = Buffer.allocUnsafe(1 << 20);
    while (readSync(fd, buf, 0, buf.length, null) > 0);
    closeSync(fd);
  }
  return { full, small, smallN };
}

interface Measured {
  seconds: number;
  rssMb: number;
  stdout: string;
  code: number | null;
}

/** Runs node with a preload that records the process's peak RSS (worker threads included) at exit. */
function measure(dir: string, args: string[]): Promise<Measured> {
  const rssFile = join(dir, `rss-${process.hrtime.bigint()}.txt`);
  const preload = join(dir, 'peak-rss.cjs');
  writeFileSync(
    preload,
    "process.on('exit', () => require('fs').writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)));\n",
  );
  return new Promise((resolvePromise, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--require', preload, ...args], {
      env: { ...process.env, BENCH_RSS_FILE: rssFile, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      if (code !== 0) return reject(new Error(`${args.join(' ')} exited ${code}: ${stderr.slice(0, 500)}`));
      const kb = Number(readFileSync(rssFile, 'utf8'));
      resolvePromise({ seconds, rssMb: kb / 1024, stdout, code });
    });
  });
}

async function best(repeat: number, run: () => Promise<Measured>): Promise<Measured> {
  let top: Measured | undefined;
  for (let i = 0; i < repeat; i++) {
    const m = await run();
    if (!top || m.seconds < top.seconds) top = { ...m, rssMb: Math.max(m.rssMb, top?.rssMb ?? 0) };
    else top.rssMb = Math.max(top.rssMb, m.rssMb);
  }
  return top!;
}

const num = (n: number) => Math.round(n).toLocaleString('en-US');
const pad = (s: string, w: number) => s.padEnd(w);
const lpad = (s: string, w: number) => s.padStart(w);
const yes = (ok: boolean) => (ok ? 'met' : 'NOT met');

function printMachine(cpu: ReturnType<typeof cpus>): void {
  console.log(`tip-screen batch benchmark`);
  console.log(
    `machine: ${cpu.length} cores (os.cpus().length = ${cpu.length}, ${cpu[0]?.model.trim() ?? 'unknown'}), ` +
      `${(totalmem() / 2 ** 30).toFixed(1)} GiB memory (${(freemem() / 2 ** 30).toFixed(1)} free), Node ${process.version}`,
  );
}

function printTable(rows: [string, Measured, number][]): void {
  console.log(`${pad('run', 50)}${lpad('seconds', 9)}${lpad('records/s', 12)}${lpad('peak RSS', 11)}`);
  for (const [name, m, count] of rows)
    console.log(
      `${pad(name, 50)}${lpad(m.seconds.toFixed(2), 9)}${lpad(num(count / m.seconds), 12)}${lpad(`${m.rssMb.toFixed(0)} MB`, 11)}`,
    );
}

/** The figures against their targets. */
function printVerdicts(r: {
  n: number;
  smallN: number;
  cores: number;
  floor: Measured;
  one: Measured;
  two: Measured;
  oneSmall: Measured;
  twoSmall: Measured;
  frameworks: Measured;
  ceiling: number;
}): void {
  const { n, floor, one, two, oneSmall, twoSmall, frameworks, ceiling } = r;
  const data = { smallN: r.smallN };
  const cpu = { length: r.cores };
  const floorRate = n / floor.seconds;
  const ratio = n / one.seconds / floorRate;
  const speedup = one.seconds / two.seconds;
  const peak = Math.max(one.rssMb, two.rssMb, oneSmall.rssMb, twoSmall.rssMb, frameworks.rssMb);
  console.log('');
  console.log(
    `batch --jobs 1 / floor:  ${(ratio * 100).toFixed(0)}% of the floor's rate      (target >= 50%: ${yes(ratio >= 0.5)})`,
  );
  console.log(
    `--jobs 2 speed-up:       ${speedup.toFixed(2)}x on ${cpu.length} cores          (target >= 1.7x on two cores: ${yes(speedup >= 1.7)})`,
  );
  console.log(
    `two cores at best:       ${ceiling.toFixed(2)}x: two independent floor processes (${num(data.smallN)} records each) at once, against one`,
  );
  console.log(
    `--frameworks (3):        ${((one.seconds / frameworks.seconds) * 100).toFixed(0)}% of the one-framework rate (${FRAMEWORKS}, --jobs 1)`,
  );
  console.log(
    `peak RSS:                ${peak.toFixed(0)} MB                    (target < 150 MB: ${yes(peak < 150)})`,
  );
  console.log(
    `RSS ${num(data.smallN)} -> ${num(n)} records: jobs 1 ${oneSmall.rssMb.toFixed(0)} -> ${one.rssMb.toFixed(0)} MB, ` +
      `jobs 2 ${twoSmall.rssMb.toFixed(0)} -> ${two.rssMb.toFixed(0)} MB (flat: growth under 20%: ` +
      `${yes(one.rssMb <= oneSmall.rssMb * 1.2 && two.rssMb <= twoSmall.rssMb * 1.2)})`,
  );
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const dir = mkdtempSync(join(tmpdir(), 'tip-screen-bench-'));
  const cpu = cpus();
  printMachine(cpu);
  try {
    let t = Date.now();
    const data = await generate(dir, args.records);
    const mb = statSync(data.full).size / 2 ** 20;
    console.log(
      `data: ${num(args.records)} synthetic records (${mb.toFixed(0)} MiB JSONL) and the first ${num(data.smallN)}, ` +
        `generated in ${((Date.now() - t) / 1000).toFixed(1)} s (seed ${SEED})`,
    );
    console.log(`each figure is the best of ${args.repeat} run(s); peak RSS is the highest seen\n`);

    // A fresh output file per run, removed after it: replacing an existing file on rename makes
    // some file systems (ext4) flush it first, which would be timed too.
    let runs = 0;
    const batch =
      (file: string, jobs: number, extra: string[] = []) =>
      async () => {
        const out = join(dir, `out-${runs++}.jsonl`);
        const m = await measure(dir, [
          BIN,
          'batch',
          file,
          '--out',
          out,
          '--quiet',
          '--jobs',
          String(jobs),
          ...extra,
        ]);
        rmSync(out, { force: true });
        return m;
      };
    t = Date.now();
    const floorChunks = await best(args.repeat, () => measure(dir, [FLOOR, data.full]));
    const floorReadline = await best(args.repeat, () => measure(dir, [FLOOR, data.full, '--readline']));
    const floor = floorChunks.seconds <= floorReadline.seconds ? floorChunks : floorReadline;
    // How much two cores give this machine at all: two floors at once, on independent processes.
    const pairStart = process.hrtime.bigint();
    await Promise.all([measure(dir, [FLOOR, data.small]), measure(dir, [FLOOR, data.small])]);
    const pairSeconds = Number(process.hrtime.bigint() - pairStart) / 1e9;
    const alone = await best(args.repeat, () => measure(dir, [FLOOR, data.small]));
    const ceiling = (2 * alone.seconds) / pairSeconds;
    const one = await best(args.repeat, batch(data.full, 1));
    const oneSmall = await best(args.repeat, batch(data.small, 1));
    const two = await best(args.repeat, batch(data.full, 2));
    const twoSmall = await best(args.repeat, batch(data.small, 2));
    const frameworks = await best(args.repeat, batch(data.full, 1, ['--frameworks', FRAMEWORKS]));
    const n = args.records;

    const rows: [string, Measured, number][] = [
      ['floor: read + JSON.parse (chunks)', floorChunks, n],
      ['floor: read + JSON.parse (readline)', floorReadline, n],
      [`batch --jobs 1, ${num(data.smallN)} records`, oneSmall, data.smallN],
      [`batch --jobs 1, ${num(n)} records`, one, n],
      [`batch --jobs 2, ${num(data.smallN)} records`, twoSmall, data.smallN],
      [`batch --jobs 2, ${num(n)} records`, two, n],
      [`batch --jobs 1 --frameworks (3), ${num(n)} records`, frameworks, n],
    ];
    printTable(rows);
    printVerdicts({
      n,
      smallN: data.smallN,
      cores: cpu.length,
      floor,
      one,
      two,
      oneSmall,
      twoSmall,
      frameworks,
      ceiling,
    });
    console.log(
      `(benchmark runs took ${((Date.now() - t) / 1000).toFixed(0)} s; data kept in ${args.keep ? dir : '(removed)'})`,
    );
  } finally {
    if (!args.keep) rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
