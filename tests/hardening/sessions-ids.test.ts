/**
 * Issue 11, item 6: `sessions delete ""` matched every session. Empty and ambiguous ids are
 * refused; deleting asks for confirmation (or --yes), and an encrypted session for its passphrase
 * (or --force).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshStore, sampleSession, sessionsCli, sessionsInTerminal } from '../helpers/sessions.js';

describe('which session an id names', () => {
  it('when the id is empty then delete refuses with SESSION_AMBIGUOUS and deletes nothing', async () => {
    const { root, store } = freshStore();
    const s = sampleSession();
    store.save(s);
    for (const id of ['', ' ']) {
      const r = await sessionsCli(root, ['delete', id, '--yes']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('[SESSION_AMBIGUOUS]');
    }
    expect(existsSync(join(store.dir, `${s.id}.json`))).toBe(true);
  });

  it('when an id suffix matches two sessions then it is refused listing both ids', async () => {
    const { root, store } = freshStore();
    const a = sampleSession({ id: '20261102-aa1234' });
    const b = sampleSession({ id: '20261102-bb1234' });
    store.save(a);
    store.save(b);
    const r = await sessionsCli(root, ['delete', '1234', '--yes']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[SESSION_AMBIGUOUS]');
    expect(r.stderr).toContain(a.id);
    expect(r.stderr).toContain(b.id);
    expect(store.list()).toHaveLength(2);
    // A suffix that names one session still works.
    const one = await sessionsCli(root, ['show', 'aa1234']);
    expect(one.code).toBe(0);
    expect(one.stdout).toContain(a.id);
  });

  it('when delete runs without a terminal and without --yes then it refuses naming --yes', async () => {
    const { root, store } = freshStore();
    const s = sampleSession();
    store.save(s);
    const r = await sessionsCli(root, ['delete', s.id]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--yes');
    expect(existsSync(join(store.dir, `${s.id}.json`))).toBe(true);
    const ok = await sessionsCli(root, ['delete', s.id, '--yes']);
    expect(ok.code).toBe(0);
    expect(store.list()).toHaveLength(0);
    expect(existsSync(join(store.revisionsDir, s.id))).toBe(false);
  });

  it('when an encrypted session is deleted then its passphrase is needed, or --force', async () => {
    const { root, store } = freshStore();
    const s = sampleSession();
    store.save(s, 'pw');
    const none = await sessionsCli(root, ['delete', s.id, '--yes']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('[BAD_PASSPHRASE]');
    const wrong = await sessionsCli(root, ['delete', s.id, '--yes'], {
      env: { TIP_SCREEN_PASSPHRASE: 'no' },
    });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--force');
    expect(store.list()).toHaveLength(1);
    const right = await sessionsCli(root, ['delete', s.id, '--yes'], {
      env: { TIP_SCREEN_PASSPHRASE: 'pw' },
    });
    expect(right.code).toBe(0);
    expect(store.list()).toHaveLength(0);

    const t = sampleSession();
    store.save(t, 'pw');
    const forced = await sessionsCli(root, ['delete', t.id, '--yes', '--force']);
    expect(forced.code).toBe(0);
    expect(store.list()).toHaveLength(0);
  });

  it('when delete runs in a terminal then it asks first, and a no keeps the session', async () => {
    const { root, store } = freshStore();
    const s = sampleSession();
    store.save(s);
    const kept = await sessionsInTerminal(['sessions', 'delete', s.id, '--data-dir', root], {
      confirm: false,
    });
    expect(kept.asked).toEqual([`Delete session ${s.id}?`]);
    expect(kept.stdout).toContain(`kept ${s.id}`);
    expect(store.list()).toHaveLength(1);
    const gone = await sessionsInTerminal(['sessions', 'delete', s.id, '--data-dir', root], {
      confirm: true,
    });
    expect(gone.error).toBeUndefined();
    expect(store.list()).toHaveLength(0);
  });

  it('when an encrypted session is deleted in a terminal then the passphrase is asked and checked', async () => {
    const { root, store } = freshStore();
    const s = sampleSession();
    store.save(s, 'pw');
    const args = ['sessions', 'delete', s.id, '--yes', '--data-dir', root];
    const wrong = await sessionsInTerminal(args, { confirm: true, passphrase: 'nope' });
    // Asked again after a wrong one, three times in all, then refused.
    expect(wrong.asked).toEqual(['Passphrase', 'Passphrase', 'Passphrase']);
    expect(wrong.error).toBe('BAD_PASSPHRASE');
    expect(store.list()).toHaveLength(1);
    const right = await sessionsInTerminal(args, { confirm: true, passphrase: 'pw' });
    expect(right.error).toBeUndefined();
    expect(store.list()).toHaveLength(0);
  });
});
