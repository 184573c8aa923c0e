/**
 * Issue 11, item 3 as it happened: two `resume` processes on one session in real terminals. The
 * second is refused with SESSION_LOCKED naming the first; the first's session is untouched.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lockPath } from '../../src/io/session-lock.js';
import { startPty, until } from '../helpers/pty.js';
import { freshStore, sampleSession } from '../helpers/sessions.js';

const start = (args: string[]) => startPty(args, { cols: 100 });

describe('two resumes of one session in real terminals', () => {
  it('when a session is being resumed then a second resume is refused naming the first process', async () => {
    const { root: dataDir, store } = freshStore();
    const s = sampleSession({ caseCode: 'PTY-001' });
    store.save(s);
    const first = start(['resume', s.id, '--data-dir', dataDir]);
    try {
      await until('the first resume to hold the lock', () => existsSync(lockPath(store.dir, s.id)), 20_000);
      const second = start(['resume', s.id, '--data-dir', dataDir]);
      // Watched while the process runs: what a terminal shows after exit is not guaranteed to arrive.
      await until('the refusal', () => /\[SESSION_LOCKED\][^]*process \d+/.test(second.output()));
      expect(second.output()).toContain(`process ${first.pty.pid}`);
      expect(await second.exited).toBe(2);
    } finally {
      first.pty.kill('SIGKILL');
      await first.exited;
    }
    const after = store.load(store.find(s.id));
    expect(after.answers).toEqual(s.answers);
    expect(after.caseCode).toBe('PTY-001');
  });
});
