/**
 * Every path batch writes (--out, --errors, --summary, --report) is refused when it is a symbolic
 * link, before anything is written; temporary files carry a recognisable name and go beside
 * their target (a spool for standard output goes under the data folder, 0700); those a killed
 * run left are swept at the next start.
 */
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/main.js';
import { runCli, testdir } from '../helpers/cli.js';
import { deadPid, startCli } from '../helpers/child.js';
import { jsonl, records } from '../batch/records.js';

const INPUT = jsonl(records(30, 5));
const OTHER = "somebody else's file\n";
const TEMP = /\.tip-screen-\d+-[0-9a-f]{8}\.partial$/;

describe('batch output paths that are symbolic links', () => {
  for (const flag of ['--out', '--errors', '--summary', '--report']) {
    it(`when ${flag} is a link then it refuses before writing anything and the link target is unchanged`, async () => {
      const dir = testdir({ 'in.jsonl': INPUT, 'elsewhere/other.txt': OTHER });
      symlinkSync(join(dir, 'elsewhere/other.txt'), join(dir, 'link'));
      const outs = [
        '--out',
        'rows.jsonl',
        '--errors',
        'e.jsonl',
        '--summary',
        's.json',
        '--report',
        'r.html',
      ];
      outs[outs.indexOf(flag) + 1] = 'link';
      const r = await runCli(['batch', 'in.jsonl', '--quiet', ...outs], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('[UNSAFE_PATH]');
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(readlinkSync(join(dir, 'link'))).toBe(join(dir, 'elsewhere/other.txt'));
      expect(readFileSync(join(dir, 'elsewhere/other.txt'), 'utf8')).toBe(OTHER);
      expect(readdirSync(dir).sort()).toEqual(['elsewhere', 'in.jsonl', 'link']);
    });
  }

  it('when --out is a dangling link then it refuses and creates nothing at its target', async () => {
    const dir = testdir({ 'in.jsonl': INPUT });
    symlinkSync(join(dir, 'nowhere.jsonl'), join(dir, 'rows.jsonl'));
    const r = await runCli(['batch', 'in.jsonl', '--out', 'rows.jsonl', '--quiet'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[UNSAFE_PATH]');
    expect(existsSync(join(dir, 'nowhere.jsonl'))).toBe(false);
    expect(lstatSync(join(dir, 'rows.jsonl')).isSymbolicLink()).toBe(true);
  });
});

describe('batch output paths that are links to devices', () => {
  it('when --out is a link to a device (like /dev/stdout) then it is written through, not refused', async () => {
    const dir = testdir({ 'in.jsonl': INPUT });
    symlinkSync('/dev/null', join(dir, 'null-link'));
    const r = await runCli(['batch', 'in.jsonl', '--out', 'null-link', '--summary', 's.json', '--quiet'], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    expect(lstatSync(join(dir, 'null-link')).isSymbolicLink()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['in.jsonl', 'null-link', 's.json']);
  });
});

describe('temporary files of batch', () => {
  it('when a killed run left temporary files then the next start removes them, and keeps those of live runs', async () => {
    const dir = testdir({ 'in.jsonl': INPUT, 'out/keep.txt': 'x' });
    const data = join(dir, 'data');
    mkdirSync(join(data, 'tmp'), { recursive: true, mode: 0o700 });
    const dead = deadPid();
    const stale = [
      `out/.rows.jsonl.tip-screen-${dead}-0badc0de.partial`,
      `out/.e.jsonl.tip-screen-${dead}-0badc0de.partial`,
      `out/.s.json.tip-screen-${dead}-0badc0de.partial`,
      `data/tmp/.batch-stdout.tip-screen-${dead}-0badc0de.partial`,
    ];
    const live = `out/.rows.jsonl.tip-screen-${process.ppid}-0badc0de.partial`;
    // A pid now used by a later process: the file is older than that process, so it is stale.
    const reused = `out/.e.jsonl.tip-screen-${process.ppid}-0ddba11a.partial`;
    stale.push(reused);
    for (const p of [...stale, live]) writeFileSync(join(dir, p), 'scored rows of a killed run');
    if (process.platform === 'linux')
      utimesSync(join(dir, reused), new Date(2000, 0, 1), new Date(2000, 0, 1));
    else stale.pop();
    const r = await runCli(
      ['batch', 'in.jsonl', '--out', 'out/rows.jsonl', '--errors', 'out/e.jsonl', '--summary', 'out/s.json'],
      { cwd: dir, env: { TIP_SCREEN_DATA_DIR: data } },
    );
    expect(r.code).toBe(0);
    for (const p of stale) expect(existsSync(join(dir, p)), p).toBe(false);
    expect(existsSync(join(dir, live))).toBe(true);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(
      [
        '.rows.jsonl.tip-screen-' + process.ppid + '-0badc0de.partial',
        'e.jsonl',
        'keep.txt',
        'rows.jsonl',
        's.json',
      ].sort(),
    );
  });

  it('when rows from a file go to standard output then they are spooled under the data folder (0700), not in /tmp, and the spool is removed', async () => {
    const dir = testdir({ 'in.jsonl': INPUT });
    const data = join(dir, 'data');
    const seen: string[][] = [];
    let out = '';
    const code = await main(['batch', 'in.jsonl', '--quiet'], {
      stdin: Readable.from([]),
      stdout: {
        write: (s: string) => {
          // While the spool is copied out, it must sit in <data>/tmp under a temporary name.
          seen.push(readdirSync(join(data, 'tmp')));
          out += s;
          return true;
        },
      },
      stderr: { write: () => true },
      env: { NO_COLOR: '1', TIP_SCREEN_DATA_DIR: data },
      cwd: dir,
    });
    expect(code).toBe(0);
    expect(out.trim().split('\n')).toHaveLength(30);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen[0]).toHaveLength(1);
    expect(seen[0]![0]).toMatch(TEMP);
    expect(statSync(join(data, 'tmp')).mode & 0o777).toBe(0o700);
    expect(readdirSync(join(data, 'tmp'))).toEqual([]);
  });

  it('when input is refused for identifying data then no output and no temporary file is left', async () => {
    const dir = testdir({
      'in.jsonl': INPUT + JSON.stringify({ id: 'x', name: 'Kim Minji', answers: {} }) + '\n',
    });
    const r = await runCli(['batch', 'in.jsonl', '--out', 'rows.jsonl', '--errors', 'e.jsonl'], { cwd: dir });
    expect(r.code).not.toBe(0);
    expect(readdirSync(dir)).toEqual(['in.jsonl']);
  });
});

describe('temporary files of earlier versions', () => {
  it('when an earlier version left .partial files beside the output and a spool in TMPDIR then the next start removes them', async () => {
    const dir = testdir({
      'in.jsonl': INPUT,
      'shared-tmp/unrelated.partial': 'x',
      // Somebody else's file of a similar shape, beside the output: not ours by name, so kept.
      '.notes.txt.12.mabc1234.0.partial': 'x',
    });
    const dead = deadPid();
    const besides = `.rows.jsonl.${dead}.mabc1234.0.partial`;
    const spool = `shared-tmp/.tip-screen-batch.${dead}.mabc1234.1.partial`;
    const liveSpool = `shared-tmp/.tip-screen-batch.${process.ppid}.mabc1234.2.partial`;
    for (const p of [besides, spool, liveSpool]) writeFileSync(join(dir, p), 'scored rows');
    const r = await startCli(['batch', 'in.jsonl', '--out', 'rows.jsonl', '--quiet'], {
      cwd: dir,
      env: { TIP_SCREEN_DATA_DIR: join(dir, 'data'), TMPDIR: join(dir, 'shared-tmp') },
    }).done;
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, besides))).toBe(false);
    expect(existsSync(join(dir, spool))).toBe(false);
    expect(existsSync(join(dir, liveSpool))).toBe(true);
    expect(existsSync(join(dir, 'shared-tmp/unrelated.partial'))).toBe(true);
    expect(existsSync(join(dir, '.notes.txt.12.mabc1234.0.partial'))).toBe(true);
  });
});
