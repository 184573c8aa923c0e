/**
 * Issue 11, item 3 as it happened: two `resume` processes on one session in real terminals. The
 * second is refused with SESSION_LOCKED naming the first; the first's session is untouched.
 */
import { spawn, type IPty } from '@lydell/node-pty';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { lockPath } from '../../src/io/session-lock.js';
import { freshStore, sampleSession } from '../helpers/sessions.js';

const root = resolve(import.meta.dirname, '../..');

function start(args: string[]): { pty: IPty; output: () => string; exited: Promise<number> } {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'CI') env[k] = v;
  const pty = spawn(process.execPath, [join(root, 'bin/tip-screen.js'), ...args], {
    cols: 100,
    rows: 30,
    cwd: root,
    env: { ...env, TERM: 'xterm-256color', LANG: 'en_US.UTF-8', NO_COLOR: '1', TIP_SCREEN_LANG: 'en' },
    name: 'xterm-256color',
  });
  let out = '';
  pty.onData((d) => (out += d));
  const exited = new Promise<number>((res) => pty.onExit((e) => res(e.exitCode)));
  return { pty, output: () => stripVTControlCharacters(out), exited };
}

async function until(what: string, fn: () => boolean): Promise<void> {
  for (let i = 0; i < 800; i++) {
    if (fn()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('two resumes of one session in real terminals', () => {
  it('when a session is being resumed then a second resume is refused naming the first process', async () => {
    const { root: dataDir, store } = freshStore();
    const s = sampleSession({ caseCode: 'PTY-001' });
    store.save(s);
    const first = start(['resume', s.id, '--data-dir', dataDir]);
    try {
      await until('the first resume to hold the lock', () => existsSync(lockPath(store.dir, s.id)));
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
