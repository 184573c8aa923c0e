/**
 * Issue 11, item 2: an existing data folder is used only when it is private. A folder that is a
 * link, someone else's or writable by others is refused, for reading as for writing, and its mode
 * is never changed.
 */
import { chmodSync, mkdirSync, mkdtempSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'tip-screen-datadir-'));

describe('the data folder', () => {
  it('when --data-dir is writable by others then list refuses it, names the fix and leaves its mode', async () => {
    const shared = join(fresh(), 'shared');
    mkdirSync(join(shared, 'sessions'), { recursive: true });
    chmodSync(shared, 0o1777);
    // A file planted by someone else in a shared folder must not be shown as a session.
    writeFileSync(join(shared, 'sessions', '20261202-aaaaaa.json'), '{}');
    const r = await runCli(['sessions', 'list', '--data-dir', shared]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[UNSAFE_PATH]');
    expect(r.stderr).toContain('chmod 700');
    expect(statSync(shared).mode & 0o7777).toBe(0o1777);
  });

  it('when the sessions folder inside is writable by the group then show refuses it', async () => {
    const root = join(fresh(), 'data');
    mkdirSync(join(root, 'sessions'), { recursive: true, mode: 0o700 });
    chmodSync(join(root, 'sessions'), 0o770);
    const r = await runCli(['sessions', 'show', '20261202-aaaaaa', '--data-dir', root]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[UNSAFE_PATH]');
    expect(statSync(join(root, 'sessions')).mode & 0o777).toBe(0o770);
  });

  it('when --data-dir is a link then it is refused and the target keeps its mode', async () => {
    const dir = fresh();
    const target = join(dir, 'target');
    mkdirSync(target, { mode: 0o755 });
    chmodSync(target, 0o755);
    symlinkSync(target, join(dir, 'link'));
    const r = await runCli(['sessions', 'list', '--data-dir', join(dir, 'link')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[UNSAFE_PATH]');
    expect(statSync(target).mode & 0o777).toBe(0o755);
  });

  it('when the data folder is private then list works', async () => {
    const root = join(fresh(), 'data');
    mkdirSync(join(root, 'sessions'), { recursive: true, mode: 0o700 });
    const r = await runCli(['sessions', 'list', '--data-dir', root]);
    expect(r.code).toBe(0);
  });
});
