/**
 * The fault suite for session saves: a process saving a session again and again is killed with
 * SIGKILL or SIGTERM at random moments. After every kill the session file under its real name is
 * complete and opens, no answer that was saved is lost, SIGTERM leaves no temporary file and no
 * lock, and whatever SIGKILL leaves (a temporary file, a stale lock) is recognised and cleaned up
 * by the next run.
 */
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lockPath } from '../../src/io/session-lock.js';
import { freshStore, partialFiles, sampleSession, startWorker } from '../helpers/sessions.js';

const ROUNDS = 6;

describe('killed while saving', () => {
  for (const passphrase of [undefined, 'kill-test-pass']) {
    const kind = passphrase ? 'an encrypted' : 'a plain';
    it(`when ${kind} session is saved in a loop and killed at random moments then it always opens with every earlier answer`, async () => {
      const { root, store } = freshStore();
      const s = sampleSession({ answers: {}, notes: {} });
      const realNames = new Set([`${s.id}.json${passphrase ? '.enc' : ''}`]);
      let answered = 0;
      for (let round = 0; round < ROUNDS; round++) {
        const signal = round % 2 === 0 ? 'SIGKILL' : 'SIGTERM';
        const worker = startWorker(root, s.id, 'save', passphrase);
        await worker.waitFor(/^saved \d+$/);
        await new Promise((r) => setTimeout(r, Math.floor(Math.random() * 80)));
        worker.child.kill(signal);
        const end = await worker.exited;
        expect(end.signal, worker.stderr()).toBe(signal);

        // Under real names: only the session itself (and after SIGKILL, possibly its stale lock).
        for (const name of readdirSync(store.dir)) {
          if (name.endsWith('.partial')) continue;
          if (name === `${s.id}.lock` && signal === 'SIGKILL') continue;
          expect(realNames.has(name), `${signal} round ${round}: ${name}`).toBe(true);
        }
        const loaded = store.load(store.find(s.id), () => passphrase ?? '');
        const count = Object.keys(loaded.answers).length;
        expect(count, `${signal} round ${round}`).toBeGreaterThanOrEqual(Math.max(1, answered));
        answered = count;
        if (signal === 'SIGTERM') {
          expect(partialFiles(root), `round ${round}`).toEqual([]);
          expect(existsSync(lockPath(store.dir, s.id)), `round ${round}`).toBe(false);
        }
      }
      // The next run takes over a stale lock and sweeps what a killed run left.
      const lock = store.lock(s.id);
      const last = store.load(store.find(s.id), () => passphrase ?? '');
      store.save(last, passphrase);
      lock.release();
      expect(partialFiles(root)).toEqual([]);
      expect(existsSync(lockPath(store.dir, s.id))).toBe(false);
    });
  }
});
