/**
 * Issue 11, item 3: one process per session. A second process opening a session that another one
 * holds is refused with SESSION_LOCKED naming the holder; a lock whose process is gone is taken
 * over; a lock is released on exit and on SIGTERM.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockPath } from '../../src/io/session-lock.js';
import { freshStore, sampleSession, sessionsCli, startWorker } from '../helpers/sessions.js';

describe('session lock', () => {
  it('when a session is locked in this process then a second lock is refused until it is released', () => {
    const { store } = freshStore();
    const s = sampleSession();
    store.save(s);
    const lock = store.lock(s.id);
    expect(() => store.lock(s.id)).toThrow(expect.objectContaining({ code: 'SESSION_LOCKED' }));
    lock.release();
    expect(existsSync(lock.path)).toBe(false);
    store.lock(s.id).release();
  });

  it('when another process holds the session then delete is refused naming that process, and nothing is deleted', async () => {
    const { root, store } = freshStore();
    const s = sampleSession();
    store.save(s);
    const worker = startWorker(root, s.id, 'hold');
    try {
      const pid = (await worker.waitFor(/^locked \d+$/)).split(' ')[1]!;
      const r = await sessionsCli(root, ['delete', s.id, '--yes']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('[SESSION_LOCKED]');
      expect(r.stderr).toContain(`process ${pid}`);
      expect(existsSync(join(store.dir, `${s.id}.json`))).toBe(true);
    } finally {
      worker.child.kill('SIGKILL');
      await worker.exited;
    }
  });

  it('when two processes save the same session then the second is refused and the first keeps saving', async () => {
    const { root, store } = freshStore();
    const s = sampleSession();
    store.save(s);
    const first = startWorker(root, s.id, 'save');
    try {
      await first.waitFor(/^saved 3$/);
      const second = startWorker(root, s.id, 'save');
      const end = await second.exited;
      expect(end.code).not.toBe(0);
      expect(second.stderr()).toContain('SESSION_LOCKED');
      await first.waitFor(/^saved 6$/);
    } finally {
      first.child.kill('SIGKILL');
      await first.exited;
    }
    // The first one's answers are all there: nobody saved over them.
    expect(Object.keys(store.load(store.find(s.id)).answers).length).toBeGreaterThanOrEqual(6);
  });

  it('when the holder ends with SIGTERM then its lock is removed', async () => {
    const { root, store } = freshStore();
    const s = sampleSession();
    store.save(s);
    const worker = startWorker(root, s.id, 'hold');
    await worker.waitFor(/^locked/);
    expect(existsSync(lockPath(store.dir, s.id))).toBe(true);
    worker.child.kill('SIGTERM');
    expect((await worker.exited).signal).toBe('SIGTERM');
    expect(existsSync(lockPath(store.dir, s.id))).toBe(false);
  });

  it('when the holder was killed outright then its stale lock is taken over', async () => {
    const { root, store } = freshStore();
    const s = sampleSession();
    store.save(s);
    const worker = startWorker(root, s.id, 'hold');
    const pid = (await worker.waitFor(/^locked/)).split(' ')[1]!;
    worker.child.kill('SIGKILL');
    await worker.exited;
    const path = lockPath(store.dir, s.id);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ pid: Number(pid) });
    const lock = store.lock(s.id);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ pid: process.pid });
    lock.release();
  });

  it.runIf(existsSync('/proc/self/stat'))(
    'when the lock names a live pid that started after the lock was taken then the lock is stale and taken over',
    () => {
      const { store } = freshStore();
      const s = sampleSession();
      store.save(s);
      const path = lockPath(store.dir, s.id);
      mkdirSync(store.dir, { recursive: true });
      // The parent process is alive, but it started long after this lock was written: the pid was
      // reused, and the process that wrote the lock is gone.
      const stale = { pid: process.ppid, host: hostname(), started: '2001-01-01T00:00:00.000Z' };
      writeFileSync(path, JSON.stringify(stale), { mode: 0o600 });
      const lock = store.lock(s.id);
      expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ pid: process.pid });
      lock.release();
    },
  );

  it('when the lock names a live pid that started before the lock then it is still held', () => {
    const { store } = freshStore();
    const s = sampleSession();
    store.save(s);
    const path = lockPath(store.dir, s.id);
    mkdirSync(store.dir, { recursive: true });
    const held = { pid: process.ppid, host: hostname(), started: new Date().toISOString() };
    writeFileSync(path, JSON.stringify(held), { mode: 0o600 });
    expect(() => store.lock(s.id)).toThrow(expect.objectContaining({ code: 'SESSION_LOCKED' }));
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ pid: process.ppid });
  });
});
