/** The one writer: no link followed, no partial file under a real name, no folder narrowed. */
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
  linkSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ensurePrivateFolder,
  shredFile,
  sweepStaleTemps,
  tempPathBeside,
  writePrivateFile,
} from '../../src/io/private-file.js';
import { testdir } from '../helpers/cli.js';

const SECRET = "somebody else's file\n";

describe('the private file writer', () => {
  it('when the target is a link then it refuses and the link target is unchanged', () => {
    const dir = testdir({ 'other.txt': SECRET });
    symlinkSync(join(dir, 'other.txt'), join(dir, 'report.md'));
    expect(() => writePrivateFile(join(dir, 'report.md'), 'report')).toThrow(/symbolic link/);
    expect(readFileSync(join(dir, 'other.txt'), 'utf8')).toBe(SECRET);
    expect(readdirSync(dir).sort()).toEqual(['other.txt', 'report.md']);
  });

  it('when a file is written then it is 0600, complete, and no temporary file is left', () => {
    const dir = testdir({ 'report.md': 'old' });
    chmodSync(join(dir, 'report.md'), 0o644);
    writePrivateFile(join(dir, 'report.md'), 'new content');
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toBe('new content');
    expect(statSync(join(dir, 'report.md')).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['report.md']);
  });

  it('when the write fails then the previous file is kept and no temporary file is left', () => {
    const dir = testdir({ 'report.md': 'old' });
    // A folder where the target should be: the rename fails after the data was written.
    mkdirSync(join(dir, 'sub.md'));
    writeFileSync(join(dir, 'sub.md', 'x'), 'keep');
    expect(() => writePrivateFile(join(dir, 'sub.md'), 'new')).toThrow(/Cannot write/);
    expect(readdirSync(dir).sort()).toEqual(['report.md', 'sub.md']);
    expect(readFileSync(join(dir, 'sub.md', 'x'), 'utf8')).toBe('keep');
  });
});

describe('shredding', () => {
  it('when the path is a link then the link target is not overwritten', () => {
    const dir = testdir({ 'other.txt': SECRET });
    symlinkSync(join(dir, 'other.txt'), join(dir, 's.json'));
    expect(() => shredFile(join(dir, 's.json'))).toThrow(/symbolic link/);
    expect(readFileSync(join(dir, 'other.txt'), 'utf8')).toBe(SECRET);
  });

  it('when the file has another hard link then the other name keeps its bytes', () => {
    const dir = testdir({ 'other.txt': SECRET });
    linkSync(join(dir, 'other.txt'), join(dir, 's.json'));
    shredFile(join(dir, 's.json'));
    expect(existsSync(join(dir, 's.json'))).toBe(false);
    expect(readFileSync(join(dir, 'other.txt'), 'utf8')).toBe(SECRET);
  });

  it('when a plain file is shredded then it is gone', () => {
    const dir = testdir({ 's.json': '{"a":1}' });
    shredFile(join(dir, 's.json'));
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('private folders', () => {
  it('when the folder is new then it is made 0700', () => {
    const dir = testdir({});
    ensurePrivateFolder(join(dir, 'a', 'b'));
    expect(statSync(join(dir, 'a', 'b')).mode & 0o777).toBe(0o700);
  });

  it('when the folder is a link then it is refused and the target keeps its mode', () => {
    const dir = testdir({});
    mkdirSync(join(dir, 'real'), { mode: 0o755 });
    chmodSync(join(dir, 'real'), 0o755);
    symlinkSync(join(dir, 'real'), join(dir, 'data'));
    expect(() => ensurePrivateFolder(join(dir, 'data'))).toThrow(/symbolic link/);
    expect(statSync(join(dir, 'real')).mode & 0o777).toBe(0o755);
  });

  it('when the folder is writable by others then it is refused, named with the fix, and not changed', () => {
    const dir = testdir({});
    mkdirSync(join(dir, 'shared'));
    chmodSync(join(dir, 'shared'), 0o777);
    expect(() => ensurePrivateFolder(join(dir, 'shared'))).toThrow(/written by other users/);
    expect(statSync(join(dir, 'shared')).mode & 0o777).toBe(0o777);
  });

  it('when an existing folder is readable by the group then it is used as it is', () => {
    const dir = testdir({});
    mkdirSync(join(dir, 'mine'));
    chmodSync(join(dir, 'mine'), 0o750);
    ensurePrivateFolder(join(dir, 'mine'));
    expect(statSync(join(dir, 'mine')).mode & 0o777).toBe(0o750);
  });
});

describe('stale temporary files', () => {
  it('when a dead run left a temporary file then the sweep removes it, and keeps live and foreign ones', () => {
    const dir = testdir({ 'out.csv': 'done' });
    // A pid that cannot be running: above the kernel's pid limit.
    const dead = tempPathBeside(join(dir, 'out.csv')).replace(`-${process.pid}-`, '-4999999-');
    const mine = tempPathBeside(join(dir, 'out.csv'));
    writeFileSync(dead, 'half a report');
    writeFileSync(mine, 'being written');
    writeFileSync(join(dir, '.out.csv.partial'), 'not ours');
    expect(sweepStaleTemps(dir)).toBe(1);
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(mine)).toBe(true);
    expect(existsSync(join(dir, '.out.csv.partial'))).toBe(true);
  });
});
