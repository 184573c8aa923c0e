/**
 * Standard output that goes away (a reader that stops, like `head -1`) or cannot be written (a
 * full disk, /dev/full): no Node stack and no "Internal error". A closed pipe stops the run
 * quietly with exit 0, as `head` expects; a full disk is DISK_FULL (exit 1) naming standard
 * output. Either way no temporary file is left behind.
 */
import { spawnSync } from 'node:child_process';
import { openSync, closeSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testdir } from '../helpers/cli.js';
import { BIN, startCli } from '../helpers/child.js';
import { jsonl, records } from '../batch/records.js';

const EXAMPLE = join(import.meta.dirname, '../../indicators/examples/child-chat-app.yaml');
const STACK = /\n\s+at |node:internal|Internal error|Unhandled/;
// Enough rows that the reader is gone long before the writer is done.
const MANY = jsonl(records(20000, 9));

/** Runs `tip-screen ARGS 2>err | head -1` in bash; returns the tool's exit status and stderr. */
function pipedToHead(
  dir: string,
  args: string,
  input = '',
): { status: number; stderr: string; first: string } {
  const script = `${input}"${process.execPath}" "${BIN}" ${args} 2>err.txt | head -1 > first.txt; echo \${PIPESTATUS[${input ? 1 : 0}]}`;
  const r = spawnSync('bash', ['-c', script], {
    cwd: dir,
    env: { PATH: process.env.PATH, LANG: 'en_US.UTF-8', TIP_SCREEN_DATA_DIR: join(dir, 'data') },
    encoding: 'utf8',
  });
  return {
    status: Number(r.stdout.trim()),
    stderr: readFileSync(join(dir, 'err.txt'), 'utf8'),
    first: readFileSync(join(dir, 'first.txt'), 'utf8'),
  };
}

const spoolLeft = (dir: string) =>
  existsSync(join(dir, 'data/tmp')) ? readdirSync(join(dir, 'data/tmp')) : [];

describe('a reader that stops early (EPIPE)', () => {
  it('when batch rows from a file are piped to head -1 then it stops quietly with exit 0 and leaves no spool', () => {
    const dir = testdir({ 'in.jsonl': MANY });
    const r = pipedToHead(dir, 'batch in.jsonl --quiet');
    expect(r.first).toMatch(/^\{"id":"syn-0000001"/);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(spoolLeft(dir)).toEqual([]);
  });

  it('when streamed stdin rows on worker threads are piped to head -1 then it stops quietly with exit 0', () => {
    const dir = testdir({ 'in.jsonl': MANY });
    const r = pipedToHead(dir, 'batch - --jobs 2 --quiet', 'cat in.jsonl | ');
    expect(r.first).toMatch(/^\{"id":"syn-0000001"/);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('when the score report is piped to a reader that already left then it exits 0 without a stack', async () => {
    const dir = testdir({});
    const run = startCli(['score', EXAMPLE], { cwd: dir, env: { TIP_SCREEN_DATA_DIR: join(dir, 'data') } });
    // The reading end closes long before the tool (still starting up) writes its report.
    run.child.stdout!.destroy();
    const r = await run.done;
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});

describe('standard output on a full disk (/dev/full)', () => {
  async function toDevFull(dir: string, args: string[]) {
    const fd = openSync('/dev/full', 'w');
    try {
      return await startCli(args, {
        cwd: dir,
        env: { TIP_SCREEN_DATA_DIR: join(dir, 'data') },
        stdio: ['ignore', fd, 'pipe'],
      }).done;
    } finally {
      closeSync(fd);
    }
  }

  it('when score writes to /dev/full then it is DISK_FULL naming standard output, exit 1, no stack', async () => {
    const dir = testdir({});
    const r = await toDevFull(dir, ['score', EXAMPLE]);
    expect(r.stderr).toContain('[DISK_FULL]');
    expect(r.stderr).toContain('standard output');
    expect(r.stderr).not.toMatch(STACK);
    expect(r.code).toBe(1);
  });

  it('when batch writes to /dev/full then it is DISK_FULL, exit 1, no stack, and the spool is removed', async () => {
    const dir = testdir({ 'in.jsonl': jsonl(records(200, 9)), 's.json': 'previous\n' });
    const r = await toDevFull(dir, ['batch', 'in.jsonl', '--quiet', '--summary', 's.json']);
    expect(r.stderr).toContain('[DISK_FULL]');
    expect(r.stderr).toContain('standard output');
    expect(r.stderr).not.toMatch(STACK);
    expect(r.code).toBe(1);
    expect(spoolLeft(dir)).toEqual([]);
  });

  it('when score --out names a file then standard output is not involved and the run succeeds', async () => {
    const dir = testdir({});
    writeFileSync(join(dir, 'r.txt'), 'old');
    const r = await toDevFull(dir, ['score', EXAMPLE, '--out', join(dir, 'r.txt')]);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'r.txt'), 'utf8')).not.toBe('old');
  });
});
