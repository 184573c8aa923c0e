/**
 * A full disk while batch writes: a user error that says so and names the path (DISK_FULL, exit
 * 1, no stack), the previous files unchanged, no temporary file and no empty or partial file under
 * a real name. On a really full file system (a small tmpfs, where one can be mounted) and through
 * /dev/full, which fails every write with ENOSPC.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, testdir } from '../helpers/cli.js';
import { canMountSmallFs, smallFs, SMALL_FS_SKIP } from '../helpers/small-fs.js';
import { jsonl, records } from '../batch/records.js';

const BIG = jsonl(records(3000, 11)); // about a megabyte of rows: more than the small disk holds
const SMALL = jsonl(records(20, 11));
const OLD = 'previous run\n';

function expectDiskFull(r: { code: number; stderr: string }, path: string): void {
  expect(r.code).toBe(1);
  expect(r.stderr).toContain('[DISK_FULL]');
  expect(r.stderr).toContain(path);
  expect(r.stderr).not.toMatch(/\n\s+at |Internal error/);
}

describe('batch on /dev/full', () => {
  it('when --out is /dev/full then it is a DISK_FULL error naming it, and the other outputs keep their previous content', async () => {
    const dir = testdir({ 'in.jsonl': SMALL, 'e.jsonl': OLD, 's.json': OLD });
    const r = await runCli(
      ['batch', 'in.jsonl', '--out', '/dev/full', '--errors', 'e.jsonl', '--summary', 's.json', '--quiet'],
      { cwd: dir },
    );
    expectDiskFull(r, '/dev/full');
    expect(readFileSync(join(dir, 'e.jsonl'), 'utf8')).toBe(OLD);
    expect(readFileSync(join(dir, 's.json'), 'utf8')).toBe(OLD);
    expect(readdirSync(dir).sort()).toEqual(['e.jsonl', 'in.jsonl', 's.json']);
  });
});

describe.skipIf(!canMountSmallFs)(
  `batch on a full file system (${canMountSmallFs ? 'tmpfs' : SMALL_FS_SKIP})`,
  () => {
    it('when the rows do not fit then DISK_FULL names --out, the previous rows stay, and nothing else is left', async () => {
      const dir = testdir({ 'in.jsonl': BIG });
      const full = smallFs(256);
      writeFileSync(join(full, 'rows.jsonl'), OLD);
      const out = join(full, 'rows.jsonl');
      const r = await runCli(['batch', 'in.jsonl', '--out', out, '--quiet'], { cwd: dir });
      expectDiskFull(r, out);
      expect(readFileSync(out, 'utf8')).toBe(OLD);
      expect(readdirSync(full)).toEqual(['rows.jsonl']);
    });

    it('when the bad-record list does not fit then DISK_FULL names --errors and no output appears', async () => {
      const bad =
        Array.from({ length: 6000 }, (_, k) => `{"id":"r${k}","answers":{"nope":1}}`).join('\n') + '\n';
      const dir = testdir({ 'in.jsonl': SMALL + bad });
      const full = smallFs(256);
      writeFileSync(join(full, 'e.jsonl'), OLD);
      const r = await runCli(
        ['batch', 'in.jsonl', '--out', 'rows.jsonl', '--errors', join(full, 'e.jsonl'), '--quiet'],
        { cwd: dir },
      );
      expectDiskFull(r, join(full, 'e.jsonl'));
      expect(readFileSync(join(full, 'e.jsonl'), 'utf8')).toBe(OLD);
      expect(readdirSync(full)).toEqual(['e.jsonl']);
      expect(existsSync(join(dir, 'rows.jsonl'))).toBe(false);
    });

    it('when the summary or report does not fit then the previous one stays, no empty file appears, and the rows are not half-committed', async () => {
      for (const flag of ['--summary', '--report']) {
        const dir = testdir({ 'in.jsonl': SMALL, 'rows.jsonl': OLD });
        const full = smallFs(64);
        writeFileSync(join(full, 'old.txt'), OLD);
        // Fill the disk to the last block.
        let filler = 0;
        try {
          for (;;) writeFileSync(join(full, `fill${filler++}`), Buffer.alloc(4096));
        } catch {
          // Full.
        }
        const target = join(full, 'old.txt');
        const r = await runCli(['batch', 'in.jsonl', '--out', 'rows.jsonl', flag, target, '--quiet'], {
          cwd: dir,
        });
        expectDiskFull(r, target);
        expect(readFileSync(target, 'utf8')).toBe(OLD);
        expect(readdirSync(full).filter((n) => !n.startsWith('fill'))).toEqual(['old.txt']);
        expect(readFileSync(join(dir, 'rows.jsonl'), 'utf8')).toBe(OLD);
        expect(readdirSync(dir).sort()).toEqual(['in.jsonl', 'rows.jsonl']);
      }
    });

    it('when the spool for standard output does not fit then DISK_FULL names the spool folder and nothing is printed', async () => {
      const dir = testdir({ 'in.jsonl': BIG });
      const full = smallFs(256);
      const data = join(full, 'data');
      const r = await runCli(['batch', 'in.jsonl', '--quiet'], {
        cwd: dir,
        env: { TIP_SCREEN_DATA_DIR: data },
      });
      expectDiskFull(r, join(data, 'tmp'));
      expect(r.stdout).toBe('');
      expect(readdirSync(join(data, 'tmp'))).toEqual([]);
    });
  },
);
