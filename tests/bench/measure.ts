/**
 * Timing child processes: each run is `node --require peak-rss.cjs ...`, whose preload records
 * the process's peak RSS (worker threads included: process.resourceUsage().maxRSS) at exit.
 * Runs are taken round-robin (every run once, then every run again, ...) so that a slow spell
 * of the machine falls on all of them alike, and each figure is the median of its repeats.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Measured {
  seconds: number;
  rssMb: number;
}

export interface Sample {
  /** Median wall time in seconds. */
  seconds: number;
  /** Highest peak RSS of the repeats, in MB. */
  rssMb: number;
  all: number[];
}

let counter = 0;

/** The preload that writes the peak RSS; written once per directory. */
export function writePreload(dir: string): string {
  const preload = join(dir, 'peak-rss.cjs');
  writeFileSync(
    preload,
    "process.on('exit', () => require('fs').writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)));\n",
  );
  return preload;
}

/**
 * Runs `node args...` and resolves with its wall time and peak RSS. Fails when it exits with a
 * code not in `codes` (by default only 0). Standard output and error are drained; only the end
 * of standard error is kept, for the failure message.
 */
export function measure(dir: string, args: string[], codes: number[] = [0]): Promise<Measured> {
  const rssFile = join(dir, `rss-${counter++}.txt`);
  const preload = join(dir, 'peak-rss.cjs');
  return new Promise((resolvePromise, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--require', preload, ...args], {
      env: { ...process.env, BENCH_RSS_FILE: rssFile, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stdout.resume();
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      if (code === null || !codes.includes(code))
        return reject(new Error(`node ${args.join(' ')} exited ${code}: ${stderr.slice(-600)}`));
      const kb = Number(readFileSync(rssFile, 'utf8'));
      rmSync(rssFile, { force: true });
      resolvePromise({ seconds, rssMb: kb / 1024 });
    });
  });
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** A named run; `run` may start more than one process (the pair of floors) and returns one figure. */
export interface Job {
  name: string;
  run: () => Promise<Measured>;
}

/** Every job once, in order, `repeat` times; the median time and highest RSS of each. */
export async function roundRobin(jobs: Job[], repeat: number): Promise<Map<string, Sample>> {
  const seen = new Map<string, Measured[]>(jobs.map((j) => [j.name, []]));
  for (let r = 0; r < repeat; r++) for (const job of jobs) seen.get(job.name)!.push(await job.run());
  const out = new Map<string, Sample>();
  for (const [name, ms] of seen) {
    const all = ms.map((m) => m.seconds);
    out.set(name, { seconds: median(all), rssMb: Math.max(...ms.map((m) => m.rssMb)), all });
  }
  return out;
}

/** Two processes started together; the figure is the wall time until both have ended. */
export async function together(a: () => Promise<Measured>, b: () => Promise<Measured>): Promise<Measured> {
  const start = process.hrtime.bigint();
  const [x, y] = await Promise.all([a(), b()]);
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, rssMb: Math.max(x.rssMb, y.rssMb) };
}
