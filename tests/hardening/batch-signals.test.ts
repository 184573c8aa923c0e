/**
 * A batch killed at random points (SIGTERM, SIGINT, SIGKILL), on one thread and on workers, with
 * every output path given and with rows spooled for standard output. After each kill: every
 * output holds its previous content or the complete new one, never a part; after SIGTERM or
 * SIGINT no temporary file is left; after SIGKILL (which cannot be caught) the next start sweeps
 * what was left. The kill points come from a seeded random source (TIP_SCREEN_KILL_SEED replays a
 * run; TIP_SCREEN_KILLS sets how many per case).
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { testdir } from '../helpers/cli.js';
import { seeded, startCli } from '../helpers/child.js';
import { jsonl, records } from '../batch/records.js';

const KILLS = Number(process.env.TIP_SCREEN_KILLS ?? 5);
const SEED = Number(process.env.TIP_SCREEN_KILL_SEED ?? 20261202);
const OUTPUTS = ['rows.jsonl', 'e.jsonl', 's.json', 'r.html'];
const PREVIOUS = 'previous run\n';

// Twenty thousand records (about 22 MB) and a few bad ones, so that every output has content.
const INPUT =
  jsonl(records(20000, 13)) + '{"id":"bad-1","answers":{"nope":"yes"}}\n{"id":"bad-2","answers":{"x":1}}\n';

const args = (jobs: string, toStdout: boolean) => [
  'batch',
  'in.jsonl',
  ...(toStdout ? [] : ['--out', 'rows.jsonl']),
  '--errors',
  'e.jsonl',
  '--summary',
  's.json',
  '--report',
  'r.html',
  '--jobs',
  jobs,
  '--quiet',
];

/** The files a test folder may hold; anything else there, or in the data folder's tmp/, is debris. */
const KNOWN = new Set([
  'in.jsonl',
  'data',
  'shared-tmp',
  'one.jsonl',
  'one-rows.jsonl',
  'one.json',
  ...OUTPUTS,
]);
const debris = (dir: string): string[] => [
  ...readdirSync(dir).filter((n) => !KNOWN.has(n)),
  ...(existsSync(join(dir, 'data/tmp')) ? readdirSync(join(dir, 'data/tmp')) : []),
  // The system temporary folder (TMPDIR) of the run: nothing may be spooled there.
  ...readdirSync(join(dir, 'shared-tmp')),
];

let complete: Record<string, string>;
let fullRunMs = 0;

beforeAll(async () => {
  // One uninterrupted run: what a complete output looks like, and how long a run takes (the
  // range the kill points are drawn from; nothing is asserted about time).
  const dir = mkdtempSync(join(tmpdir(), 'tip-screen-kill-ref-'));
  writeFileSync(join(dir, 'in.jsonl'), INPUT);
  const started = Date.now();
  const r = await startCli(args('1', false), { cwd: dir, env: { TIP_SCREEN_DATA_DIR: join(dir, 'data') } })
    .done;
  fullRunMs = Date.now() - started;
  expect(r.code).toBe(1); // the two bad records
  complete = Object.fromEntries(OUTPUTS.map((n) => [n, readFileSync(join(dir, n), 'utf8')]));
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

interface Tally {
  kills: number;
  killedMidway: number;
  debrisAfterKill: number;
  debrisAfterSweep: number;
}

async function killAt(
  signal: NodeJS.Signals,
  jobs: string,
  toStdout: boolean,
  delayMs: number,
  afterFirstWrite: boolean,
  tally: Tally,
): Promise<void> {
  const dir = testdir({ 'in.jsonl': INPUT, ...Object.fromEntries(OUTPUTS.map((n) => [n, PREVIOUS])) });
  const data = join(dir, 'data');
  mkdirSync(data, { mode: 0o700 });
  mkdirSync(join(dir, 'shared-tmp'));
  const env = { TIP_SCREEN_DATA_DIR: data, TMPDIR: join(dir, 'shared-tmp') };
  const run = startCli(args(jobs, toStdout), { cwd: dir, env });
  let exited = false;
  void run.done.then(() => (exited = true));
  // Half the kills wait until the run has started writing, so that they land mid-output.
  if (afterFirstWrite) while (!exited && debris(dir).length === 0) await new Promise((r) => setTimeout(r, 2));
  await new Promise((r) => setTimeout(r, delayMs));
  run.child.kill(signal);
  const r = await run.done;
  tally.kills++;
  if (r.signal === signal) tally.killedMidway++;
  const where = `${signal} ${delayMs} ms after ${afterFirstWrite ? 'the first write' : 'the start'} (jobs ${jobs}${toStdout ? ', stdout' : ''})`;
  for (const name of OUTPUTS) {
    if (toStdout && name === 'rows.jsonl') continue;
    const text = readFileSync(join(dir, name), 'utf8');
    expect([PREVIOUS, complete[name]], `${name}, ${where}`).toContain(text);
  }
  if (toStdout && r.stdout !== '') expect(r.stdout, where).toBe(complete['rows.jsonl']);
  expect(r.stderr, where).not.toMatch(/\n\s+at |Internal error/);
  const left = debris(dir);
  tally.debrisAfterKill += left.length;
  if (signal !== 'SIGKILL') expect(left, where).toEqual([]);
  // The next start (any batch writing to this folder) sweeps what a killed run left.
  writeFileSync(join(dir, 'one.jsonl'), jsonl(records(1, 2)));
  const next = await startCli(
    ['batch', 'one.jsonl', '--out', 'one-rows.jsonl', '--summary', 'one.json', '--quiet'],
    {
      cwd: dir,
      env: { TIP_SCREEN_DATA_DIR: data },
    },
  ).done;
  expect(next.code, where).toBe(0);
  const afterSweep = debris(dir);
  tally.debrisAfterSweep += afterSweep.length;
  expect(afterSweep, where).toEqual([]);
}

describe('batch killed at random points', () => {
  const cases: [NodeJS.Signals, string, boolean][] = [
    ['SIGTERM', '1', false],
    ['SIGINT', '2', true],
    ['SIGKILL', '1', true],
    ['SIGKILL', '2', false],
  ];
  cases.forEach(([signal, jobs, toStdout], k) => {
    it(`when killed by ${signal} (jobs ${jobs}, rows to ${toStdout ? 'stdout' : '--out'}) then no output is partial and no temporary file stays`, async () => {
      const rnd = seeded(SEED + k);
      const tally: Tally = { kills: 0, killedMidway: 0, debrisAfterKill: 0, debrisAfterSweep: 0 };
      for (let i = 0; i < KILLS; i++) {
        const afterFirstWrite = i % 2 === 1;
        const delay = Math.floor(rnd() * (afterFirstWrite ? fullRunMs / 2 : fullRunMs));
        await killAt(signal, jobs, toStdout, delay, afterFirstWrite, tally);
      }
      if (process.env.TIP_SCREEN_KILL_REPORT)
        console.log(JSON.stringify({ signal, jobs, toStdout, ...tally }));
      expect(tally.debrisAfterSweep).toBe(0);
    }, 600_000);
  });
});
