/**
 * Issue 11, item 1 and the symlink part of the fault suite: a link planted at any path the session
 * code reads or writes is refused with UNSAFE_PATH, and neither the link, its target nor anything
 * else is touched.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportsFolder, SessionStore } from '../../src/io/session-store.js';
import { runCli, testdir } from '../helpers/cli.js';
import { freshStore, sampleSession, sessionsCli, snapshot, victimFile } from '../helpers/sessions.js';

const PRECIOUS = 'precious bytes\n';

describe('a symbolic link under a session name', () => {
  it('when the session file is a link then delete refuses and the target keeps its bytes', async () => {
    const { root, store } = freshStore();
    const s = sampleSession();
    store.save(s);
    const victim = victimFile();
    const file = join(store.dir, `${s.id}.json`);
    rmSync(file);
    symlinkSync(victim, file);
    const before = snapshot(root);
    const r = await sessionsCli(root, ['delete', s.id, '--yes']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[UNSAFE_PATH]');
    expect(readFileSync(victim, 'utf8')).toBe(PRECIOUS);
    expect(snapshot(root)).toEqual(before);
  });

  it('when the session file is a link to another session then show refuses to read through it', async () => {
    const { root, store } = freshStore();
    const elsewhere = testdir({});
    const other = sampleSession({ caseCode: 'OTHER-9' });
    // A genuine session file kept elsewhere, linked in under its own id.
    new SessionStore(elsewhere).save(other);
    mkdirSync(store.dir, { recursive: true, mode: 0o700 });
    symlinkSync(join(elsewhere, 'sessions', `${other.id}.json`), join(store.dir, `${other.id}.json`));
    const r = await sessionsCli(root, ['show', other.id]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[UNSAFE_PATH]');
    expect(r.stdout).not.toContain('OTHER-9');
    expect(r.stderr).not.toContain('OTHER-9');
  });

  it('when the plain sibling is a link then an encrypted save refuses to shred through it', () => {
    const { store } = freshStore();
    const s = sampleSession();
    const victim = victimFile();
    store.save(s, 'pw');
    symlinkSync(victim, join(store.dir, `${s.id}.json`));
    const before = snapshot(store.dir);
    expect(() => store.save(s, 'pw')).toThrow(expect.objectContaining({ code: 'UNSAFE_PATH' }));
    expect(readFileSync(victim, 'utf8')).toBe(PRECIOUS);
    expect(snapshot(store.dir)).toEqual(before);
  });

  it('when the lock file is a link then the session is not opened and the target is untouched', async () => {
    const { root, store } = freshStore();
    const s = sampleSession();
    store.save(s);
    const victim = victimFile();
    symlinkSync(victim, join(store.dir, `${s.id}.lock`));
    const before = snapshot(root);
    expect(() => store.lock(s.id)).toThrow(expect.objectContaining({ code: 'UNSAFE_PATH' }));
    const r = await sessionsCli(root, ['delete', s.id, '--yes']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[UNSAFE_PATH]');
    expect(readFileSync(victim, 'utf8')).toBe(PRECIOUS);
    expect(snapshot(root)).toEqual(before);
  });

  it('when the revision record is a link then saving refuses before writing anything', () => {
    const { root, store } = freshStore();
    const s = sampleSession();
    store.save(s);
    const victim = victimFile();
    const record = join(store.revisionsDir, s.id);
    rmSync(record);
    symlinkSync(victim, record);
    const before = snapshot(root);
    expect(() => store.save(s)).toThrow(expect.objectContaining({ code: 'UNSAFE_PATH' }));
    expect(() => store.load(store.find(s.id))).toThrow(expect.objectContaining({ code: 'UNSAFE_PATH' }));
    expect(readFileSync(victim, 'utf8')).toBe(PRECIOUS);
    expect(snapshot(root)).toEqual(before);
  });

  it('when the revisions folder is a link then saving refuses and the linked folder stays empty', () => {
    const { root, store } = freshStore();
    const s = sampleSession();
    const outside = testdir({});
    mkdirSync(root, { recursive: true });
    symlinkSync(outside, store.revisionsDir);
    expect(() => store.save(s)).toThrow(expect.objectContaining({ code: 'UNSAFE_PATH' }));
    expect(snapshot(outside)).toEqual({});
  });

  it('when the reports folder is a link then no report folder is used through it', () => {
    const root = testdir({});
    const outside = testdir({});
    symlinkSync(outside, join(root, 'reports'));
    expect(() => reportsFolder(root)).toThrow(expect.objectContaining({ code: 'UNSAFE_PATH' }));
    expect(snapshot(outside)).toEqual({});
  });

  it('when the export target is a link then export refuses and the target keeps its bytes', async () => {
    const { root, store } = freshStore();
    const s = sampleSession();
    store.save(s);
    const victim = victimFile();
    const out = join(testdir({}), 'export.yaml');
    symlinkSync(victim, out);
    const r = await sessionsCli(root, ['export', s.id, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[UNSAFE_PATH]');
    expect(readFileSync(victim, 'utf8')).toBe(PRECIOUS);
  });

  it('when the decrypt output is a link then decrypt refuses and the target keeps its bytes', async () => {
    const { root, store } = freshStore();
    const s = sampleSession();
    store.save(s, 'pw');
    const sealed = join(testdir({}), 'export.enc');
    const made = await sessionsCli(root, ['export', s.id, '--out', sealed], {
      env: { TIP_SCREEN_PASSPHRASE: 'pw' },
    });
    expect(made.code).toBe(0);
    const victim = victimFile();
    const out = join(testdir({}), 'plain.yaml');
    symlinkSync(victim, out);
    const r = await runCli(['decrypt', sealed, '--out', out], { env: { TIP_SCREEN_PASSPHRASE: 'pw' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[UNSAFE_PATH]');
    expect(readFileSync(victim, 'utf8')).toBe(PRECIOUS);
  });

  it('when the sessions folder is a link then sessions are neither listed nor read through it', async () => {
    const root = testdir({});
    const elsewhere = testdir({});
    const other = sampleSession({ caseCode: 'OTHER-9' });
    new SessionStore(elsewhere).save(other);
    symlinkSync(join(elsewhere, 'sessions'), join(root, 'sessions'));
    for (const args of [['list'], ['show', other.id]]) {
      const r = await sessionsCli(root, args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('[UNSAFE_PATH]');
      expect(r.stdout).not.toContain('OTHER-9');
    }
  });

  it('when a pipe is put under a session name then it is refused without waiting on it', async () => {
    const { root, store } = freshStore();
    const good = sampleSession({ caseCode: 'GOOD-1' });
    store.save(good);
    const fifo = join(store.dir, '20261102-f1f0f0.json');
    execFileSync('mkfifo', [fifo]);
    const list = await sessionsCli(root, ['list']);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('GOOD-1');
    expect(list.stdout).toMatch(/20261102-f1f0f0 +damaged: .*UNSAFE_PATH/);
    const show = await sessionsCli(root, ['show', '20261102-f1f0f0']);
    expect(show.code).toBe(2);
    expect(show.stderr).toContain('not a regular file');
  });
});
